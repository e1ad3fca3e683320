package dev.stagecraft.simulation;

import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.ApprovalRule;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.plan.CalendarTiming;
import dev.stagecraft.plan.CapacityLedger;
import dev.stagecraft.plan.ChangeCalendar;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.StepPriority;
import dev.stagecraft.plan.StepSchedule;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A plan made ready to simulate: its steps as int arrays in plan order (a topological order), each step's
 * stage timing (DESIGN.md, "Step timing"), the schedule under a max-parallel limit, and the graph facts the
 * impact needs (tiers, blast radii). Immutable and thread-safe; one per plan and limit, shared by every run.
 *
 * <p>The schedule is the plan's own list scheduling ({@link StepSchedule} with {@link StepPriority}), so with
 * nothing failing a run reproduces the plan's {@code startMinute}/{@code endMinute} exactly. O(V log V + E) to
 * build; each component's impact weight is computed on first use (one blast-radius traversal) and kept.
 */
public final class SimulationPlan {
    /** Impact weight of a component by tier 0..3 (DESIGN.md: w = 8, 4, 2, 1). */
    private static final int[] TIER_WEIGHT = {8, 4, 2, 1};
    private static final long SALT_APPROVAL = 1_000_000;

    private final RolloutPlan plan;
    private final GraphSnapshot snapshot;
    private final FastBlastRadius blastRadius;
    private final int maxParallel;
    private final String[] stepIds;
    private final StepTiming[] timing;
    private final int[][] after;
    private final int[][] dependents;
    private final int[] rollbackMinutes;
    /** Steps with a data-layer contract among their members: they cannot be rolled back. */
    private final boolean[] irreversible;
    private final int[][] members;
    private final int[] stepOf;
    private final double[] failureProbability;
    private final long[] keyOfComponent;
    /** The steps' timing as the plan gives it, before windows hold their stages. */
    private final StepTiming[] planTiming;
    private final int[] rank;
    private final String[] delayCause;
    /** Per step with a calendar, the windows and freezes holding its stages; {@code null} without one. */
    private final ChangeCalendar.StepRules[] calendarRules;
    private final CapacityLedger budgets;
    /** Per step, its sign-offs' latency (median, log-normal sigma), empty for none. */
    private final double[][] approvalMedian;
    private final double[][] approvalSigma;
    private final boolean approvalsVary;
    private final int[] delay;
    private final int[] start;
    private final int[] end;
    private final int makespan;
    private final AtomicReferenceArray<double[]> weights;

    /**
     * @param graph       the graph the plan was made from (components, tiers, failure probabilities)
     * @param plan        the plan; every step's components must be in the graph
     * @param maxParallel at most this many steps at once ({@link PlanOptions#UNLIMITED} for none)
     */
    public SimulationPlan(ServiceGraph graph, RolloutPlan plan, int maxParallel) {
        this(GraphAnalysis.of(graph), plan, maxParallel);
    }

