package dev.stagecraft.simulation;

import dev.stagecraft.model.StepTiming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Simulates one scenario of a plan (DESIGN.md, "Simulation"): the injected bad versions, or the ones a Monte
 * Carlo run draws, and the environmental faults; then detection, halt, the on-failure policy and the
 * reverse-dependency rollbacks.
 *
 * <p>How: nothing changes the schedule before the first gate fails, so every step starts and ends as in the
 * plan's schedule until then; the first detection t0 is the earliest detection minute over all bad versions
 * and fault-hit stages. From t0 no step and no stage starts; steps being rolled back stop at once, the others
 * finish their current stage and hold (a bad version in that stage is caught at its end: a further failure).
 * Rollbacks then run dependents first: a step's rollback starts at its trigger, or when the last rollback of
 * a rolled-back step that depends on it (through {@code after}, transitively) ends. Each run is
 * O(steps + their after-edges + bad versions), independent of how many minutes the plan spans; no event queue.
 * A priority-queue-of-events simulator of the same contract is kept in the tests and benchmarks as the
 * reference it is checked against.
 *
 * <p>Rules the contract leaves open, chosen here and documented in the README:
 * <ul>
 *   <li>Monte Carlo: each member of each step is bad with its {@code failureProbability}, independently; a bad
 *       step is caught at stage i with probability p_i/100 given that no earlier stage caught it (the last
 *       stage, at 100%, always catches); it is bad from the start of that stage, as {@code --inject ID@K}.</li>
 *   <li>A step with a zero-length stage can start and fail in the same minute; a step that would start at t0
 *       does not.</li>
 *   <li>A stage whose end is at or before a rolled-back step's trigger had its gate judged; a bad version
 *       injected by minute into a step that the halt stopped before that minute has no effect.</li>
 *   <li>Impact adds up over bad versions and faults: two bad versions exposing the same component both count.
 *       A fault's own outage is part of the impact (origin: the faulted component).</li>
 * </ul>
 */
public final class Simulator {
    static final int NONE = RunResult.NONE;
    private static final int NEVER = Integer.MAX_VALUE;
    private static final long SALT_BAD = 1;
    private static final long SALT_STAGE = 1_000;

    private enum Source { STAGE, FAULT, AFTER_COMPLETION }

    private final SimulationPlan plan;
    private final Scenario scenario;
    private final BadVersion[] injected;
    private final int[] faultDetection;
    private final int[] faultStage;
    private final List<Exposure> faultExposures;

    /** @throws SimulationException when an injection or fault does not fit the plan */
    public Simulator(SimulationPlan plan, Scenario scenario) {
        this.plan = plan;
        this.scenario = scenario;
        this.injected = InjectedVersions.of(plan, scenario);
        this.faultDetection = new int[plan.stepCount()];
        Arrays.fill(faultDetection, NEVER);
        this.faultStage = filled(plan.stepCount(), NONE);
        this.faultExposures = new ArrayList<>();
        for (Fault f : scenario.faults()) {
            applyFault(f);
        }
    }

