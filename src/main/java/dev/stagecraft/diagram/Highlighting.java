package dev.stagecraft.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The answer of one analysis laid onto the diagram's node numbering: a {@link NodeState} and an optional
 * badge per node, a rule for edges, and a legend. Immutable and free of analysis code, so the painter
 * and its tests need no analysis; {@link HighlightAnalysis} computes it from a graph snapshot.
 */
public final class Highlighting {
    private final Highlight highlight;
    private final NodeState[] states;
    private final String[] badges;
    private final int[] group;
    /** Replay only: {@link #IMPACT_OUTAGE}, {@link #IMPACT_DEGRADED} or 0 per node; null otherwise. */
    private final byte[] impact;
    private final String title;
    private final List<LegendEntry> legend;
    /** Made on first use; immutable like the rest. */
    private Highlighting backdrop;

    private Highlighting(Highlight highlight, NodeState[] states, String[] badges, int[] group,
                         String title, List<LegendEntry> legend) {
        this(highlight, states, badges, group, null, title, legend);
    }

    private Highlighting(Highlight highlight, NodeState[] states, String[] badges, int[] group, byte[] impact,
                         String title, List<LegendEntry> legend) {
        this.highlight = highlight;
        this.states = states;
        this.badges = badges;
        this.group = group;
        this.impact = impact;
        this.title = title;
        this.legend = List.copyOf(legend);
    }

    /** Nothing highlighted. */
    public static Highlighting none(int n) {
        NodeState[] s = new NodeState[n];
        Arrays.fill(s, NodeState.NORMAL);
        return new Highlighting(Highlight.NONE, s, new String[n], null, null, List.of());
    }

    /** Nothing highlighted yet, with a title that says what to do (the legend's place shows it). */
    public static Highlighting prompt(int n, String title) {
        NodeState[] s = new NodeState[n];
        Arrays.fill(s, NodeState.NORMAL);
        return new Highlighting(Highlight.NONE, s, new String[n], null, title, List.of());
    }

    /** Blast radius of {@code selected}: outage and degraded node indexes; everything else dimmed. */
    public static Highlighting blast(int n, int selected, String selectedName, int[] outage, int[] degraded) {
        NodeState[] s = new NodeState[n];
        Arrays.fill(s, NodeState.DIM);
        for (int v : outage) {
            s[v] = NodeState.OUTAGE;
        }
        for (int v : degraded) {
            s[v] = NodeState.DEGRADED;
        }
        s[selected] = NodeState.SELECTED;
        String title = "Blast radius of " + selectedName + ": " + outage.length + " outage, "
                + degraded.length + " degraded";
        return new Highlighting(new Highlight.Blast(selectedName), s, new String[n], null, title, List.of(
                new LegendEntry("selected", Palette.Token.SELECTED),
                new LegendEntry("outage (hard path, solid border)", Palette.Token.OUTAGE),
                new LegendEntry("degraded (via soft edge, dashed border)", Palette.Token.DEGRADED)));
    }

    /**
     * Critical path: {@code rank[v]} is the position of v's unit along the path (0 = deployed first),
     * -1 off the path; each step of the path gets its minutes as a badge once, on its first member (a change
     * group or cycle moves as one step, so the badges add up to the path's minutes).
     */
    public static Highlighting critical(int n, int[] rank, IntFunction<Integer> minutesOf, int totalMinutes) {
        NodeState[] s = new NodeState[n];
        String[] badges = new String[n];
        java.util.Set<Integer> badged = new java.util.HashSet<>();
        for (int v = 0; v < n; v++) {
            s[v] = rank[v] >= 0 ? NodeState.CRITICAL : NodeState.NORMAL;
            if (rank[v] >= 0 && badged.add(rank[v])) {
                badges[v] = minutesOf.apply(v) + " min";
            }
        }
        return new Highlighting(Highlight.CRITICAL, s, badges, rank.clone(),
                "Critical path of the whole graph: " + totalMinutes + " min",
                List.of(new LegendEntry("on the critical path (minutes per step, once a group)", Palette.Token.CRITICAL)));
    }

    /** Waves: {@code wave[v]} of every node; colour and number per node. */
    public static Highlighting waves(int n, int[] wave) {
        NodeState[] s = new NodeState[n];
        String[] badges = new String[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            s[v] = NodeState.WAVE;
            badges[v] = "W" + wave[v];
            count = Math.max(count, wave[v] + 1);
        }
        return new Highlighting(Highlight.WAVES, s, badges, wave.clone(),
                count + (count == 1 ? " wave" : " waves") + " (W0 first)", waveLegend(count));
    }

    /** Cycles: {@code scc[v]} is v's strongly connected component; {@code inCycle[v]} marks cycle members. */
    public static Highlighting cycles(int n, int[] scc, boolean[] inCycle, int cycleCount) {
        NodeState[] s = new NodeState[n];
        for (int v = 0; v < n; v++) {
            // with no cycle nothing is dimmed: a greyed map would say something is marked elsewhere
            s[v] = inCycle[v] ? NodeState.CYCLE : cycleCount == 0 ? NodeState.NORMAL : NodeState.DIM;
        }
        return new Highlighting(Highlight.CYCLES, s, new String[n], scc.clone(),
                cycleCount == 0 ? "No cycles: every component can roll out on its own" : cycleCount
                        + (cycleCount == 1 ? " cycle" : " cycles"),
                cycleCount == 0 ? List.of()
                        : List.of(new LegendEntry("member of a cycle (moves together)", Palette.Token.CYCLE)));
    }