    /**
     * @param analysis    the revision the plan was made from, built from its graph; its blast-radius index
     *                    is the one the simulation weighs impact with
     * @param plan        the plan; every step's components must be in the graph
     * @param maxParallel at most this many steps at once ({@link PlanOptions#UNLIMITED} for none)
     */
    public SimulationPlan(GraphAnalysis analysis, RolloutPlan plan, int maxParallel) {
        ServiceGraph graph = analysis.graph();
        GraphSnapshot snapshot = analysis.snapshot();
        if (maxParallel < 1) {
            throw new IllegalArgumentException("maxParallel must be at least 1, was " + maxParallel);
        }
        this.plan = plan;
        this.snapshot = snapshot;
        this.blastRadius = analysis.blastRadius();
        this.maxParallel = maxParallel;
        List<PlanStep> steps = plan.steps();
        int n = steps.size();
        stepIds = new String[n];
        timing = new StepTiming[n];
        after = new int[n][];
        rollbackMinutes = new int[n];
        members = new int[n][];
        int size = snapshot.size();
        stepOf = new int[size];
        Arrays.fill(stepOf, -1);
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            PlanStep s = steps.get(k);
            stepIds[k] = s.id();
            index.put(s.id(), k);
        }
        int[] durations = new int[n];
        int[] dependentCount = new int[n];
        for (int k = 0; k < n; k++) {
            PlanStep s = steps.get(k);
            timing[k] = s.timing();
            durations[k] = timing[k].effectiveMinutes();
            rollbackMinutes[k] = s.rollbackMinutes();
            after[k] = new int[s.after().size()];
            for (int i = 0; i < after[k].length; i++) {
                Integer a = index.get(s.after().get(i));
                if (a == null || a >= k) {
                    throw new IllegalArgumentException("step '" + s.id() + "' waits for '" + s.after().get(i)
                            + "', which is not an earlier step of the plan");
                }
                after[k][i] = a;
                dependentCount[a]++;
            }
            members[k] = new int[s.components().size()];
            for (int i = 0; i < members[k].length; i++) {
                int v = snapshot.indexOf(s.components().get(i));
                if (v < 0) {
                    throw new IllegalArgumentException("step '" + s.id() + "' advances '" + s.components().get(i)
                            + "', which the graph does not have");
                }
                members[k][i] = v;
                stepOf[v] = k;
            }
        }
        dependents = new int[n][];
        for (int k = 0; k < n; k++) {
            dependents[k] = new int[dependentCount[k]];
            dependentCount[k] = 0;
        }
        for (int k = 0; k < n; k++) {
            for (int a : after[k]) {
                dependents[a][dependentCount[a]++] = k;
            }
        }
        irreversible = new boolean[n];
        for (int k = 0; k < n; k++) {
            for (int v : members[k]) {
                irreversible[k] |= dev.stagecraft.model.Migration.of(graph.requireComponent(snapshot.id(v)))
                        .filter(m -> m.phase() == dev.stagecraft.model.Migration.Phase.CONTRACT).isPresent();
            }
        }
        failureProbability = new double[size];
        keyOfComponent = new long[size];
        for (int v = 0; v < size; v++) {
            Component c = graph.requireComponent(snapshot.id(v));
            failureProbability[v] = RolloutDefaults.effective(c).failureProbability();
            keyOfComponent[v] = Draws.key(c.id());
        }
        rank = StepPriority.rank(StepPriority.tails(durations, after), stepIds);
        delay = new int[n];
        delayCause = new String[n];
        approvalMedian = new double[n][];
        approvalSigma = new double[n][];
        Map<String, ApprovalRule> rules = new HashMap<>();
        for (ApprovalRule r : graph.metadata().governance().approvals()) {
            rules.put(r.id(), r);
        }
        boolean varies = false;
        for (int k = 0; k < n; k++) {
            List<dev.stagecraft.plan.StepApproval> approvals = steps.get(k).approvals();
            delay[k] = dev.stagecraft.plan.StepApproval.waitOf(approvals);
            delayCause[k] = "approval";
            approvalMedian[k] = new double[approvals.size()];
            approvalSigma[k] = new double[approvals.size()];
            for (int i = 0; i < approvals.size(); i++) {
                dev.stagecraft.plan.StepApproval a = approvals.get(i);
                ApprovalRule r = rules.get(a.rule());
                approvalMedian[k][i] = a.minutes();
                approvalSigma[k][i] = r == null ? 0 : ApprovalLatency.sigma(r.medianMinutes(), r.p90Minutes());
                varies |= a.minutes() > 0 && approvalSigma[k][i] > 0;
            }
        }
        approvalsVary = varies;
        List<List<Component>> stepMembers = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            List<Component> ms = new java.util.ArrayList<>(members[k].length);
            for (int v : members[k]) {
                ms.add(graph.requireComponent(snapshot.id(v)));
            }
            stepMembers.add(ms);
        }
        CapacityLedger ledger = new CapacityLedger(graph.metadata().governance(), stepMembers);
        budgets = ledger.budgeted() ? ledger : null;
        if (plan.summary().clock() == null) {
            calendarRules = null;
        } else {
            // a plan in calendar time: the same windows and freezes hold every stage as in the plan
            java.time.ZonedDateTime from = java.time.OffsetDateTime.parse(plan.summary().clock().start())
                    .atZoneSameInstant(java.time.ZoneId.of(plan.summary().clock().timeZone()));
            ChangeCalendar calendar = new ChangeCalendar(graph.metadata().governance(), from);
            calendarRules = new ChangeCalendar.StepRules[n];
            for (int k = 0; k < n; k++) {
                calendarRules[k] = calendar.rules(stepMembers.get(k));
            }
        }
        planTiming = timing.clone();
        start = new int[n];
        end = new int[n];
        makespan = schedule(delay, timing, start, end);
        weights = new AtomicReferenceArray<>(size);
    }

    /** The same plan with other sign-off delays (drawn for one run): everything else shared. */
    private SimulationPlan(SimulationPlan base, int[] delay) {
        plan = base.plan;
        snapshot = base.snapshot;
        blastRadius = base.blastRadius;
        maxParallel = base.maxParallel;
        stepIds = base.stepIds;
        after = base.after;
        dependents = base.dependents;
        rollbackMinutes = base.rollbackMinutes;
        irreversible = base.irreversible;
        members = base.members;
        stepOf = base.stepOf;
        failureProbability = base.failureProbability;
        keyOfComponent = base.keyOfComponent;
        planTiming = base.planTiming;
        rank = base.rank;
        delayCause = base.delayCause;
        calendarRules = base.calendarRules;
        budgets = base.budgets;
        approvalMedian = base.approvalMedian;
        approvalSigma = base.approvalSigma;
        approvalsVary = base.approvalsVary;
        weights = base.weights;
        this.delay = delay;
        int n = stepIds.length;
        timing = planTiming.clone();
        start = new int[n];
        end = new int[n];
        makespan = schedule(delay, timing, start, end);
    }

    /** Schedules the steps with these sign-off delays: fills timing (held by windows), start and end; the makespan. */
    private int schedule(int[] delay, StepTiming[] timing, int[] start, int[] end) {
        int n = stepIds.length;
        boolean approving = false;
        for (int d : delay) {
            approving |= d > 0;
        }
        StepSchedule schedule;
        if (calendarRules == null && !approving && budgets == null) {
            int[] durations = new int[n];
            for (int k = 0; k < n; k++) {
                durations[k] = timing[k].effectiveMinutes();
            }
            schedule = new StepSchedule(durations, after, rank, maxParallel);
        } else {
            // sign-offs hold each step before its first stage, budgets keep steps apart and windows hold stages,
            // as in the plan
            ChangeCalendar.StepRules[] rules = calendarRules == null ? new ChangeCalendar.StepRules[n] : calendarRules;
            CalendarTiming held = new CalendarTiming(timing.clone(), rules, delay, delayCause, stepIds);
            schedule = new StepSchedule(n, after, rank, maxParallel, held, budgets == null ? null : budgets.fresh());
            if (calendarRules != null) {
                for (int k = 0; k < n; k++) {
                    timing[k] = held.held(k);
                }
            }
        }
        for (int k = 0; k < n; k++) {
            start[k] = schedule.start(k);
            end[k] = schedule.end(k);
        }
        return schedule.makespan();
    }

    /** Whether sign-off latency varies from run to run (some rule's p90 is above its median). */
    public boolean approvalsVary() {
        return approvalsVary;
    }

    /**
     * This plan as run {@code run} of a batch with seed {@code seed} meets it: each step's sign-offs take a latency
     * drawn from their rules' log-normals (all asked at once: the step waits for the slowest), the schedule
     * recomputed. This plan itself when no latency varies. A pure function of (seed, run).
     */
    public SimulationPlan drawnFor(long seed, long run) {
        if (!approvalsVary) {
            return this;
        }
        int n = stepIds.length;
        int[] drawn = new int[n];
        for (int k = 0; k < n; k++) {
            long key = Draws.key(stepIds[k]);
            for (int i = 0; i < approvalMedian[k].length; i++) {
                double u1 = Draws.uniform(seed, run, key, SALT_APPROVAL + 2L * i);
                double u2 = Draws.uniform(seed, run, key, SALT_APPROVAL + 2L * i + 1);
                drawn[k] = Math.max(drawn[k], ApprovalLatency.draw(approvalMedian[k][i], approvalSigma[k][i], u1, u2));
            }
        }
        return new SimulationPlan(this, drawn);
    }

    /** The minutes step {@code step} waits for its sign-offs before its first stage (in a drawn plan, as drawn). */
    public int approvalDelay(int step) {
        return delay[step];
    }

    public RolloutPlan plan() {
        return plan;
    }

    public GraphSnapshot snapshot() {
        return snapshot;
    }

    public int maxParallel() {
        return maxParallel;
    }

    public int stepCount() {
        return stepIds.length;
    }

    public String stepId(int step) {
        return stepIds[step];
    }

    /** The step's index in plan order, or -1. */
    public int stepIndex(String id) {
        for (int k = 0; k < stepIds.length; k++) {
            if (stepIds[k].equals(id)) {
                return k;
            }
        }
        return -1;
    }

    public StepTiming timing(int step) {
        return timing[step];
    }

    int[] after(int step) {
        return after[step];
    }

    int[] dependents(int step) {
        return dependents[step];
    }

    /** Whether the step contracts a data store (drops its old shape): it cannot be rolled back. */
    public boolean irreversible(int step) {
        return irreversible[step];
    }

    public int rollbackMinutes(int step) {
        return rollbackMinutes[step];
    }

    /** Component indexes (of {@link #snapshot()}) the step advances. */
    public int[] members(int step) {
        return members[step].clone();
    }

    int[] membersShared(int step) {
        return members[step];
    }

    /** The step advancing component v, or -1 when the plan does not advance it. */
    public int stepOf(int component) {
        return stepOf[component];
    }

    double failureProbability(int component) {
        return failureProbability[component];
    }

    long key(int component) {
        return keyOfComponent[component];
    }

    /** Start minute of the step when nothing fails. */
    public int start(int step) {
        return start[step];
    }

    /** End minute of the step when nothing fails. */
    public int end(int step) {
        return end[step];
    }

    /** When the last step ends when nothing fails. */
    public int makespan() {
        return makespan;
    }

    public static int tierWeight(int tier) {
        return TIER_WEIGHT[Math.max(0, Math.min(3, tier))];
    }

    /**
     * Impact per minute of a bad version of component v at 100% exposure: its own tier weight plus its outage
     * set's, plus half its degraded set's ({@code w(tier) * (1 outage, 0.5 degraded)}).
     */
    public double impactWeight(int v) {
        return impact(v)[0];
    }

    /** The outage set of v (v excluded) and its degraded set, as component indexes. */
    public FastBlastRadius.Split blastRadius(int v) {
        return blastRadius.split(v);
    }

    private double[] impact(int v) {
        double[] known = weights.get(v);
        if (known != null) {
            return known;
        }
        FastBlastRadius.Split split = blastRadius.split(v);
        double w = tierWeight(snapshot.tier(v));
        for (int o : split.outage()) {
            w += tierWeight(snapshot.tier(o));
        }
        double degraded = 0;
        for (int d : split.degraded()) {
            degraded += tierWeight(snapshot.tier(d));
        }
        double[] value = {w + 0.5 * degraded};
        weights.compareAndSet(v, null, value);
        return value;
    }
}