    public SimulationPlan plan() {
        return plan;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario as given: the injected bad versions (none when it injects nothing) and the faults. */
    public RunResult run() {
        return resolve(injected);
    }

    /**
     * Run {@code run} of a Monte Carlo batch with seed {@code seed}: bad versions drawn at random when the
     * scenario injects none, else the injected ones; sign-off latencies drawn per run when their rules give a p90
     * above the median ({@link SimulationPlan#drawnFor}). A pure function of (seed, run): the same on any thread.
     */
    public RunResult run(long seed, long run) {
        // sign-offs take a latency drawn for this run: the run meets its own schedule
        Simulator s = plan.approvalsVary() ? new Simulator(plan.drawnFor(seed, run), scenario) : this;
        return s.resolve(scenario.drawsFailures() ? s.draw(seed, run) : s.injected);
    }

    private BadVersion[] draw(long seed, long run) {
        List<BadVersion> bad = null;
        int n = plan.stepCount();
        for (int k = 0; k < n; k++) {
            int[] members = plan.membersShared(k);
            int stage = NONE;
            for (int v : members) {
                if (Draws.uniform(seed, run, plan.key(v), SALT_BAD) >= plan.failureProbability(v)) {
                    continue;
                }
                if (stage == NONE) {
                    stage = catchingStage(seed, run, k, plan.key(members[0]));
                }
                if (bad == null) {
                    bad = new ArrayList<>(4);
                }
                bad.add(atStage(v, k, stage, plan.start(k) + plan.timing(k).stageStart(stage)));
            }
        }
        return bad == null ? new BadVersion[0] : bad.toArray(new BadVersion[0]);
    }

    /** Stage i catches with probability p_i/100 if no earlier one did; the last always catches. */
    private int catchingStage(long seed, long run, int step, long key) {
        StepTiming t = plan.timing(step);
        int last = t.stageCount() - 1;
        for (int i = 0; i < last; i++) {
            if (Draws.uniform(seed, run, key, SALT_STAGE + i) < t.percent(i) / 100.0) {
                return i;
            }
        }
        return last;
    }

    private BadVersion atStage(int v, int step, int stage, int from) {
        StepTiming t = plan.timing(step);
        return new BadVersion(v, step, stage, from, t.percent(stage), plan.start(step) + t.stageEnd(stage));
    }

    private void applyFault(Fault f) {
        int x = plan.snapshot().indexOf(f.component());
        if (x < 0) {
            throw new SimulationException("--fault " + f.text() + ": no component '" + f.component() + "' in the graph");
        }
        boolean[] hit = new boolean[plan.snapshot().size()];
        hit[x] = true;
        var split = plan.blastRadius(x);
        for (int v : split.outage()) {
            hit[v] = true;
        }
        for (int v : split.degraded()) {
            hit[v] = true;
        }
        for (int k = 0; k < plan.stepCount(); k++) {
            boolean affected = false;
            for (int v : plan.membersShared(k)) {
                affected |= hit[v];
            }
            if (!affected) {
                continue;
            }
            StepTiming t = plan.timing(k);
            int start = plan.start(k);
            for (int i = 0; i < t.stageCount(); i++) {
                int from = start + t.stageStart(i);
                int to = start + t.stageEnd(i);
                if (Math.max(from, f.from()) < Math.min(to, f.to())) {
                    if (to < faultDetection[k]) {
                        faultDetection[k] = to;
                        faultStage[k] = i;
                    }
                    break;
                }
            }
        }
        faultExposures.add(new Exposure(x, NONE, f.from(), f.to(), 100, true,
                (double) (f.to() - f.from()) * plan.impactWeight(x)));
    }

    /** The run given its bad versions. */
    RunResult resolve(BadVersion[] bad) {
        int n = plan.stepCount();
        int[] detection = faultDetection.clone();
        int[] stage = faultStage.clone();
        Source[] source = new Source[n];
        for (int k = 0; k < n; k++) {
            source[k] = detection[k] == NEVER ? null : Source.FAULT;
        }
        for (BadVersion b : bad) {
            // the first gate to fail: earliest minute, then earliest stage (zero-length stages share a minute,
            // after completion counts as after every stage), then a bad version over a fault in the same gate
            int k = b.step();
            int bStage = b.afterCompletion() ? Integer.MAX_VALUE : b.stage();
            int kStage = source[k] == Source.AFTER_COMPLETION ? Integer.MAX_VALUE : stage[k];
            if (b.detectionMinute() < detection[k] || b.detectionMinute() == detection[k]
                    && (bStage < kStage || bStage == kStage && source[k] == Source.FAULT)) {
                detection[k] = b.detectionMinute();
                stage[k] = b.stage();
                source[k] = b.afterCompletion() ? Source.AFTER_COMPLETION : Source.STAGE;
            }
        }
        int t0 = NEVER;
        for (int d : detection) {
            t0 = Math.min(t0, d);
        }
        return t0 == NEVER ? completed(bad) : halted(bad, detection, stage, source, t0);
    }

    private RunResult completed(BadVersion[] bad) {
        int n = plan.stepCount();
        int[] last = new int[n];
        int[] done = new int[n];
        for (int k = 0; k < n; k++) {
            last[k] = plan.timing(k).stageCount() - 1;
            done[k] = plan.end(k);
        }
        int[] none = filled(n, NONE);
        double impact = 0;
        for (Exposure e : faultExposures) {
            impact += e.impact();
        }
        return new RunResult(plan, Outcome.COMPLETED, null, NONE, plan.makespan(), impact, last, none.clone(),
                none.clone(), done, none.clone(), none.clone(), none.clone(), faultExposures, scenario.faults(), new int[0]);
    }

    private RunResult halted(BadVersion[] bad, int[] detection, int[] failStage, Source[] source, int t0) {
        int n = plan.stepCount();
        boolean[] started = new boolean[n];
        boolean[] running = new boolean[n];
        boolean[] rolledBack = new boolean[n];
        int[] trigger = filled(n, NONE);
        boolean[] stuck = new boolean[1];
        int[] last = filled(n, NONE);
        int[] gateFail = filled(n, NONE);
        int[] hold = filled(n, NONE);
        int[] done = filled(n, NONE);
        boolean allFault = true;
        for (int k = 0; k < n; k++) {
            started[k] = plan.start(k) < t0 || detection[k] == t0;
            if (detection[k] == t0) {
                gateFail[k] = t0;
                allFault &= source[k] == Source.FAULT;
            }
        }
        // the policy at t0
        for (int k = 0; k < n; k++) {
            boolean inPolicy = switch (scenario.onFailure()) {
                case HALT, ROLLBACK_DEPENDENTS -> gateFail[k] == t0;
                case ROLLBACK_ALL -> started[k];
            };
            if (inPolicy) {
                rollBack(k, t0, started, rolledBack, trigger, stuck);
            }
        }
        // where every started step is at t0, and the failures still to come
        List<int[]> later = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!started[k]) {
                continue;
            }
            StepTiming t = plan.timing(k);
            int start = plan.start(k);
            if (gateFail[k] == t0 && source[k] != Source.AFTER_COMPLETION) {
                last[k] = failStage[k]; // a zero-length stage failing at t0 did start
            } else if (plan.end(k) < t0 || plan.end(k) == t0
                    && (gateFail[k] == t0 || stageEndingAt(t, t0 - start) == t.stageCount() - 1)) {
                // zero-length last stages that would start at t0 do not (the step holds at t0), unless it fails at t0
                last[k] = t.stageCount() - 1;
                done[k] = plan.end(k);
                if (detection[k] != NEVER && detection[k] > t0) {
                    later.add(new int[] {detection[k], k}); // a bad version after completion, caught later
                }
            } else {
                running[k] = true;
                last[k] = stageEndingAt(t, t0 - start);
                int stageEnd = start + t.stageEnd(last[k]);
                if (!rolledBack[k] && source[k] != Source.AFTER_COMPLETION && failStage[k] == last[k]) {
                    later.add(new int[] {stageEnd, k}); // its current stage was the bad one
                } else if (!rolledBack[k] && source[k] == Source.AFTER_COMPLETION && last[k] == t.stageCount() - 1) {
                    later.add(new int[] {detection[k], k}); // completes during the halt, then its bad version shows
                }
            }
        }
        later.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        for (int[] failure : later) {
            int k = failure[1];
            if (rolledBack[k]) {
                if (trigger[k] == failure[0]) {
                    gateFail[k] = failure[0]; // its gate ends at its trigger, so it was judged
                }
                continue; // else stopped before that gate
            }
            gateFail[k] = failure[0];
            rollBack(k, failure[0], started, rolledBack, trigger, stuck);
        }
        // a running step finishes its current stage unless its rollback stops it first; the last stage completes it
        for (int k = 0; k < n; k++) {
            if (!running[k]) {
                continue;
            }
            int stageEnd = plan.start(k) + plan.timing(k).stageEnd(last[k]);
            boolean finished = !rolledBack[k] || trigger[k] >= stageEnd;
            boolean stageFailed = gateFail[k] == stageEnd && source[k] != Source.AFTER_COMPLETION;
            if (!finished || stageFailed) {
                continue;
            }
            if (last[k] == plan.timing(k).stageCount() - 1) {
                done[k] = stageEnd;
            } else {
                hold[k] = stageEnd;
            }
        }
        int[] rollbackStart = filled(n, NONE);
        int[] rollbackEnd = filled(n, NONE);
        scheduleRollbacks(started, rolledBack, trigger, rollbackStart, rollbackEnd);