    /** {@link #impact} of a node in outage: drawn with a solid border in the outage colour. */
    public static final byte IMPACT_OUTAGE = 1;
    /** {@link #impact} of a degraded node: a dashed border in the degraded colour. */
    public static final byte IMPACT_DEGRADED = 2;

    /** The legend of a replay, in the order of a rollout. */
    static final List<LegendEntry> REPLAY_LEGEND = List.of(
            new LegendEntry("pending", Palette.Token.REPLAY_PENDING),
            new LegendEntry("canary at p %", Palette.Token.REPLAY_CANARY),
            new LegendEntry("done", Palette.Token.REPLAY_DONE),
            new LegendEntry("held (plan halted)", Palette.Token.REPLAY_HELD),
            new LegendEntry("failed (gate)", Palette.Token.REPLAY_FAILED),
            new LegendEntry("rolling back", Palette.Token.REPLAY_ROLLING_BACK),
            new LegendEntry("rolled back", Palette.Token.REPLAY_ROLLED_BACK),
            new LegendEntry("in outage at e % (solid border)", Palette.Token.OUTAGE),
            new LegendEntry("degraded at e % (dashed border)", Palette.Token.DEGRADED));

    /**
     * A simulation replay at one minute: {@code phase[v]} is one of the replay states ({@link NodeState#PENDING}
     * .. {@link NodeState#ROLLED_BACK}) or {@link NodeState#NORMAL} for a component the plan does not advance;
     * {@code impact[v]} says whether it is in outage or degraded (its border), {@code badges[v]} what to write on it
     * ("canary 5%", "outage 5%"). The arrays are kept, not copied.
     */
    public static Highlighting replay(NodeState[] phase, byte[] impact, String[] badges, String title) {
        if (phase.length != impact.length || phase.length != badges.length) {
            throw new IllegalArgumentException("one phase, impact and badge per node");
        }
        return new Highlighting(Highlight.REPLAY, phase, badges, null, impact, title, REPLAY_LEGEND);
    }

    /** Replay: {@link #IMPACT_OUTAGE}, {@link #IMPACT_DEGRADED}, or 0 (also under every other highlight). */
    public byte impact(int v) {
        return impact == null ? 0 : impact[v];
    }

    public Highlight highlight() {
        return highlight;
    }

    /**
     * The same highlighting over another numbering of (mostly) the same nodes: node {@code i} of the new numbering
     * takes the state of node {@code from.applyAsInt(i)} of this one; a node this one does not know ({@code -1}) is
     * drawn normal, or dimmed under a highlight that dims what it does not pick out. For showing an analysis on the
     * diagram of a newer revision until that revision's own analysis arrives. O(n).
     */
    public Highlighting reindexed(int n, java.util.function.IntUnaryOperator from) {
        NodeState[] s = new NodeState[n];
        String[] b = new String[n];
        int[] g = group == null ? null : new int[n];
        byte[] im = impact == null ? null : new byte[n];
        NodeState unknown = hasBackdrop() && !(highlight instanceof Highlight.Replay) ? NodeState.DIM : NodeState.NORMAL;
        for (int i = 0; i < n; i++) {
            int j = from.applyAsInt(i);
            s[i] = j < 0 ? unknown : states[j];
            b[i] = j < 0 ? null : badges[j];
            if (g != null) {
                g[i] = j < 0 ? -1 : group[j];
            }
            if (im != null) {
                im[i] = j < 0 ? 0 : impact[j];
            }
        }
        return new Highlighting(highlight, s, b, g, im, title, legend);
    }

    /**
     * For a highlight that dims everything it does not pick out (blast radius, cycles): the same highlight
     * with every node dimmed, which draws the same whatever is picked out. The picture is that backdrop
     * with the emphasised nodes and edges painted over it, so the window keeps the backdrop and repaints
     * only the emphasis when the selection changes. Null for highlights that dim nothing.
     */
    public Highlighting backdrop() {
        if (!hasBackdrop()) {
            return null;
        }
        if (backdrop == null) {
            NodeState[] plain = new NodeState[states.length];
            // a replay's backdrop is the plain drawing: every minute repaints only the nodes and the failure's edges
            Arrays.fill(plain, highlight instanceof Highlight.Replay ? NodeState.NORMAL : NodeState.DIM);
            backdrop = new Highlighting(highlight, plain, new String[states.length], group,
                    impact == null ? null : new byte[states.length], null, List.of());
        }
        return backdrop;
    }

