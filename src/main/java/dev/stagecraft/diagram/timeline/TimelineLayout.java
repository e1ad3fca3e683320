package dev.stagecraft.diagram.timeline;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.plan.ChangeCalendar;
import dev.stagecraft.plan.PlanClock;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a plan's timeline: one per step in the plan's order (so by wave), with each step's stage minutes
 * from {@link PlanStep#timing()} (DESIGN.md "Step timing"), its {@code after} links as row indexes, the plan's
 * critical path and the colour wave of each step. Immutable; O(steps + after links + components) to build, O(1)
 * per query (a step's stage minutes are computed on first use).
 */
public final class TimelineLayout {
    private final RolloutPlan plan;
    private final int[] colourWave;
    private final StepTiming[] timings;
    private final int[][] after;
    private final int[][] waiters;
    private final BitSet critical = new BitSet();
    private final int[] criticalChain;
    private final Map<String, Integer> byId;
    private final Map<String, Integer> byComponent;
    private final int endMinute;

    /**
     * @param plan       the plan, steps in its file order
     * @param colourWave per step (same order), the wave whose colour the map gives its components
     */
    public TimelineLayout(RolloutPlan plan, int[] colourWave) {
        List<PlanStep> steps = plan.steps();
        int n = steps.size();
        if (colourWave.length != n) {
            throw new IllegalArgumentException(n + " steps but " + colourWave.length + " colour waves");
        }
        this.plan = plan;
        this.colourWave = colourWave.clone();
        timings = new StepTiming[n];
        byId = new HashMap<>(n * 2);
        byComponent = new HashMap<>(n * 2);
        int end = 0;
        for (int k = 0; k < n; k++) {
            PlanStep s = steps.get(k);
            byId.put(s.id(), k);
            for (String c : s.components()) {
                byComponent.put(c, k);
            }
            end = Math.max(end, s.endMinute());
        }
        endMinute = end;
        after = new int[n][];
        int[] waiting = new int[n];
        for (int k = 0; k < n; k++) {
            List<String> a = steps.get(k).after();
            after[k] = new int[a.size()];
            for (int i = 0; i < a.size(); i++) {
                after[k][i] = byId.get(a.get(i));
                waiting[after[k][i]]++;
            }
        }
        waiters = new int[n][];
        for (int k = 0; k < n; k++) {
            waiters[k] = new int[waiting[k]];
        }
        int[] fill = new int[n];
        for (int k = 0; k < n; k++) {
            for (int a : after[k]) {
                waiters[a][fill[a]++] = k;
            }
        }
        List<String> path = plan.summary().criticalPath().path();
        criticalChain = new int[path.size()];
        for (int i = 0; i < path.size(); i++) {
            criticalChain[i] = byId.get(path.get(i));
            critical.set(criticalChain[i]);
        }
    }

    /**
     * The timeline of a plan of this analysis' graph, each bar in its components' wave colour on the map; for a plan
     * in calendar time also the graph's freezes and the times its graph-wide change windows are closed.
     */
    public static TimelineLayout of(RolloutPlan plan, GraphAnalysis analysis) {
        GraphSnapshot snapshot = analysis.snapshot();
        int[] wave = new int[plan.steps().size()];
        for (int k = 0; k < wave.length; k++) {
            int v = snapshot.indexOf(plan.steps().get(k).components().get(0));
            wave[k] = v < 0 ? 0 : analysis.waves().waveOf(v);
        }
        TimelineLayout layout = new TimelineLayout(plan, wave);
        if (!plan.summary().capacity().isEmpty()) {
            layout.usage = usage(plan, analysis);
        }
        PlanClock clock = plan.summary().clock();
        if (clock != null) {
            ZonedDateTime start = OffsetDateTime.parse(clock.start()).atZoneSameInstant(ZoneId.of(clock.timeZone()));
            ChangeCalendar calendar = new ChangeCalendar(analysis.graph().metadata().governance(), start);
            layout.start = start;
            layout.freezes = calendar.freezeSpans();
            layout.closed = calendar.closedSpans(layout.endMinute() + 1);
        }
        return layout;
    }

    /**
     * A budgeted resource over the plan: the total cost of the steps running, a step function with a value from each
     * {@code minutes[i]} to the next, against its budget.
     */
    public record UsageCurve(String pool, String resource, double budget, double peak, int[] minutes, double[] values) {
    }

    private List<UsageCurve> usage = List.of();

    /** The capacity budgets' usage over the plan (empty without budgets). */
    public List<UsageCurve> usage() {
        return usage;
    }

    private static List<UsageCurve> usage(RolloutPlan plan, GraphAnalysis analysis) {
        List<List<dev.stagecraft.model.Component>> members = new java.util.ArrayList<>();
        for (PlanStep s : plan.steps()) {
            List<dev.stagecraft.model.Component> ms = new java.util.ArrayList<>();
            s.components().forEach(id -> analysis.graph().component(id).ifPresent(ms::add));
            members.add(ms);
        }
        dev.stagecraft.plan.CapacityLedger ledger = new dev.stagecraft.plan.CapacityLedger(
                analysis.graph().metadata().governance(), members);
        List<dev.stagecraft.plan.CapacityLedger.Usage> resources = plan.summary().capacity();
        List<UsageCurve> out = new java.util.ArrayList<>();
        for (int r = 0; r < resources.size() && r < ledger.usage().size(); r++) {
            java.util.TreeMap<Integer, Double> delta = new java.util.TreeMap<>();
            for (int k = 0; k < plan.steps().size(); k++) {
                double c = ledger.cost(k)[r];
                if (c != 0) {
                    delta.merge(plan.steps().get(k).startMinute(), c, Double::sum);
                    delta.merge(plan.steps().get(k).endMinute(), -c, Double::sum);
                }
            }
            int[] minutes = new int[delta.size()];
            double[] values = new double[delta.size()];
            double level = 0;
            int i = 0;
            for (var e : delta.entrySet()) {
                level += e.getValue();
                minutes[i] = e.getKey();
                values[i] = Math.max(0, level);
                i++;
            }
            var u = resources.get(r);
            out.add(new UsageCurve(u.pool(), u.resource(), u.budget(), u.peak(), minutes, values));
        }
        return out;
    }

    private ZonedDateTime start;
    private List<ChangeCalendar.Span> freezes = List.of();
    private List<ChangeCalendar.Span> closed = List.of();

    /** When minute 0 is, for a plan in calendar time; null for relative minutes. */
    public ZonedDateTime start() {
        return start;
    }

    /** The graph's freezes in plan minutes (empty for relative minutes). */
    public List<ChangeCalendar.Span> freezes() {
        return freezes;
    }

    /** When every graph-wide change window is closed, in plan minutes (empty for relative minutes or none). */
    public List<ChangeCalendar.Span> closed() {
        return closed;
    }

    public RolloutPlan plan() {
        return plan;
    }

    /** Number of rows: one per step. */
    public int rowCount() {
        return timings.length;
    }

    public PlanStep step(int row) {
        return plan.steps().get(row);
    }

    /** The row of a step id, -1 when the plan has none. */
    public int rowOf(String stepId) {
        Integer k = byId.get(stepId);
        return k == null ? -1 : k;
    }

    /** The row of the step that advances a component, -1 when no step does. */
    public int rowOfComponent(String componentId) {
        Integer k = byComponent.get(componentId);
        return k == null ? -1 : k;
    }

    /** The rows of the steps advancing any of these components. */
    public BitSet rowsOfComponents(Collection<String> componentIds) {
        BitSet rows = new BitSet();
        for (String c : componentIds) {
            int k = rowOfComponent(c);
            if (k >= 0) {
                rows.set(k);
            }
        }
        return rows;
    }

    /** The plan's wave of a row's step. */
    public int wave(int row) {
        return step(row).wave();
    }

    /** Whether a row is the first of its wave (a band starts there). */
    public boolean startsWave(int row) {
        return row == 0 || wave(row) != wave(row - 1);
    }

    /** The wave whose colour (the map's) the row's bar has. */
    public int colourWave(int row) {
        return colourWave[row];
    }

    /** The rows of the steps this row's step waits for. */
    public int[] after(int row) {
        return after[row].clone();
    }

    /** The rows of the steps that wait for this row's step. */
    public int[] waiters(int row) {
        return waiters[row].clone();
    }

    public boolean onCriticalPath(int row) {
        return critical.get(row);
    }

    /** The critical path's rows in deployment order. */
    public int[] criticalChain() {
        return criticalChain.clone();
    }

    /** When the last step ends. */
    public int endMinute() {
        return endMinute;
    }

    public StepTiming timing(int row) {
        StepTiming t = timings[row];
        if (t == null) {
            t = step(row).heldTiming();
            timings[row] = t;
        }
        return t;
    }

    public int stageCount(int row) {
        return timing(row).stageCount();
    }

    /** Minute of the plan at which stage {@code stage} (0-based) of the row's step shifts traffic. */
    public int stageStart(int row, int stage) {
        return step(row).startMinute() + timing(row).stageStart(stage);
    }

    /** Minute at which the stage's deploy part ends and its bake begins. */
    public int bakeStart(int row, int stage) {
        StepTiming t = timing(row);
        return step(row).startMinute() + t.stageEnd(stage) - t.bakeMinutes(stage);
    }

    /** Minute of the stage's gate check. */
    public int stageEnd(int row, int stage) {
        return step(row).startMinute() + timing(row).stageEnd(stage);
    }
}