        List<Exposure> exposures = new ArrayList<>(faultExposures);
        int fixEnd = NONE;
        double impact = 0;
        for (Exposure e : faultExposures) {
            impact += e.impact();
        }
        for (BadVersion b : bad) {
            int k = b.step();
            boolean out = started[k] && (b.afterCompletion() ? done[k] != NONE : b.stage() <= last[k]);
            if (!out) {
                continue;
            }
            boolean fixForward = !rolledBack[k] && plan.irreversible(k);
            if (!rolledBack[k] && !fixForward) {
                throw new IllegalStateException("bad version of step " + plan.stepId(k) + " out but never rolled back");
            }
            if (!fixForward && !b.afterCompletion() && b.fromMinute() > trigger[k]) {
                continue; // injected by minute after the halt had stopped the step: no effect
            }
            // a contract cannot be rolled back: its bad version is out until a fix forward, taken to last as long as
            // its rollback would have
            int to = fixForward ? Math.max(t0, b.fromMinute()) + plan.rollbackMinutes(k) : rollbackEnd[k];
            if (b.fromMinute() >= to) {
                continue;
            }
            if (fixForward) {
                fixEnd = Math.max(fixEnd, to);
            }
            double hurt = (double) (to - b.fromMinute()) * b.percent() / 100.0 * plan.impactWeight(b.component());
            exposures.add(new Exposure(b.component(), k, b.fromMinute(), to, b.percent(), false, hurt));
            impact += hurt;
        }