    /**
     * Whether this highlight is drawn as a backdrop with an emphasis over it (see {@link #backdrop()}): blast radius
     * and cycles over everything dimmed; a replay over the plain drawing, with every component the plan advances
     * and every component and dependency the failure reaches painted over it.
     */
    public boolean hasBackdrop() {
        return highlight instanceof Highlight.Blast || highlight instanceof Highlight.Cycles
                || highlight instanceof Highlight.Replay;
    }

    /** Whether node {@code v} is painted over the backdrop: picked out by the highlight, or reached by a replayed failure. */
    public boolean emphasised(int v) {
        NodeState s = states[v];
        return s != NodeState.NORMAL && s != NodeState.DIM && s != NodeState.WAVE || impact(v) != 0;
    }

    /**
     * Whether {@code other} has the same backdrop (same kind of highlight over as many nodes). A highlight without a
     * backdrop is drawn whole, so only the same highlighting has the same picture (a replay's next minute does not).
     */
    public boolean sameBackdrop(Highlighting other) {
        if (!hasBackdrop()) {
            return other == this;
        }
        return other != null && other.states.length == states.length
                && other.highlight.getClass() == highlight.getClass();
    }

    public int size() {
        return states.length;
    }

    public NodeState state(int v) {
        return states[v];
    }

    /** Short text to show on the node ("W2", "45 min"), null for none. */
    public String badge(int v) {
        return badges[v];
    }

    /** Wave of v in waves mode (for its colour); 0 otherwise. */
    public int wave(int v) {
        return highlight instanceof Highlight.Waves ? group[v] : 0;
    }

    /** How the dependency {@code from -> to} is drawn under this highlight. */
    public EdgeState edgeState(int from, int to, boolean hard) {
        NodeState a = states[from];
        NodeState b = states[to];
        if (highlight instanceof Highlight.Blast) {
            boolean reachedFrom = a == NodeState.OUTAGE || a == NodeState.DEGRADED;
            boolean reachedTo = b == NodeState.SELECTED || b == NodeState.OUTAGE || b == NodeState.DEGRADED;
            if (!reachedFrom || !reachedTo) {
                return EdgeState.DIM;
            }
            return hard && a == NodeState.OUTAGE && b != NodeState.DEGRADED ? EdgeState.OUTAGE : EdgeState.DEGRADED;
        }
        if (highlight instanceof Highlight.Critical) {
            boolean consecutive = group[from] >= 0 && group[to] >= 0
                    && (group[from] == group[to] + 1 || group[from] == group[to]);
            return consecutive ? EdgeState.CRITICAL : EdgeState.NORMAL;
        }
        if (highlight instanceof Highlight.Replay) {
            // the failure's path: both ends reached, hard all the way for outage
            if (impact[from] == 0 || impact[to] == 0) {
                return EdgeState.NORMAL;
            }
            return hard && impact[from] == IMPACT_OUTAGE && impact[to] == IMPACT_OUTAGE ? EdgeState.OUTAGE
                    : EdgeState.DEGRADED;
        }
        if (highlight instanceof Highlight.Cycles) {
            return a == NodeState.CYCLE && group[from] == group[to] ? EdgeState.CYCLE : EdgeState.DIM;
        }
        return EdgeState.NORMAL;
    }

    /** One line saying what is shown ("Critical path of the whole graph: 145 min"), null when nothing is. */
    public String title() {
        return title;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    /** How a node is drawn. */
    public enum NodeState {
        NORMAL, DIM, SELECTED, OUTAGE, DEGRADED, CRITICAL, CYCLE, WAVE,
        /** Replay phases of a component the plan advances. */
        PENDING, CANARY, DONE, HELD, FAILED, ROLLING_BACK, ROLLED_BACK
    }

    /** How an edge is drawn. */
    public enum EdgeState { NORMAL, DIM, OUTAGE, DEGRADED, CRITICAL, CYCLE }

    /** A legend line: a colour swatch and what it means. */
    /** One swatch and its label: the colour of a palette token, or of a wave ({@code wave} ≥ 0, cycling). */
    public record LegendEntry(String label, Palette.Token color, int wave) {
        public LegendEntry(String label, Palette.Token color) {
            this(label, color, -1);
        }

        /** The swatch's colour in that palette. */
        public Rgb in(Palette p) {
            return wave >= 0 ? p.wave(wave) : p.get(color);
        }
    }

    /**
     * The waves' colours: one entry per colour, naming the waves drawn in it ("W1, W9, W17" when the colours come
     * round again after {@value Palette#WAVE_COLORS}).
     */
    static List<LegendEntry> waveLegend(int count) {
        List<LegendEntry> out = new java.util.ArrayList<>();
        for (int c = 0; c < Math.min(count, Palette.WAVE_COLORS); c++) {
            StringBuilder label = new StringBuilder("W" + c + (c == 0 ? " (first)" : ""));
            int shown = 1;
            for (int w = c + Palette.WAVE_COLORS; w < count; w += Palette.WAVE_COLORS) {
                if (shown == 3) {
                    label.append(", \u2026");
                    break;
                }
                label.append(", W").append(w);
                shown++;
            }
            out.add(new LegendEntry(label.toString(), Palette.Token.TEXT, c));
        }
        return out;
    }
}
