package dev.stagecraft.plan;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.model.ApprovalRule;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.StepTiming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds the {@link RolloutPlan} of a graph (DESIGN.md, "Plan file"): one step per rollout unit that
 * advances something (the {@code changing} components; all components when none is marked), each step
 * waiting for the steps of what it depends on, transitively through components that do not advance.
 *
 * <p>Steps are ordered by wave, then longest tail first (the longest chain of minutes that still follows
 * them), then id — a topological order. The schedule is list scheduling under {@code maxParallel}, ready
 * steps by longest tail then id ({@link StepSchedule}); the summary's critical path is the longest chain
 * of the step DAG ({@link PlanCriticalPath}). With a start date-time ({@link PlanOptions#start()}) every stage
 * starts only when the graph's change windows and freezes allow ({@link ChangeCalendar}): the steps' minutes then
 * include the waits, and each step carries its wall-clock times and waits ({@link StepClock}).
 * Deterministic: the same graph and options give an equal plan.
 * O(V log V + E) plus the blast radii ({@link StepBlastRadii}).
 */
public final class PlanBuilder {
    private final ServiceGraph graph;
    private final GraphAnalysis analysis;
    private final PlanOptions options;

    /** The plan of a graph that has no analysis yet; one is built for it. */
    public PlanBuilder(ServiceGraph graph, PlanOptions options) {
        this(GraphAnalysis.of(graph), options);
    }

    /** The plan of one revision, reusing its units and strongly connected components. */
    public PlanBuilder(GraphAnalysis analysis, PlanOptions options) {
        this.graph = analysis.graph();
        this.analysis = analysis;
        this.options = options;
    }

    public RolloutPlan build() {
        GraphSnapshot snapshot = analysis.snapshot();
        // ordered by the graph's dependencies plus the data-layer rules (same components, same indexes)
        RolloutUnits units = MigrationOrder.of(analysis).units();
        boolean all = IntStream.range(0, snapshot.size()).noneMatch(snapshot::changing);
        StepGraph steps = new StepGraph(units, all);
        int n = steps.count();
        int[] durations = steps.durations();
        int[][] after = steps.afterLists();
        int[] tail = StepPriority.tails(durations, after);
        String[] ids = StepNames.of(steps, units);
        Integer[] fileOrder = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(fileOrder, Comparator.<Integer>comparingInt(steps::wave)
                .thenComparing(k -> -tail[k])
                .thenComparing(k -> ids[k])
                .thenComparing(k -> snapshot.id(steps.members(k)[0])));
        String[] unique = StepNames.unique(ids, fileOrder);
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[fileOrder[p]] = p;
        }
        int[] rank = StepPriority.rank(tail, unique);
        List<List<Component>> memberLists = new ArrayList<>(n);
        StepRollout[] rollouts = new StepRollout[n];
        for (int k = 0; k < n; k++) {
            List<Component> members = new ArrayList<>(steps.members(k).length);
            for (int v : steps.members(k)) {
                members.add(graph.requireComponent(snapshot.id(v)));
            }
            memberLists.add(members);
            rollouts[k] = StepRollout.of(members);
        }
        ChangeCalendar calendar = options.start() == null ? null
                : new ChangeCalendar(graph.metadata().governance(), options.start());
        List<List<StepApproval>> approvals = new ArrayList<>(n);
        int[] delay = new int[n];
        String[] delayCause = new String[n];
        boolean approving = false;
        for (int k = 0; k < n; k++) {
            List<StepApproval> needed = new ArrayList<>(0);
            for (ApprovalRule rule : graph.metadata().governance().approvalsOf(memberLists.get(k))) {
                needed.add(new StepApproval(rule.id(), rule.approvers(), rule.escalation(), rule.medianMinutes()));
            }
            approvals.add(needed);
            delay[k] = StepApproval.waitOf(needed);
            delayCause[k] = needed.isEmpty() ? null : "approval " + String.join(", ",
                    needed.stream().map(StepApproval::rule).toList());
            approving |= !needed.isEmpty();
        }
        CapacityLedger ledger = new CapacityLedger(graph.metadata().governance(), memberLists);
        boolean budgeted = ledger.budgeted();
        CalendarTiming held = null;
        StepSchedule schedule;
        if (calendar == null && !approving && !budgeted) {
            schedule = new StepSchedule(durations, after, rank, options.maxParallel());
        } else {
            StepTiming[] timing = new StepTiming[n];
            ChangeCalendar.StepRules[] rules = new ChangeCalendar.StepRules[n];
            for (int k = 0; k < n; k++) {
                timing[k] = PlanStep.timing(steps.durationMinutes(k), rollouts[k].stages());
                rules[k] = calendar == null ? null : calendar.rules(memberLists.get(k));
            }
            held = new CalendarTiming(timing, rules, delay, delayCause, unique);
            schedule = new StepSchedule(n, after, rank, options.maxParallel(), held, budgeted ? ledger : null);
        }
        StepBlastRadii radii = new StepBlastRadii(snapshot, analysis.stronglyConnected(), membersOf(steps));

        List<PlanStep> planSteps = new ArrayList<>(n);
        int components = 0;
        int waited = 0;
        int approvalWait = 0;
        for (int p = 0; p < n; p++) {
            int k = fileOrder[p];
            List<String> memberIds = new ArrayList<>(steps.members(k).length);
            for (int v : steps.members(k)) {
                memberIds.add(snapshot.id(v));
            }
            components += memberIds.size();
            int[] waitFor = Arrays.stream(after[k]).map(a -> position[a]).sorted().toArray();
            List<String> afterIds = new ArrayList<>(waitFor.length);
            for (int q : waitFor) {
                afterIds.add(unique[fileOrder[q]]);
            }
            StepRollout rollout = rollouts[k];
            StepClock clock = calendar == null ? null : new StepClock(calendar.written(schedule.start(k)),
                    calendar.written(schedule.end(k)), held.waits(k));
            if (clock != null) {
                waited += clock.waitMinutes();
            }
            approvalWait += delay[k];
            planSteps.add(new PlanStep(unique[k], memberIds, afterIds, steps.wave(k), schedule.start(k),
                    schedule.end(k), steps.durationMinutes(k), rollout.stages(), rollout.acceptance(),
                    rollout.rollback(), rollout.rollbackMinutes(), radii.of(k), clock, approvals.get(k)));
        }
        List<String> rollbackOrder = new ArrayList<>(n);
        for (int p = n - 1; p >= 0; p--) {
            rollbackOrder.add(unique[fileOrder[p]]);
        }
        int waves = n == 0 ? 0 : steps.wave(fileOrder[n - 1]) + 1;
        PlanClock clock = calendar == null ? null : new PlanClock(calendar.written(0),
                options.start().getZone().getId(), calendar.written(schedule.makespan()), waited);
        List<String> overBudget = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (budgeted && ledger.overBudget(fileOrder[p])) {
                overBudget.add(unique[fileOrder[p]]);
            }
        }
        PlanSummary summary = new PlanSummary(components, n, waves, options.maxParallel(), schedule.makespan(),
                schedule.peak(), criticalPath(durations, after, tail, unique, fileOrder), clock, approvalWait,
                budgeted ? ledger.usage() : List.of(), overBudget);
        return new RolloutPlan(metadata(), summary, planSteps, rollbackOrder);
    }

    private PlanMetadata metadata() {
        String graphName = graph.metadata().name();
        String name = options.name() != null ? options.name()
                : graphName != null && !graphName.isBlank() ? graphName + "-rollout" : "rollout";
        String digest = options.digest() != null ? options.digest() : GraphDigest.of(graph);
        return new PlanMetadata(name, graphName, digest);
    }

    private static int[][] membersOf(StepGraph steps) {
        int[][] members = new int[steps.count()][];
        for (int k = 0; k < members.length; k++) {
            members[k] = steps.members(k);
        }
        return members;
    }

    /**
     * The longest chain of the step DAG: from the first step (in file order) with the longest tail, each time
     * into the waiting step that carries the rest of the tail (smallest id on ties).
     */
    private static PlanCriticalPath criticalPath(int[] durations, int[][] after, int[] tail, String[] ids,
                                                 Integer[] fileOrder) {
        int n = durations.length;
        if (n == 0) {
            return new PlanCriticalPath(0, List.of());
        }
        List<List<Integer>> waiting = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            waiting.add(new ArrayList<>(0));
        }
        for (int k = 0; k < n; k++) {
            for (int a : after[k]) {
                waiting.get(a).add(k);
            }
        }
        int current = fileOrder[0];
        for (int k : fileOrder) {
            if (tail[k] > tail[current]) {
                current = k;
            }
        }
        int minutes = tail[current];
        List<String> path = new ArrayList<>();
        while (current >= 0) {
            path.add(ids[current]);
            int rest = tail[current] - durations[current];
            int next = -1;
            for (int d : waiting.get(current)) {
                if (tail[d] == rest && (next < 0 || ids[d].compareTo(ids[next]) < 0)) {
                    next = d;
                }
            }
            current = next;
        }
        return new PlanCriticalPath(minutes, Collections.unmodifiableList(path));
    }
}
