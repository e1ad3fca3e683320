package dev.stagecraft.diagram;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the painter draws, derived from one revision of a {@link ServiceGraph}: a box per component
 * (sized from its measured labels so text never spills out), a segment per dependency, a rounded
 * rectangle per change group, and a {@link SpatialIndex} over them. Components are numbered in model
 * order, the same numbering as {@link ServiceGraph#snapshot()}. Rebuilt when the model changes; the
 * only thing that changes in place is a node's position during a drag ({@link #moveNode}).
 */
public final class Diagram {
    public static final TextStyle NAME = new TextStyle(15, true);
    public static final TextStyle SECONDARY = new TextStyle(12, false);
    public static final TextStyle BADGE = new TextStyle(14, true);
    public static final TextStyle GROUP_LABEL = new TextStyle(13, true);
    public static final double PAD_X = 10;
    public static final double PAD_Y = 8;
    public static final double GLYPH = 18;
    public static final double GLYPH_GAP = 7;
    public static final double LINE_GAP = 3;
    public static final double MIN_WIDTH = 110;
    /** Names wrap beyond this width, so boxes fit layouts with components 200 units apart. */
    public static final double MAX_TEXT_WIDTH = 140;
    public static final int MAX_NAME_LINES = 3;
    public static final double ARC = 14;
    public static final double GROUP_PAD = 14;
    public static final double SYSTEM_PAD = 26;

    private final int n;
    /** The records drawn, to tell on the next revision which labels need measuring again. */
    private final Component[] sources;
    private final String[] ids;
    private final String[] names;
    private final String[][] nameLines;
    private final String[] secondary;
    private final ComponentKind[] kinds;
    private final boolean[] changing;
    private final double[] cx;
    private final double[] cy;
    private final double[] w;
    private final double[] h;
    private final int[] from;
    private final int[] to;
    private final DependencyKind[] edgeKinds;
    private final boolean[] edgeHard;
    private final boolean[] edgeHasReverse;
    private final String[] groupIds;
    private final int[][] groupMembers;
    private final double[][] groupBoxes;
    /** Systems (a visual grouping, never changing the plan) by name, their members, their hulls. */
    private final String[] systemIds;
    private final int[][] systemMembers;
    private final double[][] systemBoxes;
    /** Node index by component id; never changed after construction (diagrams of one numbering share it). */
    private final Map<String, Integer> index;
    private final double nameAscent;
    private final double secondaryAscent;
    private final double lineHeight;
    private final double groupLabelHeight;
    private final int[] hitBuffer;
    /** Made on the first edge hit test (most diagrams never get one). */
    private int[] edgeHitBuffer;
    private Viewport.Bounds bounds;
    private SpatialIndex spatial;
    /** The first spatial index, built by {@link #indexing} while the window gets ready; null once taken. */
    private CompletableFuture<SpatialIndex> pendingSpatial;

    /** The first spatial index of a large diagram is built by this executor; see {@link #geometryReady()}. */
    private final Executor indexing;

    /**
     * Builds the diagram of the graph as it is now, its spatial index on the calling thread. Components
     * without a position are placed by {@code placement} (given every component's box size), the others
     * keep theirs.
     */
    public Diagram(ServiceGraph graph, TextMeasurer measurer, Placement placement) {
        this(graph, measurer, placement, Runnable::run);
    }

    /**
     * As above, with a large diagram's first spatial index built by {@code indexing} (the window passes
     * a background executor so that indexing overlaps with showing the diagram).
     */
    public Diagram(ServiceGraph graph, TextMeasurer measurer, Placement placement, Executor indexing) {
        this(graph, measurer, placement, indexing, null);
    }

    /**
     * The diagram of the graph as it is now, reusing what {@code previous} (the diagram of an earlier revision,
     * measured with the same measurer; null for none) already measured: a component whose name, team, kind and
     * tier are unchanged keeps its label lines and box size, so an edit measures only what it changed. When the
     * components kept their numbering and no dependency changed, the edge arrays are shared as well, and when no
     * box moved or changed size, the spatial index too. O(V + E) without measuring text, the slow part of building
     * a diagram.
     */
    public Diagram(ServiceGraph graph, TextMeasurer measurer, Placement placement, Executor indexing,
            Diagram previous) {
        this(graph, measurer, placement, indexing, previous, Map.of());
    }

    /**
     * As above, where {@code renamedFrom} maps the ids of components renamed since {@code previous} to their ids
     * there (new id → old id), so that a renamed component keeps its measured labels and its edges their arrays.
     */
    public Diagram(ServiceGraph graph, TextMeasurer measurer, Placement placement, Executor indexing,
            Diagram previous, Map<String, String> renamedFrom) {
        this(graph, measurer, placement, indexing, previous, renamedFrom, false);
    }

    /**
     * As above; {@code dependenciesLostWithComponents}: the caller knows (from the change events) that the graph's
     * dependencies are exactly {@code previous}'s, in order, minus those touching a component gone, so they are
     * not compared one by one with the graph's (an O(E) walk of the model, the larger part of a delete).
     */
    public Diagram(ServiceGraph graph, TextMeasurer measurer, Placement placement, Executor indexing,
            Diagram previous, Map<String, String> renamedFrom, boolean dependenciesLostWithComponents) {
        this.indexing = indexing;
        index = new HashMap<>(graph.componentCount() * 4 / 3 + 16);
        List<Component> cs = List.copyOf(graph.components());
        n = cs.size();
        sources = cs.toArray(new Component[0]);
        ids = new String[n];
        names = new String[n];
        nameLines = new String[n][];
        secondary = new String[n];
        kinds = new ComponentKind[n];
        changing = new boolean[n];
        cx = new double[n];
        cy = new double[n];
        w = new double[n];
        h = new double[n];
        hitBuffer = new int[n];
        nameAscent = measurer.ascent(NAME);
        lineHeight = nameAscent + measurer.descent(NAME);
        secondaryAscent = measurer.ascent(SECONDARY);
        double secondaryHeight = secondaryAscent + measurer.descent(SECONDARY);
        groupLabelHeight = measurer.ascent(GROUP_LABEL) + measurer.descent(GROUP_LABEL);
        boolean[] placed = new boolean[n];
        boolean sameNumbering = previous != null && previous.n <= n;
        // where each of the previous diagram's nodes is now, -1 when it is gone
        int[] remap = previous == null ? null : new int[previous.n];
        if (remap != null) {
            java.util.Arrays.fill(remap, -1);
        }
        // where the previous diagram's next node is expected: after an insert or a delete most nodes are found
        // there by comparing ids (usually the same instances), without hashing
        int expected = 0;
        boolean renames = !renamedFrom.isEmpty();
        for (int i = 0; i < n; i++) {
            Component c = cs.get(i);
            ids[i] = c.id();
            index.put(c.id(), i);
            kinds[i] = c.kind();
            changing[i] = c.changing();
            int j = -1;
            if (previous != null) {
                String before = renames ? renamedFrom.getOrDefault(c.id(), c.id()) : c.id();
                j = expected < previous.n && previous.ids[expected].equals(before) ? expected : previous.indexOf(before);
                if (j >= 0) {
                    remap[j] = i;
                    expected = j + 1;
                }
            }
            if (sameNumbering && i < previous.n && j != i) {
                sameNumbering = false;
            }
            if (j >= 0 && sameLabels(previous.sources[j], c)) {
                names[i] = previous.names[j];
                nameLines[i] = previous.nameLines[j];
                secondary[i] = previous.secondary[j];
                w[i] = previous.w[j];
                h[i] = previous.h[j];
            } else {
                measure(i, c, measurer, secondaryHeight);
            }
            Position p = c.position();
            if (p != null) {
                cx[i] = p.x();
                cy[i] = p.y();
                placed[i] = true;
            }
        }
        Edges kept = previous == null ? null : dependenciesLostWithComponents
                ? previous.edgesKept(remap, graph.dependencyCount()) : previous.edgesUnder(remap, ids, graph);
        if (kept != null && sameNumbering) {
            from = previous.from;
            to = previous.to;
            edgeKinds = previous.edgeKinds;
            edgeHard = previous.edgeHard;
            edgeHasReverse = previous.edgeHasReverse;
        } else {
            Edges built = kept != null ? kept : edges(graph, index);
            from = built.from();
            to = built.to();
            edgeKinds = built.kinds();
            edgeHard = built.hard();
            edgeHasReverse = built.hasReverse();
        }
        List<ChangeGroup> groups = List.copyOf(graph.groups());
        groupIds = new String[groups.size()];
        groupMembers = new int[groups.size()][];
        groupBoxes = new double[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            groupIds[g] = groups.get(g).id();
            groupMembers[g] = groups.get(g).members().stream().mapToInt(index::get).toArray();
        }
        Systems sys = Systems.of(sources);
        systemIds = sys.ids();
        systemMembers = sys.members();
        systemBoxes = new double[systemIds.length][];
        placement.place(this, placed);
        if (previous != null && from == previous.from && n == previous.n && sameBoxes(previous)) {
            measureBounds();
            spatial = previous.spatial();
        } else {
            geometryReady();
        }
    }

    /** Wraps and measures component i's labels and sizes its box. */
    private void measure(int i, Component c, TextMeasurer measurer, double secondaryHeight) {
        names[i] = c.displayName();
        nameLines[i] = LabelLines.wrap(names[i], NAME, measurer, MAX_TEXT_WIDTH, MAX_NAME_LINES);
        secondary[i] = LabelLines.fit(secondaryText(c), SECONDARY, measurer, MAX_TEXT_WIDTH);
        double text = measurer.width(secondary[i], SECONDARY);
        for (String line : nameLines[i]) {
            text = Math.max(text, measurer.width(line, NAME));
        }
        w[i] = Math.ceil(Math.max(MIN_WIDTH, PAD_X + GLYPH + GLYPH_GAP + text + PAD_X));
        h[i] = Math.ceil(PAD_Y + lineHeight * nameLines[i].length + LINE_GAP + secondaryHeight + PAD_Y);
    }

    /**
     * The diagram after some components' records changed in place (a tier, a name, a kind: no component added,
     * removed or renamed, no dependency changed): everything is shared with {@code source} or copied from it, and
     * only the edited components are measured again. The spatial index is shared unless a box moved or changed
     * size. O(V) array copies, against the O(V + E) lookups of a rebuild; falls back to a rebuild when the
     * graph's components are not those of {@code source} in the same order.
     */
    public static Diagram edited(Diagram source, ServiceGraph graph, TextMeasurer measurer, Placement placement,
                                 Collection<String> editedIds) {
        return edited(source, graph, measurer, placement, editedIds, Map.of());
    }

    /**
     * As above, where some of the edited components were also renamed in place ({@code renamedFrom}: new id → id in
     * {@code source}; a rename keeps a component's place among the components and its dependencies' places): the
     * new ids replace the old ones at the same indexes, so the edge arrays and the spatial index are still shared.
     * Falls back to a rebuild (with the renames, so labels are still reused) when the graph's components are not
     * {@code source}'s, renamed, in the same order.
     */
    public static Diagram edited(Diagram source, ServiceGraph graph, TextMeasurer measurer, Placement placement,
                                 Collection<String> editedIds, Map<String, String> renamedFrom) {
        if (graph.componentCount() != source.n || graph.dependencyCount() != source.from.length) {
            return new Diagram(graph, measurer, placement, source.indexing, source, renamedFrom);
        }
        String[] ids = source.ids;
        Map<String, Integer> index = source.index;
        if (!renamedFrom.isEmpty()) {
            ids = ids.clone();
            index = new HashMap<>(index);
            for (Map.Entry<String, String> r : renamedFrom.entrySet()) {
                Integer i = source.index.get(r.getValue());
                if (i == null) {
                    return new Diagram(graph, measurer, placement, source.indexing, source, renamedFrom);
                }
                index.remove(r.getValue());
                ids[i] = r.getKey();
            }
            for (String id : renamedFrom.keySet()) {
                if (index.putIfAbsent(id, source.index.get(renamedFrom.get(id))) != null) {
                    return new Diagram(graph, measurer, placement, source.indexing, source, renamedFrom);
                }
            }
            int i = 0;
            for (Component c : graph.components()) {
                if (!c.id().equals(ids[i++])) {
                    return new Diagram(graph, measurer, placement, source.indexing, source, renamedFrom);
                }
            }
        }
        for (String id : editedIds) {
            Component c = graph.component(id).orElse(null);
            Integer i = index.get(id);
            if (c == null || i == null || c.position() == null) {
                return new Diagram(graph, measurer, placement, source.indexing, source, renamedFrom);
            }
        }
        return new Diagram(source, graph, measurer, editedIds, ids, index);
    }

    /** The edited diagram; {@code measurer} null for a move (no label changes then). */
    private Diagram(Diagram source, ServiceGraph graph, TextMeasurer measurer, Collection<String> editedIds,
                    String[] ids, Map<String, Integer> index) {
        source.settleSpatial();
        indexing = source.indexing;
        n = source.n;
        this.index = index;
        sources = source.sources.clone();
        this.ids = ids;
        names = source.names.clone();
        nameLines = source.nameLines.clone();
        secondary = source.secondary.clone();
        kinds = source.kinds.clone();
        changing = source.changing.clone();
        cx = source.cx.clone();
        cy = source.cy.clone();
        w = source.w.clone();
        h = source.h.clone();
        from = source.from;
        to = source.to;
        edgeKinds = source.edgeKinds;
        edgeHard = source.edgeHard;
        edgeHasReverse = source.edgeHasReverse;
        groupIds = source.groupIds;
        groupMembers = source.groupMembers;
        groupBoxes = new double[groupIds.length][];
        nameAscent = source.nameAscent;
        secondaryAscent = source.secondaryAscent;
        lineHeight = source.lineHeight;
        groupLabelHeight = source.groupLabelHeight;
        hitBuffer = new int[n];
        boolean sameBoxes = true;
        boolean systemsChanged = false;
        for (String id : editedIds) {
            int i = index.get(id);
            Component c = graph.requireComponent(id);
            systemsChanged |= !java.util.Objects.equals(source.sources[i].system(), c.system());
            sources[i] = c;
            kinds[i] = c.kind();
            changing[i] = c.changing();
            if (!sameLabels(source.sources[i], c)) {
                if (measurer == null) {
                    throw new IllegalArgumentException("'" + id + "' changed its labels, not only its position");
                }
                measure(i, c, measurer, secondaryAscent + measurer.descent(SECONDARY));
            }
            cx[i] = c.position().x();
            cy[i] = c.position().y();
            sameBoxes &= cx[i] == source.cx[i] && cy[i] == source.cy[i] && w[i] == source.w[i] && h[i] == source.h[i];
        }
        if (systemsChanged) {
            Systems sys = Systems.of(sources);
            systemIds = sys.ids();
            systemMembers = sys.members();
        } else {
            systemIds = source.systemIds;
            systemMembers = source.systemMembers;
        }
        systemBoxes = new double[systemIds.length][];
        if (sameBoxes && !systemsChanged) {
            measureBounds();
            spatial = source.spatial();
        } else {
            geometryReady();
        }
    }

    /** "team · tier N", the kind instead of the team when it has none. */
    private static String secondaryText(Component c) {
        return (c.team() == null || c.team().isBlank() ? c.kind().id() : c.team()) + " \u00b7 tier " + c.effectiveTier();
    }

    /** Whether two records draw the same labels (so the same box size). */
    private static boolean sameLabels(Component a, Component b) {
        return a == b || a.displayName().equals(b.displayName()) && a.kind() == b.kind()
                && java.util.Objects.equals(a.team(), b.team()) && a.effectiveTier() == b.effectiveTier();
    }

    /**
     * This diagram's edges under a new numbering ({@code remap}: old node → new node, -1 for a node gone), when the
     * graph's dependencies are, in order, this diagram's minus those touching a node gone (same ends, kind and
     * strength): what adding, deleting or renaming components leaves. Null when any other dependency changed.
     * O(E) integer and string comparisons (the ids are usually the same instances), no hashing: a fifth of the
     * cost of building the arrays anew from the graph's ids.
     */
    /**
     * This diagram's edges whose ends are both still there, under the new numbering, when the caller vouches that
     * these are the graph's dependencies in order; null (so checked the slow way) when their count is not
     * {@code expected}.
     */
    private Edges edgesKept(int[] remap, int expected) {
        int[] f = new int[expected];
        int[] t = new int[expected];
        DependencyKind[] k = new DependencyKind[expected];
        boolean[] hard = new boolean[expected];
        boolean[] reverse = new boolean[expected];
        int out = 0;
        for (int e = 0; e < from.length; e++) {
            int a = remap[from[e]];
            int b = remap[to[e]];
            if (a < 0 || b < 0) {
                continue;
            }
            if (out == expected) {
                return null;
            }
            f[out] = a;
            t[out] = b;
            k[out] = edgeKinds[e];
            hard[out] = edgeHard[e];
            reverse[out] = edgeHasReverse[e];
            out++;
        }
        return out == expected ? new Edges(f, t, k, hard, reverse) : null;
    }

    private Edges edgesUnder(int[] remap, String[] newIds, ServiceGraph graph) {
        Edges kept = edgesKept(remap, graph.dependencyCount());
        if (kept == null) {
            return null;
        }
        int out = 0;
        for (Dependency d : graph.dependencies()) {
            int a = kept.from()[out];
            int b = kept.to()[out];
            if (!newIds[a].equals(d.from()) || !newIds[b].equals(d.to()) || d.effectiveKind() != kept.kinds()[out]
                    || d.isHard() != kept.hard()[out]) {
                return null;
            }
            out++;
        }
        return kept;
    }

    private boolean sameBoxes(Diagram previous) {
        for (int i = 0; i < n; i++) {
            if (cx[i] != previous.cx[i] || cy[i] != previous.cy[i] || w[i] != previous.w[i] || h[i] != previous.h[i]) {
                return false;
            }
        }
        return true;
    }

    /** The edge arrays: ends by node index, kind, hardness, and whether the opposite dependency exists too. */
    private record Edges(int[] from, int[] to, DependencyKind[] kinds, boolean[] hard, boolean[] hasReverse) {
    }

    private static Edges edges(ServiceGraph graph, Map<String, Integer> index) {
        int m = graph.dependencyCount();
        int[] from = new int[m];
        int[] to = new int[m];
        DependencyKind[] edgeKinds = new DependencyKind[m];
        boolean[] edgeHard = new boolean[m];
        boolean[] edgeHasReverse = new boolean[m];
        int e = 0;
        for (Dependency d : graph.dependencies()) {
            from[e] = index.get(d.from());
            to[e] = index.get(d.to());
            edgeKinds[e] = d.effectiveKind();
            edgeHard[e] = d.isHard();
            e++;
        }
        // pairs a→b with b→a: an open-addressing set of the (from, to) index pairs, no boxed keys
        long[] table = new long[Integer.highestOneBit(Math.max(4, m * 2)) * 2];
        java.util.Arrays.fill(table, -1L);
        int mask = table.length - 1;
        for (int k = 0; k < m; k++) {
            long key = pair(from[k], to[k]);
            int slot = slot(key, mask);
            while (table[slot] != -1L && table[slot] != key) {
                slot = (slot + 1) & mask;
            }
            table[slot] = key;
        }
        for (int k = 0; k < m; k++) {
            if (from[k] == to[k]) {
                continue;
            }
            long key = pair(to[k], from[k]);
            int slot = slot(key, mask);
            while (table[slot] != -1L && table[slot] != key) {
                slot = (slot + 1) & mask;
            }
            edgeHasReverse[k] = table[slot] == key;
        }
        return new Edges(from, to, edgeKinds, edgeHard, edgeHasReverse);
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /**
     * The diagram of the same revision with some components moved: {@link #edited} with positions only (labels,
     * sizes, edges and groups kept, the moved positions read from {@code graph}, group boxes, bounds and the
     * spatial index made anew), without measuring a single label, which is what a full rebuild spends most of
     * its time on.
     */
    public static Diagram moved(Diagram source, ServiceGraph graph, Collection<String> movedIds) {
        for (String id : movedIds) {
            Integer i = source.index.get(id);
            if (i == null || graph.requireComponent(id).position() == null) {
                throw new IllegalArgumentException("'" + id + "' is not a placed component of this diagram");
            }
        }
        return new Diagram(source, graph, null, movedIds, source.ids, source.index);
    }

    /** Puts positions on the components that have none. */
    @FunctionalInterface
    public interface Placement {
        /** Sets the centre of every node i with {@code placed[i] == false} through {@link Diagram#moveNode}. */
        void place(Diagram diagram, boolean[] placed);
    }

    // ---- nodes ------------------------------------------------------------------------------

    public int size() {
        return n;
    }

    /** Node index of a component id, -1 when absent. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int i) {
        return ids[i];
    }

    public String name(int i) {
        return names[i];
    }

    /** The name broken into the lines drawn in the box (at most {@value #MAX_NAME_LINES}). */
    public String[] nameLines(int i) {
        return nameLines[i];
    }

    /** Height of one line of the name. */
    public double nameLineHeight() {
        return lineHeight;
    }

    /** "team · tier N" (the kind instead of the team when it has none). */
    public String secondary(int i) {
        return secondary[i];
    }

    /** The system component i is drawn in, null for none. */
    public String system(int i) {
        return sources[i].system();
    }

    public ComponentKind kind(int i) {
        return kinds[i];
    }

    public boolean changing(int i) {
        return changing[i];
    }

    public double centerX(int i) {
        return cx[i];
    }

    public double centerY(int i) {
        return cy[i];
    }

    public double left(int i) {
        return cx[i] - w[i] / 2;
    }

    public double top(int i) {
        return cy[i] - h[i] / 2;
    }

    public double width(int i) {
        return w[i];
    }

    public double height(int i) {
        return h[i];
    }

    /** Baseline offset of the name's first line from the box top when the secondary line is shown. */
    public double nameBaseline() {
        return PAD_Y + nameAscent;
    }

    /** Baseline offset of node i's secondary line from its box top. */
    public double secondaryBaseline(int i) {
        return PAD_Y + lineHeight * nameLines[i].length + LINE_GAP + secondaryAscent;
    }

    /** Baseline offset of the name's first line from the box centre when the name is drawn alone. */
    public double centeredNameBaseline(int i) {
        return nameAscent - lineHeight * nameLines[i].length / 2;
    }

    /** Moves a node's centre. Call {@link #geometryChanged()} when a batch of moves is done. */
    public void moveNode(int i, double x, double y) {
        settleSpatial();
        cx[i] = x;
        cy[i] = y;
        routes = null;
    }

    /**
     * The route dependency e is drawn along, as x, y pairs from its dependent's centre to its dependency's centre
     * (a pair a→b / b→a moved to its side), when its straight line would cross another box; null when it is drawn
     * straight (also always above {@link EdgeRouter#LIMIT} components). Computed for every edge on first use after
     * the geometry changed.
     */
    public double[] route(int e) {
        if (n > EdgeRouter.LIMIT || from.length == 0) {
            return null;
        }
        if (routes == null) {
            routes = routeAll();
        }
        return routes[e];
    }

    private double[][] routeAll() {
        EdgeRouter router = new EdgeRouter(this);
        double[][] out = new double[from.length][];
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            double[] path = router.route(a, b, cx[a], cy[a], cx[b], cy[b]);
            if (path != null && edgeHasReverse[e]) {
                double dx = cx[b] - cx[a];
                double dy = cy[b] - cy[a];
                double len = Math.hypot(dx, dy);
                if (len > 0) {
                    double ox = -dy / len * EdgePainter.PAIR_OFFSET;
                    double oy = dx / len * EdgePainter.PAIR_OFFSET;
                    for (int k = 0; k < path.length; k += 2) {
                        path[k] += ox;
                        path[k + 1] += oy;
                    }
                }
            }
            out[e] = path;
        }
        return out;
    }

    /** Routes of the current geometry, null until first asked for (see {@link #route}). */
    private double[][] routes;

    /** Recomputes group boxes, bounds and the spatial index after nodes moved. O(V + E + L). */
    public void geometryChanged() {
        settleSpatial();
        routes = null;
        measureBounds();
        spatial = new SpatialIndex(this);
    }

    /**
     * Like {@link #geometryChanged()}, but a large diagram's spatial index is built by the indexing
     * executor (it reads only this diagram's final geometry) and taken when first needed; with a background
     * executor, opening a 20,000-component file thus overlaps indexing with showing the window.
     */
    private void geometryReady() {
        measureBounds();
        if (n + from.length < ASYNC_INDEX_ITEMS) {
            spatial = new SpatialIndex(this);
        } else {
            CompletableFuture<SpatialIndex> pending = new CompletableFuture<>();
            java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
            pendingSpatial = pending;
            pendingTaken = taken;
            indexing.execute(() -> buildIndex(pending, taken));
        }
    }

    /**
     * Builds the pending index unless somebody already took that on: the indexing executor may start late on
     * purpose (the window's waits until the frame of an edit is painted), and whoever needs the index before then
     * builds it at once rather than waiting.
     */
    private void buildIndex(CompletableFuture<SpatialIndex> pending, java.util.concurrent.atomic.AtomicBoolean taken) {
        if (!taken.compareAndSet(false, true)) {
            return;
        }
        try {
            pending.complete(new SpatialIndex(this));
        } catch (RuntimeException | Error e) {
            pending.completeExceptionally(e); // rethrown to whoever joins it
        }
    }

    private java.util.concurrent.atomic.AtomicBoolean pendingTaken;

    /** Above this many nodes + edges the first spatial index is built in the background. */
    private static final int ASYNC_INDEX_ITEMS = 20_000;

    private void settleSpatial() {
        if (pendingSpatial != null) {
            buildIndex(pendingSpatial, pendingTaken);
            spatial = pendingSpatial.join();
            pendingSpatial = null;
        }
    }

    private void measureBounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, left(i));
            minY = Math.min(minY, top(i));
            maxX = Math.max(maxX, left(i) + w[i]);
            maxY = Math.max(maxY, top(i) + h[i]);
        }
        for (int g = 0; g < groupIds.length; g++) {
            groupBoxes[g] = box(groupMembers[g], GROUP_PAD);
            if (groupBoxes[g] != null) {
                double[] b = groupBoxes[g];
                minX = Math.min(minX, b[0]);
                minY = Math.min(minY, b[1]);
                maxX = Math.max(maxX, b[0] + b[2]);
                maxY = Math.max(maxY, b[1] + b[3]);
            }
        }
        for (int k = 0; k < systemIds.length; k++) {
            double[] b = box(systemMembers[k], SYSTEM_PAD);
            systemBoxes[k] = b;
            minX = Math.min(minX, b[0]);
            minY = Math.min(minY, b[1]);
            maxX = Math.max(maxX, b[0] + b[2]);
            maxY = Math.max(maxY, b[1] + b[3]);
        }
        bounds = n == 0 ? new Viewport.Bounds(-200, -150, 200, 150) : new Viewport.Bounds(minX, minY, maxX, maxY);
    }

    /** Everything drawn, group labels included. */
    public Viewport.Bounds bounds() {
        return bounds;
    }

    public SpatialIndex spatial() {
        settleSpatial();
        return spatial;
    }

    /**
     * Nodes whose boxes may overlap the rectangle, each once, into {@code out} (length {@link #size()}); the count.
     * Through the spatial index when it is ready; while a large diagram's index is still being built, by looking
     * at every box (about a millisecond at 20,000 components), so a new revision is drawn without waiting for it.
     */
    public int nodesIn(Viewport.Bounds r, int[] out) {
        if (covers(r)) {
            return everyIndex(n, out);
        }
        SpatialIndex ready = readySpatial();
        if (ready != null) {
            return ready.nodesIn(r, out);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            double l = left(i);
            double t = top(i);
            if (l <= r.maxX() && l + w[i] >= r.minX() && t <= r.maxY() && t + h[i] >= r.minY()) {
                out[count++] = i;
            }
        }
        return count;
    }

    /** Edges whose segments may pass through the rectangle, each once, into {@code out}; as {@link #nodesIn}. */
    public int edgesIn(Viewport.Bounds r, int[] out) {
        if (covers(r)) {
            return everyIndex(from.length, out);
        }
        if (n <= EdgeRouter.LIMIT) {
            return routedEdgesIn(r, out);
        }
        SpatialIndex ready = readySpatial();
        if (ready != null) {
            return ready.edgesIn(r, out);
        }
        int count = 0;
        for (int e = 0; e < from.length; e++) {
            double ax = cx[from[e]];
            double ay = cy[from[e]];
            double bx = cx[to[e]];
            double by = cy[to[e]];
            if (Math.min(ax, bx) <= r.maxX() && Math.max(ax, bx) >= r.minX() && Math.min(ay, by) <= r.maxY()
                    && Math.max(ay, by) >= r.minY()) {
                out[count++] = e;
            }
        }
        return count;
    }

    /** A small diagram's edges by the bounding box of what is drawn of them, routes included: a scan of every edge. */
    private int routedEdgesIn(Viewport.Bounds r, int[] out) {
        int count = 0;
        for (int e = 0; e < from.length; e++) {
            double[] path = route(e);
            double minX = Math.min(cx[from[e]], cx[to[e]]);
            double maxX = Math.max(cx[from[e]], cx[to[e]]);
            double minY = Math.min(cy[from[e]], cy[to[e]]);
            double maxY = Math.max(cy[from[e]], cy[to[e]]);
            if (path != null) {
                for (int k = 0; k < path.length; k += 2) {
                    minX = Math.min(minX, path[k]);
                    maxX = Math.max(maxX, path[k]);
                    minY = Math.min(minY, path[k + 1]);
                    maxY = Math.max(maxY, path[k + 1]);
                }
            }
            if (minX <= r.maxX() && maxX >= r.minX() && minY <= r.maxY() && maxY >= r.minY()) {
                out[count++] = e;
            }
        }
        return count;
    }

    /** Whether the rectangle holds everything drawn: at fit, where a query would return every node and edge. */
    private boolean covers(Viewport.Bounds r) {
        return r.minX() <= bounds.minX() && r.minY() <= bounds.minY() && r.maxX() >= bounds.maxX()
                && r.maxY() >= bounds.maxY();
    }

    private static int everyIndex(int count, int[] out) {
        for (int i = 0; i < count; i++) {
            out[i] = i;
        }
        return count;
    }

    /** The spatial index if it is built, null while a background build is still running. */
    private SpatialIndex readySpatial() {
        if (pendingSpatial != null) {
            if (!pendingSpatial.isDone()) {
                return null;
            }
            settleSpatial();
        }
        return spatial;
    }

    /**
     * The dependency drawn nearest the world point, within {@code tolerance} world units of its line,
     * -1 when none (a point inside a box belongs to the box). Pairs a→b / b→a are told apart by the
     * side each is drawn on.
     */
    public int edgeAt(double x, double y, double tolerance) {
        if (nodeAt(x, y) >= 0 || from.length == 0) {
            return -1;
        }
        if (edgeHitBuffer == null) {
            edgeHitBuffer = new int[from.length];
        }
        int[] found = edgeHitBuffer;
        int count = edgesIn(new Viewport.Bounds(x - tolerance, y - tolerance, x + tolerance, y + tolerance), found);
        int best = -1;
        double bestDistance = tolerance;
        for (int k = 0; k < count; k++) {
            int e = found[k];
            int a = from[e];
            int b = to[e];
            if (a == b) {
                continue;
            }
            double[] path = route(e);
            if (path != null) {
                double distance = polylineDistance(path, x, y);
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = e;
                }
                continue;
            }
            double ax = cx[a];
            double ay = cy[a];
            double bx = cx[b];
            double by = cy[b];
            double len = Math.hypot(bx - ax, by - ay);
            if (len == 0) {
                continue;
            }
            if (edgeHasReverse[e]) {
                double ox = -(by - ay) / len * EdgePainter.PAIR_OFFSET;
                double oy = (bx - ax) / len * EdgePainter.PAIR_OFFSET;
                ax += ox;
                ay += oy;
                bx += ox;
                by += oy;
            }
            double distance = segmentDistance(ax, ay, bx, by, x, y);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = e;
            }
        }
        return best;
    }

    /** The topmost node whose box contains the world point, -1 when none. */
    public int nodeAt(double x, double y) {
        int[] found = hitBuffer;
        int count = nodesIn(new Viewport.Bounds(x, y, x, y), found);
        int best = -1;
        for (int k = 0; k < count; k++) {
            int i = found[k];
            if (x >= left(i) && x <= left(i) + w[i] && y >= top(i) && y <= top(i) + h[i]) {
                best = Math.max(best, i);
            }
        }
        return best;
    }

    // ---- edges ------------------------------------------------------------------------------

    private static double polylineDistance(double[] path, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 3 < path.length; k += 2) {
            best = Math.min(best, segmentDistance(path[k], path[k + 1], path[k + 2], path[k + 3], x, y));
        }
        return best;
    }

    /** Distance from (x, y) to the segment a–b. */
    private static double segmentDistance(double ax, double ay, double bx, double by, double x, double y) {
        double len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
        return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
    }

    public int edgeCount() {
        return from.length;
    }

    /** The dependent (the edge's {@code from}). */
    public int edgeFrom(int e) {
        return from[e];
    }

    /** The dependency (the edge's {@code to}); the arrow points here. */
    public int edgeTo(int e) {
        return to[e];
    }

    public DependencyKind edgeKind(int e) {
        return edgeKinds[e];
    }

    public boolean edgeHard(int e) {
        return edgeHard[e];
    }

    /** The opposite dependency exists too: draw the two side by side instead of on top of each other. */
    public boolean edgeHasReverse(int e) {
        return edgeHasReverse[e];
    }

    // ---- groups -----------------------------------------------------------------------------

    public int groupCount() {
        return groupIds.length;
    }

    public String groupId(int g) {
        return groupIds[g];
    }

    public int[] groupMembers(int g) {
        return groupMembers[g];
    }

    /** (x, y, w, h) of the group's rounded rectangle, its label inside the top margin; null when empty. */
    public double[] groupBoxOf(int g) {
        return groupBoxes[g];
    }

    /** Height of the label strip at the top of a group box. */
    public double groupLabelHeight() {
        return groupLabelHeight;
    }

    // ---- systems ----------------------------------------------------------------------------

    /** Systems drawn, sorted by name; a system is the set of components naming it. */
    public int systemCount() {
        return systemIds.length;
    }

    public String systemId(int k) {
        return systemIds[k];
    }

    public int[] systemMembers(int k) {
        return systemMembers[k];
    }

    /** (x, y, w, h) of the system's hull, a margin wider than a change group's so a group inside it nests. */
    public double[] systemBoxOf(int k) {
        return systemBoxes[k];
    }

    /** The bounding box of the members with {@code pad} around it and the label strip on top; null when empty. */
    private double[] box(int[] ms, double pad) {
        if (ms.length == 0) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i : ms) {
            minX = Math.min(minX, left(i));
            minY = Math.min(minY, top(i));
            maxX = Math.max(maxX, left(i) + w[i]);
            maxY = Math.max(maxY, top(i) + h[i]);
        }
        double top = minY - pad - groupLabelHeight - 4;
        return new double[] {minX - pad, top, maxX - minX + 2 * pad, maxY + pad - top};
    }
}
