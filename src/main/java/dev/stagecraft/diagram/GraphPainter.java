package dev.stagecraft.diagram;

import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.diagram.Palette.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Diagram} under a {@link Highlighting} onto any {@link Surface}: the one painter behind
 * the window's canvas, {@code render} to PNG (a canvas snapshot) and to SVG. Layers, bottom to top:
 * background, change groups, dependencies, components, badges, legend (screen space).
 *
 * <p>Cost is bounded by what is visible: nodes and edges come from the diagram's {@link SpatialIndex}
 * for the visible rectangle only. With {@link Detail#AUTO} the level of detail follows the zoom: text
 * only while it is at least ~7 pixels tall (~4 when few boxes are in view), the team/tier line only when
 * zoomed in, and far out components become plain rectangles and edges 1-pixel lines without
 * arrowheads, batched per colour.
 */
public final class GraphPainter {
    /** Below this scale the diagram is an overview: no text, no rounded corners, no arrowheads. */
    public static final double TEXT_SCALE = 0.42;
    /**
     * With at most {@link #SMALL_TEXT_NODES} boxes in view, names are drawn down to this scale: small text,
     * but a 30-component system fitted into a laptop or projector window keeps its names, and drawing
     * that few labels costs little.
     */
    public static final double SMALL_TEXT_SCALE = 0.25;
    static final int SMALL_TEXT_NODES = 150;
    public static final double SECONDARY_SCALE = 0.7;
    public static final double SHAPE_SCALE = 0.2;
    /** Below this scale dashes and dots would be sub-pixel noise (and cost most): edges are solid. */
    public static final double DASH_SCALE = 0.5;

    /**
     * The overview: with at least this many components in view, drawn at most {@link #OVERVIEW_BOX_PX} wide on
     * average, the components are aggregated into screen cells {@link #OVERVIEW_CELL_PX} square (a heat map, each
     * cell in its components' colour, darker where more of them are) and only emphasised dependencies are drawn.
     * One by one they would merge into a grey slab, and the 100,000 lines of a 20,000-component graph would cost
     * most of every frame; the picture says so at its foot.
     */
    static final int OVERVIEW_MIN_NODES = 2_000;
    static final double OVERVIEW_BOX_PX = 6;
    static final double OVERVIEW_CELL_PX = 6;

    private final Palette palette;
    private final EdgePainter edges;
    private int[] nodeBuffer = new int[0];
    private int[] edgeBuffer = new int[0];
    /** Far-out boxes per colour, kept from picture to picture (a zoomed-out frame fills them with every box). */
    private final Map<Rgb, RectBatch> outerBlocks = new HashMap<>();
    private final Map<Rgb, RectBatch> innerBlocks = new HashMap<>();
    /** The batches of the current picture, in the order their colours first came up. */
    private final List<RectBatch> blockOrder = new ArrayList<>();

    public GraphPainter(Palette palette) {
        this.palette = palette;
        this.edges = new EdgePainter(palette);
    }

    /**
     * Whether, in {@link Detail#AUTO} and {@link Detail#MOTION} at this scale, dependencies are drawn as lines one
     * can point at: with their width and arrowheads. Below {@link #SHAPE_SCALE} they are one-pixel lines that, at
     * fit on a large graph, merge into one grey area, so the window picks no dependency there.
     */
    public static boolean drawsPickableEdges(double scale) {
        return scale >= SHAPE_SCALE;
    }

    /**
     * How much to draw: {@link #AUTO} by zoom (window, PNG), {@link #FULL} always (SVG, zoomable),
     * {@link #MOTION} as AUTO but with plain edges drawn as one-pixel lines (arrowheads and emphasised
     * edges stay): the window's frames while a pan or zoom is under way, repainted in AUTO when it pauses.
     */
    public enum Detail { AUTO, FULL, MOTION }

    /** Which part of the picture to paint. */
    public enum Layer {
        /** Everything: the backdrop, then the emphasis over it. */
        ALL,
        /** Background, groups, and every node and edge as under {@link Highlighting#backdrop()}. */
        BACKDROP,
        /** Only the emphasised nodes and edges and the legend, over what is there (nothing is cleared). */
        EMPHASIS
    }

    /**
     * Paints the whole picture; {@code legend} adds the highlight's title and legend at the top left.
     *
     * @return how many nodes and edges were visible and drawn (a measure of the frame's cost)
     */
    public int paint(Surface s, Diagram d, Highlighting h, Viewport v, Detail detail, boolean legend) {
        return paint(s, d, h, v, detail, legend, Layer.ALL);
    }

    /**
     * Paints one layer. A highlight that dims what it does not pick out (see {@link Highlighting#backdrop()})
     * is painted as its backdrop with the emphasis over it, in every layer mode, so that the window (which
     * keeps the backdrop between selections) and {@code render} give the same picture.
     */
    public int paint(Surface s, Diagram d, Highlighting h, Viewport v, Detail detail, boolean legend, Layer layer) {
        Highlighting backdrop = h.backdrop();
        if (backdrop == null) {
            return layer == Layer.EMPHASIS ? 0 : paintLayer(s, d, h, v, detail, legend, false);
        }
        int items = 0;
        if (layer != Layer.EMPHASIS) {
            items += paintLayer(s, d, backdrop, v, detail, false, false);
        }
        if (layer != Layer.BACKDROP) {
            items += paintLayer(s, d, h, v, detail, legend, true);
        }
        return items;
    }

    private int paintLayer(Surface s, Diagram d, Highlighting h, Viewport v, Detail detail, boolean legend,
                           boolean onlyEmphasised) {
        if (!onlyEmphasised) {
            s.clear(palette.get(Token.BACKGROUND));
        }
        s.setTransform(v.scale(), v.translateX(), v.translateY());
        double scale = v.scale();
        boolean full = detail == Detail.FULL;
        boolean shapes = full || scale >= SHAPE_SCALE;
        boolean dashes = full || scale >= DASH_SCALE;
        boolean secondary = full || scale >= SECONDARY_SCALE;
        Viewport.Bounds visible = v.visibleWorld().grow(40 / scale);
        if (nodeBuffer.length < d.size()) {
            nodeBuffer = new int[d.size()];
        }
        int nodeCount = d.nodesIn(visible, nodeBuffer);
        boolean text = full || scale >= TEXT_SCALE || scale >= SMALL_TEXT_SCALE && nodeCount <= SMALL_TEXT_NODES;
        boolean overview = !full && overview(d, nodeCount, scale);

        if (!onlyEmphasised) {
            paintSystems(s, d, visible, text);
            paintGroups(s, d, visible, text);
        }
        if (edgeBuffer.length < d.edgeCount()) {
            edgeBuffer = new int[d.edgeCount()];
        }
        int edgeCount = d.edgesIn(visible, edgeBuffer);
        boolean[] hidden = collapsed.isEmpty() ? null : hiddenMembers(d);
        int[] hiddenEdges = null;
        int hiddenEdgeCount = 0;
        if (hidden != null) {
            // the dependencies of hidden members are drawn as links to their cards: kept apart, not scanned again
            hiddenEdges = new int[edgeCount];
            int kept = 0;
            for (int k = 0; k < edgeCount; k++) {
                int e = edgeBuffer[k];
                if (!hidden[d.edgeFrom(e)] && !hidden[d.edgeTo(e)]) {
                    edgeBuffer[kept++] = e;
                } else {
                    hiddenEdges[hiddenEdgeCount++] = e;
                }
            }
            edgeCount = kept;
        }
        s.beginBatchLayer();
        s.beginRepeatable();
        edges.paint(s, d, h, edgeBuffer, edgeCount, scale, shapes, dashes, onlyEmphasised || overview,
                detail == Detail.MOTION);
        s.endRepeatable();

        if (hidden != null) {
            int kept = 0;
            for (int k = 0; k < nodeCount; k++) {
                if (!hidden[nodeBuffer[k]]) {
                    nodeBuffer[kept++] = nodeBuffer[k];
                }
            }
            nodeCount = kept;
        }
        if (onlyEmphasised) {
            int kept = 0;
            for (int k = 0; k < nodeCount; k++) {
                if (h.emphasised(nodeBuffer[k])) {
                    nodeBuffer[kept++] = nodeBuffer[k];
                }
            }
            nodeCount = kept;
        }
        Arrays.sort(nodeBuffer, 0, nodeCount);
        if (text) {
            s.endBatchLayer();
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < nodeCount; k++) {
                    int i = nodeBuffer[k];
                    if (h.emphasised(i) == (pass == 1)) {
                        paintNode(s, d, h, i, text, secondary);
                    }
                }
            }
        } else if (overview) {
            paintCells(s, d, h, nodeCount, v);
            s.endBatchLayer();
        } else {
            paintBlocks(s, d, h, nodeCount, shapes ? 1.6 / scale : 0);
            s.endBatchLayer();
        }
        if (hidden != null) {
            paintCollapsed(s, d, h, hidden, hiddenEdges, hiddenEdgeCount, text, onlyEmphasised);
        }
        if (overview && !onlyEmphasised) {
            s.setTransform(1, 0, 0);
            paintOverviewNote(s, nodeCount, v);
        }
        if (legend) {
            s.setTransform(1, 0, 0);
            double[] selected = selectedBox(d, h, v);
            double[] legendBox = LegendPainter.paint(s, palette, h, v.width(), v.height(), !styleKey, textScale,
                    box -> covered(d, h, v, box) + blockedCost(box, null));
            if (styleKey) {
                StyleKeyPainter.paint(s, palette, v.width(), v.height(), textScale,
                        box -> covered(d, h, v, box) + (selected != null && overlaps(box, selected) ? 1e6 : 0)
                                + blockedCost(box, legendBox));
            }
        }
        s.flush();
        return nodeCount + edgeCount;
    }

    private boolean styleKey;
    private java.util.Set<String> collapsed = java.util.Set.of();

    /** The systems drawn as one card over their members (the window's Collapse system). */
    public void setCollapsedSystems(java.util.Set<String> systems) {
        collapsed = java.util.Set.copyOf(systems);
    }

    /** Which components are hidden in a collapsed system's card. */
    private boolean[] hiddenMembers(Diagram d) {
        boolean[] hidden = new boolean[d.size()];
        for (int k = 0; k < d.systemCount(); k++) {
            if (collapsed.contains(d.systemId(k))) {
                for (int i : d.systemMembers(k)) {
                    hidden[i] = true;
                }
            }
        }
        return hidden;
    }

    /** Size of a collapsed system's card, in world units. */
    public static final double CARD_WIDTH = 260;
    public static final double CARD_HEIGHT = 66;

    /**
     * Where a collapsed system's card is (x, y, w, h): centred on its members' centre; null when it has no member
     * placed yet.
     */
    public static double[] cardOf(Diagram d, int k) {
        int[] members = d.systemMembers(k);
        if (members.length == 0) {
            return null;
        }
        double x = 0;
        double y = 0;
        for (int i : members) {
            x += d.centerX(i);
            y += d.centerY(i);
        }
        x /= members.length;
        y /= members.length;
        return new double[] {x - CARD_WIDTH / 2, y - CARD_HEIGHT / 2, CARD_WIDTH, CARD_HEIGHT};
    }

    /**
     * Collapsed systems: each a card at its members' centre instead of its members, which are not drawn, nor are
     * the dependencies among them; a dependency between a member and a component outside is a straight arrow
     * between the card and that component (one per pair). The card's border takes the strongest mark the highlight
     * gives a member (the selection, an outage, ...), its text says what it holds. In the emphasis layer only cards
     * with a marked member are drawn.
     */
    private void paintCollapsed(Surface s, Diagram d, Highlighting h, boolean[] hidden, int[] hiddenEdges,
                                int hiddenEdgeCount, boolean text, boolean onlyEmphasised) {
        int[] cardOf = new int[d.size()];
        Arrays.fill(cardOf, -1);
        double[][] cards = new double[d.systemCount()][];
        for (int k = 0; k < d.systemCount(); k++) {
            if (collapsed.contains(d.systemId(k))) {
                cards[k] = cardOf(d, k);
                for (int i : d.systemMembers(k)) {
                    cardOf[i] = k;
                }
            }
        }
        // the links between cards and the components outside them, once per pair, before the cards
        java.util.Set<Long> drawn = new java.util.HashSet<>();
        Pen link = Pen.solid(palette.get(onlyEmphasised ? Token.TEXT : Token.EDGE), 1.6);
        for (int k = 0; k < hiddenEdgeCount; k++) {
            int e = hiddenEdges[k];
            int a = d.edgeFrom(e);
            int b = d.edgeTo(e);
            if (cardOf[a] >= 0 && cardOf[a] == cardOf[b]) {
                continue;
            }
            if (onlyEmphasised && !(h.emphasised(a) && h.emphasised(b))) {
                continue;
            }
            long ka = hidden[a] ? -1 - cardOf[a] : a;
            long kb = hidden[b] ? -1 - cardOf[b] : b;
            if (!drawn.add(ka * 4_000_003L + kb)) {
                continue;
            }
            double[] fromBox = hidden[a] ? cards[cardOf[a]] : box(d, a);
            double[] toBox = hidden[b] ? cards[cardOf[b]] : box(d, b);
            if (fromBox == null || toBox == null) {
                continue;
            }
            arrowBetween(s, fromBox, toBox, link);
        }
        for (int k = 0; k < d.systemCount(); k++) {
            double[] b = cards[k];
            if (b == null) {
                continue;
            }
            int[] members = d.systemMembers(k);
            int strongest = -1;
            int marked = 0;
            for (int i : members) {
                if (i < h.size() && h.emphasised(i)) {
                    marked++;
                    if (strongest < 0 || rank(h.state(i)) > rank(h.state(strongest))) {
                        strongest = i;
                    }
                }
            }
            if (onlyEmphasised && marked == 0) {
                continue;
            }
            boolean dim = marked == 0 && members[0] < h.size() && h.state(members[0]) == NodeState.DIM;
            Rgb border = strongest >= 0 ? accent(h, strongest) : palette.get(dim ? Token.DIM : Token.SYSTEM_BORDER);
            // stacked: two offset outlines behind say "several components in here"
            for (int back = 2; back >= 1; back--) {
                s.fillRoundRect(b[0] + back * 6, b[1] - back * 6, b[2], b[3], Diagram.ARC, palette.get(Token.NODE_FILL));
                s.strokeRoundRect(b[0] + back * 6, b[1] - back * 6, b[2], b[3], Diagram.ARC,
                        Pen.solid(palette.get(Token.SYSTEM_BORDER), 1.2));
            }
            s.fillRoundRect(b[0], b[1], b[2], b[3], Diagram.ARC, palette.get(dim ? Token.DIM_FILL : Token.NODE_FILL));
            s.strokeRoundRect(b[0], b[1], b[2], b[3], Diagram.ARC, Pen.solid(border, strongest >= 0 ? 4 : 2.5));
            if (text) {
                TextMeasurer m = s.measurer();
                double room = b[2] - 2 * Diagram.PAD_X;
                double baseline = b[1] + 10 + m.ascent(Diagram.NAME);
                s.fillText(LabelLines.fit("system " + d.systemId(k), Diagram.NAME, m, room), b[0] + Diagram.PAD_X,
                        baseline, Diagram.NAME, palette.get(dim ? Token.DIM : Token.TEXT), Surface.Align.LEFT);
                String what = members.length + (members.length == 1 ? " component" : " components")
                        + (marked > 0 ? ", " + marked + " marked" : "") + " \u00b7 double-click to expand";
                s.fillText(LabelLines.fit(what, Diagram.SECONDARY, m, room), b[0] + Diagram.PAD_X,
                        baseline + 8 + m.ascent(Diagram.SECONDARY) + m.descent(Diagram.NAME), Diagram.SECONDARY,
                        palette.get(dim ? Token.DIM : Token.TEXT_SECONDARY), Surface.Align.LEFT);
            }
        }
    }

    private static double[] box(Diagram d, int i) {
        return new double[] {d.left(i), d.top(i), d.width(i), d.height(i)};
    }

    /** A straight arrow from the border of one box to the border of another, pointing at the second. */
    private static void arrowBetween(Surface s, double[] a, double[] b, Pen pen) {
        double ax = a[0] + a[2] / 2;
        double ay = a[1] + a[3] / 2;
        double bx = b[0] + b[2] / 2;
        double by = b[1] + b[3] / 2;
        double[] from = borderPoint(a, bx, by);
        double[] to = borderPoint(b, ax, ay);
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double len = Math.hypot(dx, dy);
        if (len < 1) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double head = 9;
        s.strokeSegments(new double[] {from[0], from[1], to[0] - ux * head, to[1] - uy * head}, 1, pen);
        s.fillPolygon(new double[] {to[0], to[1], to[0] - ux * head - uy * 4.5, to[1] - uy * head + ux * 4.5,
            to[0] - ux * head + uy * 4.5, to[1] - uy * head - ux * 4.5}, pen.color());
    }

    /** Where the line from a box's centre towards (x, y) leaves the box. */
    private static double[] borderPoint(double[] box, double x, double y) {
        double cx = box[0] + box[2] / 2;
        double cy = box[1] + box[3] / 2;
        double dx = x - cx;
        double dy = y - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double t = Math.min(dx == 0 ? Double.POSITIVE_INFINITY : box[2] / 2 / Math.abs(dx),
                dy == 0 ? Double.POSITIVE_INFINITY : box[3] / 2 / Math.abs(dy));
        return new double[] {cx + dx * t, cy + dy * t};
    }

    /** Which member's mark a collapsed card shows: the selection, then outage, then the rest. */
    private static int rank(NodeState state) {
        return switch (state) {
            case SELECTED -> 9;
            case OUTAGE, FAILED -> 8;
            case ROLLING_BACK -> 7;
            case DEGRADED -> 6;
            case CRITICAL, CYCLE -> 5;
            case CANARY, HELD -> 4;
            default -> 1;
        };
    }
    private List<double[]> blocked = List.of();
    private double textScale = 1;

    /** How much larger than usual the legend and the key of styles are drawn (the window's text size; 1 = usual). */
    public void setTextScale(double scale) {
        textScale = scale;
    }

    /**
     * Screen rectangles (x, y, w, h) that other controls lie over (the Find bar, the minimap): the legend and the
     * key go to a corner clear of them when there is one.
     */
    public void setBlocked(List<double[]> boxes) {
        blocked = List.copyOf(boxes);
    }

    /** A million for each blocked rectangle (and {@code also}, when not null) the box overlaps, else 0. */
    private double blockedCost(double[] box, double[] also) {
        double cost = also != null && overlaps(box, also) ? 1e6 : 0;
        for (double[] b : blocked) {
            if (overlaps(box, b)) {
                cost += 1e6;
            }
        }
        return cost;
    }

    /** Whether the legend comes with the key to the drawing's styles (edge kinds, soft, badge, hull). */
    public void setStyleKey(boolean shown) {
        styleKey = shown;
    }

    /** The selected component's box on screen (x, y, w, h), grown a little; null when none is selected. */
    private double covered(Diagram d, Highlighting h, Viewport v, double[] box) {
        if (coverBuffer.length < d.size()) {
            coverBuffer = new int[d.size()];
        }
        return coverCost(d, h, v, box, coverBuffer, -1);
    }

    private int[] coverBuffer = new int[0];

    /**
     * What a screen rectangle (x, y, w, h) would cover, for putting a legend or a label where it hides least:
     * 1,000 for the selected component, 30 for each box the highlight marks (outage, degraded, critical, a wave's,
     * a replay's phase), 1 for any other box; component {@code skip} (the one a label belongs to) not counted.
     * {@code buffer} has room for every component. O(boxes under it).
     */
    public static double coverCost(Diagram d, Highlighting h, Viewport v, double[] box, int[] buffer, int skip) {
        Viewport.Bounds r = new Viewport.Bounds(v.toWorldX(box[0]), v.toWorldY(box[1]),
                v.toWorldX(box[0] + box[2]), v.toWorldY(box[1] + box[3]));
        int count = d.nodesIn(r, buffer);
        double cost = 0;
        for (int k = 0; k < count; k++) {
            int i = buffer[k];
            if (i == skip || d.left(i) > r.maxX() || d.left(i) + d.width(i) < r.minX() || d.top(i) > r.maxY()
                    || d.top(i) + d.height(i) < r.minY()) {
                continue;
            }
            Highlighting.NodeState st = h == null || i >= h.size() ? Highlighting.NodeState.NORMAL : h.state(i);
            cost += st == Highlighting.NodeState.SELECTED ? 1000
                    : st == Highlighting.NodeState.NORMAL || st == Highlighting.NodeState.DIM ? 1 : 30;
        }
        return cost;
    }

    private static double[] selectedBox(Diagram d, Highlighting h, Viewport v) {
        if (h == null || h.size() != d.size()) {
            return null;
        }
        for (int i = 0; i < d.size(); i++) {
            if (h.state(i) == Highlighting.NodeState.SELECTED) {
                double x = v.toScreenX(d.left(i));
                double y = v.toScreenY(d.top(i));
                return new double[] {x - 6, y - 6, d.width(i) * v.scale() + 12, d.height(i) * v.scale() + 12};
            }
        }
        return null;
    }

    /** Whether two boxes (x, y, w, h) overlap. */
    static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** Draws the selected dependency over the picture, in the selection colour. */
    public void paintSelectedEdge(Surface s, Diagram d, int edge, Viewport v) {
        s.setTransform(v.scale(), v.translateX(), v.translateY());
        edges.paintOne(s, d, edge, palette.get(Token.SELECTED));
        s.flush();
    }

    /** Systems under the change groups: a dashed hull with the system's name, drawn as a grouping, not a step. */
    private void paintSystems(Surface s, Diagram d, Viewport.Bounds visible, boolean text) {
        Pen border = new Pen(palette.get(Token.SYSTEM_BORDER), 1.8, Pen.LineStyle.DASHED);
        for (int k = 0; k < d.systemCount(); k++) {
            double[] b = d.systemBoxOf(k);
            if (b == null || collapsed.contains(d.systemId(k))
                    || !visible.intersects(b[0], b[1], b[0] + b[2], b[1] + b[3])) {
                continue;
            }
            s.fillRoundRect(b[0], b[1], b[2], b[3], 28, palette.get(Token.SYSTEM_FILL));
            s.strokeRoundRect(b[0], b[1], b[2], b[3], 28, border);
            if (text) {
                double baseline = b[1] + 5 + s.measurer().ascent(Diagram.GROUP_LABEL);
                s.fillText("system " + d.systemId(k), b[0] + 14, baseline, Diagram.GROUP_LABEL,
                        palette.get(Token.SYSTEM_TEXT), Surface.Align.LEFT);
            }
        }
    }

    private void paintGroups(Surface s, Diagram d, Viewport.Bounds visible, boolean text) {
        Pen border = Pen.solid(palette.get(Token.GROUP_BORDER), 1.6);
        for (int g = 0; g < d.groupCount(); g++) {
            double[] b = d.groupBoxOf(g);
            if (b == null || !visible.intersects(b[0], b[1], b[0] + b[2], b[1] + b[3])) {
                continue;
            }
            s.fillRoundRect(b[0], b[1], b[2], b[3], 22, palette.get(Token.GROUP_FILL));
            s.strokeRoundRect(b[0], b[1], b[2], b[3], 22, border);
            if (text) {
                double baseline = b[1] + 5 + s.measurer().ascent(Diagram.GROUP_LABEL);
                s.fillText(d.groupId(g), b[0] + 12, baseline, Diagram.GROUP_LABEL,
                        palette.get(Token.GROUP_TEXT), Surface.Align.LEFT);
            }
        }
    }

    private void paintNode(Surface s, Diagram d, Highlighting h, int i, boolean text, boolean secondary) {
        NodeState state = h.state(i);
        double x = d.left(i);
        double y = d.top(i);
        double w = d.width(i);
        double ht = d.height(i);
        Rgb accent = accent(h, i);
        s.fillRoundRect(x, y, w, ht, Diagram.ARC, fill(h, i));
        if (isPhase(state)) {
            // a replay's phase in its full colour down the left edge: the pale fill alone was lost under an
            // impact's red border (rolling back looked like pending); the legend's swatch is this colour
            s.fillRoundRect(x + 1.5, y + 1.5, PHASE_STRIPE, ht - 3, Diagram.ARC / 2, palette.get(phaseToken(state)));
        }
        // degraded is told apart from outage by its dashed border as well as its colour (two browns under deuteranopia)
        // in a replay the border tells the impact: outage solid, degraded dashed, over the phase's fill
        boolean dashed = state == NodeState.DEGRADED || h.impact(i) == Highlighting.IMPACT_DEGRADED;
        double width = h.impact(i) != 0 ? REPLAY_IMPACT_BORDER : borderWidth(state);
        s.strokeRoundRect(x, y, w, ht, Diagram.ARC, new Pen(accent, width,
                dashed ? Pen.LineStyle.DASHED : Pen.LineStyle.SOLID));
        boolean dim = state == NodeState.DIM;
        Rgb glyph = dim ? palette.get(Token.DIM) : palette.kind(d.kind(i));
        double glyphY = y + (ht - Diagram.GLYPH) / 2;
        KindGlyphs.draw(s, d.kind(i), x + Diagram.PAD_X, glyphY, Diagram.GLYPH, glyph);
        double textX = x + Diagram.PAD_X + Diagram.GLYPH + Diagram.GLYPH_GAP;
        if (text) {
            Rgb main = palette.get(dim ? Token.DIM : Token.TEXT);
            if (secondary) {
                s.fillTextLines(d.nameLines(i), textX, y + d.nameBaseline(), d.nameLineHeight(), Diagram.NAME, main);
                s.fillText(d.secondary(i), textX, y + d.secondaryBaseline(i), Diagram.SECONDARY,
                        palette.get(dim ? Token.DIM : Token.TEXT_SECONDARY), Surface.Align.LEFT);
            } else {
                s.fillTextLines(d.nameLines(i), textX, d.centerY(i) + d.centeredNameBaseline(i), d.nameLineHeight(),
                        Diagram.NAME, main);
            }
        }
        if (d.changing(i)) {
            paintChangingBadge(s, x, y, dim ? palette.get(Token.DIM) : palette.get(Token.CHANGING));
        }
        String badge = h.badge(i);
        if (badge != null && text) {
            TextStyle style = Diagram.BADGE;
            double pw = s.measurer().width(badge, style) + 14;
            double ph = 21;
            double px = x + w - 10 - pw;
            double py = y - ph / 2;
            s.fillRoundRect(px, py, pw, ph, ph, accent);
            double baseline = py + ph / 2 + (s.measurer().ascent(style) - s.measurer().descent(style)) / 2;
            s.fillText(badge, px + pw / 2, baseline, style, palette.get(Token.BADGE_TEXT), Surface.Align.CENTER);
        }
    }

    /** A filled circle with an up arrow straddling the top-left corner: "part of this release". */
    private void paintChangingBadge(Surface s, double x, double y, Rgb color) {
        changingBadge(s, palette, x + 3, y + 3, color);
    }

    /** The "changing" badge centred on (cx, cy): a disc in {@code color} with an up arrow (also the key's sample). */
    static void changingBadge(Surface s, Palette palette, double cx, double cy, Rgb color) {
        double r = 8.5;
        s.fillOval(cx - r, cy - r, 2 * r, 2 * r, color);
        Rgb ink = palette.get(Token.BADGE_TEXT);
        s.fillPolygon(new double[] {cx, cy - 5.5, cx + 5, cy + 0.5, cx + 2, cy + 0.5, cx + 2, cy + 5,
            cx - 2, cy + 5, cx - 2, cy + 0.5, cx - 5, cy + 0.5}, ink);
    }

    /**
     * Far out: every box as a plain rectangle, batched into one path per colour. With a border, a
     * rectangle in the border colour and an inset one in the fill colour (two paths per colour).
     */
    private void paintBlocks(Surface s, Diagram d, Highlighting h, int count, double border) {
        blockOrder.forEach(RectBatch::clear);
        blockOrder.clear();
        for (int k = 0; k < count; k++) {
            int i = nodeBuffer[k];
            NodeState state = h.state(i);
            if (border == 0) {
                Rgb c = state == NodeState.NORMAL ? palette.get(Token.NODE_BORDER) : accent(h, i);
                batch(outerBlocks, c, true).add(d.left(i), d.top(i), d.width(i), d.height(i));
            } else {
                batch(outerBlocks, accent(h, i), true).add(d.left(i), d.top(i), d.width(i), d.height(i));
                batch(innerBlocks, fill(h, i), false)
                        .add(d.left(i) + border, d.top(i) + border, d.width(i) - 2 * border, d.height(i) - 2 * border);
            }
        }
        for (RectBatch r : blockOrder) {
            if (r.outer) {
                s.fillRects(r.xywh, r.count, r.color);
            }
        }
        for (RectBatch r : blockOrder) {
            if (!r.outer) {
                s.fillRects(r.xywh, r.count, r.color);
            }
        }
    }

    /** Whether these {@code nodeCount} components in view are drawn as the {@link #OVERVIEW_MIN_NODES overview}. */
    static boolean overview(Diagram d, int nodeCount, double scale) {
        if (nodeCount < OVERVIEW_MIN_NODES || d.size() == 0) {
            return false;
        }
        double width = 0;
        int step = Math.max(1, d.size() / 512);
        int sampled = 0;
        for (int i = 0; i < d.size(); i += step, sampled++) {
            width += d.width(i);
        }
        return width / sampled * scale < OVERVIEW_BOX_PX;
    }

    /** Density levels of a cell's colour, from a few components to the fullest cell in view. */
    private static final int DENSITY_LEVELS = 4;

    /**
     * The overview's cells: each visible component counts in the screen cell under its centre; a cell takes the
     * colour an emphasised component of it has (the selection, the blast radius, a wave), else its first
     * component's (its kind's colour when nothing is highlighted, as in the minimap), mixed toward the background
     * where the cell holds few components.
     */
    private void paintCells(Surface s, Diagram d, Highlighting h, int count, Viewport v) {
        double scale = v.scale();
        double cell = OVERVIEW_CELL_PX;
        int columns = (int) Math.ceil(v.width() / cell) + 1;
        int rows = (int) Math.ceil(v.height() / cell) + 1;
        int[] members = new int[columns * rows];
        int[] shown = new int[columns * rows];
        Arrays.fill(shown, -1);
        int fullest = 1;
        for (int k = 0; k < count; k++) {
            int i = nodeBuffer[k];
            int cx = (int) Math.floor(v.toScreenX(d.left(i) + d.width(i) / 2) / cell);
            int cy = (int) Math.floor(v.toScreenY(d.top(i) + d.height(i) / 2) / cell);
            if (cx < 0 || cy < 0 || cx >= columns || cy >= rows) {
                continue;
            }
            int c = cy * columns + cx;
            fullest = Math.max(fullest, ++members[c]);
            if (shown[c] < 0 || h.emphasised(i) && !h.emphasised(shown[c])) {
                shown[c] = i;
            }
        }
        blockOrder.forEach(RectBatch::clear);
        blockOrder.clear();
        Rgb background = palette.get(Token.BACKGROUND);
        Map<Rgb, RectBatch> cells = outerBlocks;
        for (int c = 0; c < members.length; c++) {
            if (members[c] == 0) {
                continue;
            }
            int i = shown[c];
            Rgb colour = h.state(i) == NodeState.NORMAL && h.impact(i) == 0 ? palette.kind(d.kind(i)) : accent(h, i);
            int level = Math.min(DENSITY_LEVELS, 1 + (members[c] - 1) * DENSITY_LEVELS / fullest);
            // the emptiest cells are a third of the way from the background, the fullest the colour itself
            Rgb mixed = background.mix(colour, (level + 1.0) / (DENSITY_LEVELS + 1));
            double x = ((c % columns) * cell - v.translateX()) / scale;
            double y = ((c / columns) * cell - v.translateY()) / scale;
            batch(cells, mixed, true).add(x, y, cell / scale, cell / scale);
        }
        for (RectBatch r : blockOrder) {
            s.fillRects(r.xywh, r.count, r.color);
        }
    }

    private static final TextStyle NOTE = new TextStyle(13, false);

    /** The overview says what it is, at the foot of the view. */
    private void paintOverviewNote(Surface s, int nodeCount, Viewport v) {
        TextMeasurer m = s.measurer();
        String note = String.format(java.util.Locale.ROOT, "Overview of %,d components, coloured by kind or highlight;"
                + " dependencies hidden unless highlighted. Zoom in to see each one.", nodeCount);
        if (m.width(note, NOTE) + 32 > v.width()) {
            note = String.format(java.util.Locale.ROOT, "Overview of %,d components: zoom in to see each one", nodeCount);
        }
        double w = m.width(note, NOTE) + 16;
        double h = m.ascent(NOTE) + m.descent(NOTE) + 8;
        double x = 8;
        double y = v.height() - h - 8;
        s.fillRoundRect(x, y, w, h, 8, palette.get(Token.LEGEND_FILL));
        s.strokeRoundRect(x, y, w, h, 8, Pen.solid(palette.get(Token.LEGEND_BORDER), 1));
        s.fillText(note, x + 8, y + 4 + m.ascent(NOTE), NOTE, palette.get(Token.TEXT_SECONDARY), Surface.Align.LEFT);
    }

    private RectBatch batch(Map<Rgb, RectBatch> batches, Rgb color, boolean outer) {
        RectBatch b = batches.computeIfAbsent(color, c -> new RectBatch(c, outer));
        if (b.count == 0) {
            blockOrder.add(b);
        }
        return b;
    }

    /** Rectangles of one colour collected for one {@link Surface#fillRects} call. */
    private static final class RectBatch {
        final Rgb color;
        /** A box's border colour (drawn first) or, inset, its fill. */
        final boolean outer;
        double[] xywh = new double[64];
        int count;

        RectBatch(Rgb color, boolean outer) {
            this.color = color;
            this.outer = outer;
        }

        void clear() {
            count = 0;
        }

        void add(double x, double y, double w, double h) {
            if ((count + 1) * 4 > xywh.length) {
                xywh = Arrays.copyOf(xywh, xywh.length * 2);
            }
            int k = count++ * 4;
            xywh[k] = x;
            xywh[k + 1] = y;
            xywh[k + 2] = w;
            xywh[k + 3] = h;
        }
    }

    private static double borderWidth(NodeState s) {
        return switch (s) {
            case NORMAL -> 1.6;
            case DIM -> 1.2;
            case WAVE -> 2.6;
            case SELECTED -> 4.5;
            default -> 3.2;
        };
    }

    /** A replayed component in outage or degraded: thicker than any phase's border, so it reads from the back. */
    private static final double REPLAY_IMPACT_BORDER = 4.5;

    /** The node's border (and badge) colour under the highlight; in a replay the impact's colour when it has one. */
    private Rgb accent(Highlighting h, int i) {
        byte impact = h.impact(i);
        if (impact != 0) {
            return palette.get(impact == Highlighting.IMPACT_OUTAGE ? Token.OUTAGE : Token.DEGRADED);
        }
        return switch (h.state(i)) {
            case NORMAL -> palette.get(Token.NODE_BORDER);
            case DIM -> palette.get(Token.DIM);
            case SELECTED -> palette.get(Token.SELECTED);
            case OUTAGE -> palette.get(Token.OUTAGE);
            case DEGRADED -> palette.get(Token.DEGRADED);
            case CRITICAL -> palette.get(Token.CRITICAL);
            case CYCLE -> palette.get(Token.CYCLE);
            case WAVE -> palette.wave(h.wave(i));
            default -> palette.get(phaseToken(h.state(i)));
        };
    }

    /** Width of the stripe in a replayed component's phase colour. */
    private static final double PHASE_STRIPE = 6;

    private static boolean isPhase(NodeState s) {
        return switch (s) {
            case PENDING, CANARY, DONE, HELD, FAILED, ROLLING_BACK, ROLLED_BACK -> true;
            default -> false;
        };
    }

    private static Token phaseToken(NodeState s) {
        return switch (s) {
            case PENDING -> Token.REPLAY_PENDING;
            case CANARY -> Token.REPLAY_CANARY;
            case DONE -> Token.REPLAY_DONE;
            case HELD -> Token.REPLAY_HELD;
            case FAILED -> Token.REPLAY_FAILED;
            case ROLLING_BACK -> Token.REPLAY_ROLLING_BACK;
            case ROLLED_BACK -> Token.REPLAY_ROLLED_BACK;
            default -> throw new IllegalArgumentException(s + " is not a replay phase");
        };
    }

    private Rgb fill(Highlighting h, int i) {
        byte impact = h.impact(i);
        if (impact != 0 && h.state(i) == NodeState.NORMAL) {
            return palette.get(impact == Highlighting.IMPACT_OUTAGE ? Token.OUTAGE_FILL : Token.DEGRADED_FILL);
        }
        return switch (h.state(i)) {
            case NORMAL -> palette.get(Token.NODE_FILL);
            case DIM -> palette.get(Token.DIM_FILL);
            case SELECTED -> palette.get(Token.NODE_FILL);
            case OUTAGE -> palette.get(Token.OUTAGE_FILL);
            case DEGRADED -> palette.get(Token.DEGRADED_FILL);
            case CRITICAL -> palette.get(Token.CRITICAL_FILL);
            case CYCLE -> palette.get(Token.CYCLE_FILL);
            case WAVE -> palette.tint(palette.wave(h.wave(i)));
            default -> palette.tint(palette.get(phaseToken(h.state(i))));
        };
    }
}