        int duration = Math.max(t0, fixEnd);
        boolean everyStartedRolledBack = true;
        for (int k = 0; k < n; k++) {
            if (!started[k]) {
                continue;
            }
            everyStartedRolledBack &= rolledBack[k];
            duration = Math.max(duration, Math.max(Math.max(gateFail[k], hold[k]), Math.max(done[k], rollbackEnd[k])));
        }
        Integer[] order = new Integer[0];
        List<Integer> back = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (rolledBack[k]) {
                back.add(k);
            }
        }
        order = back.toArray(order);
        Arrays.sort(order, Comparator.<Integer>comparingInt(k -> rollbackStart[k]).thenComparing(k -> -k));
        return new RunResult(plan, everyStartedRolledBack ? Outcome.ROLLED_BACK : Outcome.HALTED,
                allFault ? Cause.FAULT : Cause.BAD_VERSION, t0, duration, impact, last, gateFail, hold, done, trigger,
                rollbackStart, rollbackEnd, exposures, scenario.faults(),
                Arrays.stream(order).mapToInt(Integer::intValue).toArray(), stuck[0]);
    }

    /** Marks k for rollback from {@code at}; under rollback-dependents also its started dependents. */
    private void rollBack(int k, int at, boolean[] started, boolean[] rolledBack, int[] trigger, boolean[] stuck) {
        if (rolledBack[k]) {
            return;
        }
        if (plan.irreversible(k)) {
            stuck[0] = true; // a contract dropped the old shape: nothing to roll back to (README, Data-layer steps)
            return;
        }
        rolledBack[k] = true;
        trigger[k] = at;
        if (scenario.onFailure() != OnFailure.ROLLBACK_DEPENDENTS) {
            return;
        }
        int[] stack = new int[plan.stepCount()];
        int top = 0;
        stack[top++] = k;
        while (top > 0) {
            int s = stack[--top];
            for (int d : plan.dependents(s)) {
                if (started[d] && !rolledBack[d]) {
                    if (plan.irreversible(d)) {
                        stuck[0] = true;
                        continue;
                    }
                    rolledBack[d] = true;
                    trigger[d] = at;
                    stack[top++] = d;
                }
            }
        }
    }

    /**
     * Dependents first: walking the plan backwards (it is in topological order), {@code below[k]} is the last
     * rollback end among rolled-back steps that depend on k, directly or not.
     */
    private void scheduleRollbacks(boolean[] started, boolean[] rolledBack, int[] trigger, int[] rollbackStart,
                                   int[] rollbackEnd) {
        int n = plan.stepCount();
        int[] below = filled(n, NONE);
        for (int k = n - 1; k >= 0; k--) {
            if (!started[k]) {
                continue;
            }
            int latest = NONE;
            for (int d : plan.dependents(k)) {
                if (started[d]) {
                    latest = Math.max(latest, Math.max(below[d], rollbackEnd[d]));
                }
            }
            below[k] = latest;
            if (rolledBack[k]) {
                rollbackStart[k] = Math.max(trigger[k], latest);
                rollbackEnd[k] = rollbackStart[k] + plan.rollbackMinutes(k);
            }
        }
    }

    /** The stage in progress at {@code offset} minutes into the step (the first one ending at or after it). */
    private static int stageEndingAt(StepTiming t, int offset) {
        for (int i = 0; i < t.stageCount(); i++) {
            if (t.stageEnd(i) >= offset) {
                return i;
            }
        }
        return t.stageCount() - 1;
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }
}
