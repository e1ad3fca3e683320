package dev.stagecraft.simulation;

import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.plan.PlanStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The reference the fast {@link Simulator} is checked against: a plain discrete-event simulation of the
 * contract (DESIGN.md, "Step timing" and "Simulation") and the rules of the package documentation, written from
 * those texts and not from the fast engine. A priority queue of events (stage start, stage end with its gate
 * check, detection of a bad version after completion, a bad version appearing at a minute, halt, rollback start
 * and end) is worked off minute by minute while every step's state is tracked; ready steps take free slots by
 * rank (longest tail, then id), all steps ending at a minute finish before anything new starts, and a
 * zero-minute step holds its slot for that instant.
 *
 * <p>Two readings of the contract shape the code:
 * <ul>
 *   <li>The halt minute t is the first gate failure of the undisturbed schedule, and "no step and no stage
 *       starts at or after t" holds for the whole minute t except for the steps whose gate fails at t (a step
 *       with a zero-length stage that fails at t itself did start). So the forward simulation runs twice: once
 *       undisturbed until the end of the first minute with a failing gate (that gives t and the steps failing
 *       at t), then for real, with the halt applied from the start of minute t.</li>
 *   <li>A rollback starts at its trigger or when the last rollback of a rolled-back step depending on it
 *       (through {@code after}, transitively) ends, whenever that step's failure comes; so rollbacks are
 *       simulated after the forward events, once the set of rolled-back steps and their triggers is known.</li>
 * </ul>
 * Slow on purpose (O(events log events) per run, two forward passes); tests and benchmarks only.
 */
final class EventQueueSimulator {
    static final int NONE = -1;
    /** The stream salts of the fast engine's Monte Carlo draws (the hook re-used to draw the same bad versions). */
    private static final long SALT_BAD = 1;
    private static final long SALT_STAGE = 1_000;

    /** A bad version as given to the reference. */
    sealed interface Bad {
        int component();

        int step();
    }

    /** Bad from the start of {@code stage} (0-based) of its step, caught at its end. */
    record BadAtStage(int component, int step, int stage) implements Bad {
    }

    /** Bad from minute {@code minute}, resolved against the step's state at that minute. */
    record BadAtMinute(int component, int step, int minute) implements Bad {
    }

    /** What a run comes to; per-step arrays in plan order, -1 for "none". */
    record Result(Outcome outcome, Cause cause, int haltMinute, int durationMinutes, double impact,
                  int[] startMinute, int[] lastStage, int[] gateFailMinute, int[] holdMinute, int[] doneMinute,
                  int[] rollbackStart, int[] rollbackEnd, List<String> rolledBackIds) {
    }

    private final SimulationPlan plan;
    private final OnFailure policy;
    private final int detectionMinutes;
    private final int n;
    private final int[][] after;
    private final int[][] dependents;
    private final int[] rank;
    private final int[] stepOfComponent;
    private final List<Fault> faults;
    private final boolean[][] faultHitsStep;
    private final double[] faultWeight;
    private final Map<Integer, Double> weights = new HashMap<>();

    EventQueueSimulator(SimulationPlan plan, Scenario scenario) {
        this.plan = plan;
        this.policy = scenario.onFailure();
        this.detectionMinutes = scenario.detectionMinutes();
        this.n = plan.stepCount();
        List<PlanStep> steps = plan.plan().steps();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < n; k++) {
            index.put(steps.get(k).id(), k);
        }
        after = new int[n][];
        List<List<Integer>> down = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            down.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            List<String> a = steps.get(k).after();
            after[k] = new int[a.size()];
            for (int i = 0; i < a.size(); i++) {
                after[k][i] = index.get(a.get(i));
                down.get(after[k][i]).add(k);
            }
        }
        dependents = new int[n][];
        for (int k = 0; k < n; k++) {
            dependents[k] = down.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        rank = rankByTailThenId();
        GraphSnapshot snapshot = plan.snapshot();
        stepOfComponent = new int[snapshot.size()];
        Arrays.fill(stepOfComponent, NONE);
        for (int k = 0; k < n; k++) {
            for (int v : plan.members(k)) {
                stepOfComponent[v] = k;
            }
        }
        faults = scenario.faults();
        faultHitsStep = new boolean[faults.size()][n];
        faultWeight = new double[faults.size()];
        for (int f = 0; f < faults.size(); f++) {
            int x = snapshot.indexOf(faults.get(f).component());
            FastBlastRadius.Split split = plan.blastRadius(x);
            mark(faultHitsStep[f], x);
            for (int v : split.outage()) {
                mark(faultHitsStep[f], v);
            }
            for (int v : split.degraded()) {
                mark(faultHitsStep[f], v);
            }
            faultWeight[f] = weight(x);
        }
    }

    private void mark(boolean[] hits, int component) {
        if (stepOfComponent[component] != NONE) {
            hits[stepOfComponent[component]] = true;
        }
    }

    /** Longest tail (the step's minutes plus the longest tail among the steps waiting for it) first, then id. */
    private int[] rankByTailThenId() {
        int[] tail = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            int longest = 0;
            for (int d : dependents[k]) {
                longest = Math.max(longest, tail[d]);
            }
            tail[k] = plan.timing(k).effectiveMinutes() + longest;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(k -> -tail[k]).thenComparing(k -> plan.stepId(k)));
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[order[i]] = i;
        }
        return r;
    }

    /** Impact per minute at 100%: tier weight of v and its outage set, half that of its degraded set. */
    double weight(int v) {
        return weights.computeIfAbsent(v, x -> {
            GraphSnapshot s = plan.snapshot();
            FastBlastRadius.Split split = plan.blastRadius(x);
            double w = SimulationPlan.tierWeight(s.tier(x));
            for (int o : split.outage()) {
                w += SimulationPlan.tierWeight(s.tier(o));
            }
            for (int d : split.degraded()) {
                w += 0.5 * SimulationPlan.tierWeight(s.tier(d));
            }
            return w;
        });
    }

    /** The scenario's injections as the reference's bad versions (ID@K: stage K-1; ID@Mm: minute M). */
    List<Bad> injected(Scenario scenario) {
        List<Bad> out = new ArrayList<>();
        for (Injection injection : scenario.injections()) {
            int v = plan.snapshot().indexOf(injection.component());
            int k = stepOfComponent[v];
            if (injection instanceof Injection.AtStage at) {
                out.add(new BadAtStage(v, k, at.stage() - 1));
            } else if (injection instanceof Injection.AtMinute at) {
                out.add(new BadAtMinute(v, k, at.minute()));
            }
        }
        return out;
    }

    /**
     * Monte Carlo run {@code run}: each member is bad with its failure probability; a bad step is caught at
     * stage i with probability p_i/100 when no earlier stage caught it, the last always catches (package docs).
     * The uniforms are the fast engine's ({@link Draws}, salts, the step's first member as the stage key).
     */
    List<Bad> drawn(long seed, long run) {
        List<Bad> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[] members = plan.members(k);
            int caught = NONE;
            for (int v : members) {
                long key = Draws.key(plan.snapshot().id(v));
                if (Draws.uniform(seed, run, key, SALT_BAD) < plan.failureProbability(v)) {
                    if (caught == NONE) {
                        caught = catchingStage(seed, run, k, Draws.key(plan.snapshot().id(members[0])));
                    }
                    out.add(new BadAtStage(v, k, caught));
                }
            }
        }
        return out;
    }

    private int catchingStage(long seed, long run, int k, long key) {
        StepTiming t = plan.timing(k);
        for (int i = 0; i < t.stageCount() - 1; i++) {
            if (Draws.uniform(seed, run, key, SALT_STAGE + i) < t.percent(i) / 100.0) {
                return i;
            }
        }
        return t.stageCount() - 1;
    }

    Result run(List<Bad> bad) {
        Forward undisturbed = new Forward(bad, NONE, new boolean[n], new boolean[n]);
        undisturbed.simulate();
        int t0 = undisturbed.firstFailure;
        if (t0 == NONE) {
            return undisturbed.completed();
        }
        boolean[] fails = new boolean[n];
        boolean[] starts = new boolean[n];
        for (int k = 0; k < n; k++) {
            fails[k] = undisturbed.gateFail[k] == t0;
            starts[k] = fails[k] && undisturbed.startMinute[k] == t0;
        }
        Forward real = new Forward(bad, t0, fails, starts);
        real.simulate();
        return real.halted();
    }

    private enum Kind {
        STAGE_START(0), STAGE_END(0), DETECTION(0), BAD_APPEARS(1), HALT(2),
        ROLLBACK_TRIGGER(0), ROLLBACK_START(0), ROLLBACK_END(0);

        final int phase;

        Kind(int phase) {
            this.phase = phase;
        }
    }

    private record Event(int minute, Kind kind, int step, int arg, long seq) {
    }

    private static final Comparator<Event> ORDER = Comparator.comparingInt(Event::minute)
            .thenComparingInt(e -> e.kind().phase).thenComparingLong(Event::seq);

    private enum State { WAITING, RUNNING, HELD, DONE, FAILED, STOPPED }

    /**
     * One forward simulation. With {@code haltAt == NONE} undisturbed: gates are judged but nothing stops,
     * and it ends with the first minute in which a gate fails. Otherwise the real run, halted at
     * {@code haltAt}, where only the steps in {@code failsAtHalt} may start or enter a stage.
     */
    private final class Forward {
        final List<Bad> bad;
        final int haltAt;
        final boolean[] failsAtHalt;
        final boolean[] startsAtHalt;
        final PriorityQueue<Event> queue = new PriorityQueue<>(ORDER);
        final PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparingInt(k -> rank[k]));
        long seq;
        final State[] state = new State[n];
        final int[] waiting = new int[n];
        final int[] startMinute = filled(NONE);
        final int[] stageStart = filled(NONE);
        final int[] lastStage = filled(NONE);
        final int[] gateFail = filled(NONE);
        final int[] hold = filled(NONE);
        final int[] done = filled(NONE);
        final int[] trigger = filled(NONE);
        final boolean[] rolledBack = new boolean[n];
        final List<List<int[]>> armed = new ArrayList<>(); // per step: {bad index, stage}
        final int[] exposedFrom;
        final int[] percent;
        int running;
        int firstFailure = NONE;
        final List<Integer> failingNow = new ArrayList<>();
        boolean badAtHalt;
        Cause cause;

        Forward(List<Bad> bad, int haltAt, boolean[] failsAtHalt, boolean[] startsAtHalt) {
            this.bad = bad;
            this.haltAt = haltAt;
            this.failsAtHalt = failsAtHalt;
            this.startsAtHalt = startsAtHalt;
            exposedFrom = new int[bad.size()];
            Arrays.fill(exposedFrom, NONE);
            percent = new int[bad.size()];
            for (int k = 0; k < n; k++) {
                armed.add(new ArrayList<>(0));
                state[k] = State.WAITING;
                waiting[k] = after[k].length;
                if (waiting[k] == 0) {
                    ready.add(k);
                }
            }
            for (int b = 0; b < bad.size(); b++) {
                Bad x = bad.get(b);
                if (x instanceof BadAtStage s) {
                    armed.get(s.step()).add(new int[] {b, s.stage()});
                    percent[b] = plan.timing(s.step()).percent(s.stage());
                } else if (x instanceof BadAtMinute m) {
                    push(m.minute(), Kind.BAD_APPEARS, m.step(), b);
                }
            }
            if (haltAt != NONE) {
                push(haltAt, Kind.HALT, NONE, NONE);
            }
        }

        boolean undisturbed() {
            return haltAt == NONE;
        }

        void push(int minute, Kind kind, int step, int arg) {
            queue.add(new Event(minute, kind, step, arg, seq++));
        }

        void simulate() {
            int t = 0;
            while (true) {
                minute(t);
                if (undisturbed() && firstFailure != NONE || queue.isEmpty()) {
                    return;
                }
                t = queue.peek().minute();
            }
        }

        /** Every event of minute t: transitions, new starts (again while zero-minute things end), then the rest. */
        void minute(int t) {
            failingNow.clear();
            while (true) {
                Event e = queue.peek();
                boolean now = e != null && e.minute() == t;
                if (now && e.kind().phase == 0) {
                    handle(queue.poll());
                } else if (startRound(t)) {
                    continue;
                } else if (now) {
                    handle(queue.poll());
                } else {
                    break;
                }
            }
            if (undisturbed() && !failingNow.isEmpty()) {
                firstFailure = t;
            } else if (!undisturbed() && !failingNow.isEmpty()) {
                if (t < haltAt) {
                    throw new IllegalStateException("a gate failed at " + t + ", before the halt at " + haltAt);
                }
                applyPolicy(t);
            }
        }

        boolean mayStart(int k, int t) {
            return undisturbed() || t < haltAt || t == haltAt && failsAtHalt[k];
        }

        boolean startRound(int t) {
            boolean any = false;
            if (!undisturbed() && t == haltAt) {
                // only a step that fails in this very minute (a zero-length stage) did start
                for (int k = 0; k < n; k++) {
                    if (startsAtHalt[k] && state[k] == State.WAITING) {
                        ready.remove(k);
                        start(k, t);
                        any = true;
                    }
                }
                return any;
            }
            if (!undisturbed() && t > haltAt) {
                return false;
            }
            while (running < plan.maxParallel() && !ready.isEmpty()) {
                start(ready.poll(), t);
                any = true;
            }
            return any;
        }

        void start(int k, int t) {
            state[k] = State.RUNNING;
            startMinute[k] = t;
            running++;
            push(t, Kind.STAGE_START, k, 0);
        }

        void handle(Event e) {
            int t = e.minute();
            int k = e.step();
            switch (e.kind()) {
                case STAGE_START -> enterStage(k, e.arg(), t);
                case STAGE_END -> gate(k, e.arg(), t);
                case DETECTION -> detectAfterCompletion(k, t);
                case BAD_APPEARS -> appears(e.arg(), t);
                case HALT -> halt(t);
                default -> throw new IllegalStateException(e.toString());
            }
        }

        void enterStage(int k, int i, int t) {
            if (state[k] != State.RUNNING) {
                return;
            }
            lastStage[k] = i;
            stageStart[k] = t;
            for (int[] a : armed.get(k)) {
                if (a[1] == i && exposedFrom[a[0]] == NONE) {
                    exposedFrom[a[0]] = t;
                }
            }
            push(t + plan.timing(k).stageEnd(i) - plan.timing(k).stageStart(i), Kind.STAGE_END, k, i);
        }

        void gate(int k, int i, int t) {
            if (state[k] != State.RUNNING) {
                return; // stopped for its rollback before this gate
            }
            boolean badHere = false;
            for (int[] a : armed.get(k)) {
                badHere |= a[1] == i;
            }
            boolean faultHere = false;
            for (int f = 0; f < faults.size(); f++) {
                Fault fault = faults.get(f);
                faultHere |= faultHitsStep[f][k] && Math.max(stageStart[k], fault.from()) < Math.min(t, fault.to());
            }
            if ((badHere || faultHere) && !undisturbed()) {
                state[k] = State.FAILED;
                running--;
                fail(k, t, badHere);
                return;
            }
            if (badHere || faultHere) {
                fail(k, t, badHere); // undisturbed: noted, the schedule goes on
            }
            StepTiming timing = plan.timing(k);
            if (i == timing.stageCount() - 1) {
                state[k] = State.DONE;
                done[k] = t;
                running--;
                for (int d : dependents[k]) {
                    if (--waiting[d] == 0) {
                        ready.add(d);
                    }
                }
            } else if (mayStart(k, t)) {
                push(t, Kind.STAGE_START, k, i + 1);
            } else {
                state[k] = State.HELD;
                hold[k] = t;
                running--;
            }
        }

        void fail(int k, int t, boolean badVersion) {
            if (gateFail[k] == NONE) {
                gateFail[k] = t;
                failingNow.add(k);
            }
            if (t == haltAt) {
                badAtHalt |= badVersion;
            }
        }

        void detectAfterCompletion(int k, int t) {
            if (state[k] == State.DONE && !rolledBack[k] && gateFail[k] == NONE) {
                fail(k, t, true);
            }
        }

        /** A bad version appearing at minute t (ID@Mm), after every transition of that minute. */
        void appears(int b, int t) {
            int k = bad.get(b).step();
            StepTiming timing = plan.timing(k);
            switch (state[k]) {
                case WAITING -> { // not started: bad from its stage 1
                    armed.get(k).add(new int[] {b, 0});
                    percent[b] = timing.percent(0);
                }
                case RUNNING -> { // in its current stage, which ends after t
                    armed.get(k).add(new int[] {b, lastStage[k]});
                    percent[b] = timing.percent(lastStage[k]);
                    exposedFrom[b] = t;
                }
                case DONE -> {
                    exposedFrom[b] = t;
                    percent[b] = 100;
                    if (!rolledBack[k] && gateFail[k] == NONE) {
                        push(t + detectionMinutes, Kind.DETECTION, k, b);
                    }
                }
                case HELD, FAILED, STOPPED -> {
                    // the halt stopped the step before this minute: no effect
                }
            }
        }

        /** The halt at minute t (its own event, after everything else in that minute). */
        void halt(int t) {
            if (failingNow.isEmpty()) {
                throw new IllegalStateException("halt at " + t + " without a failing gate");
            }
            cause = badAtHalt ? Cause.BAD_VERSION : Cause.FAULT;
            if (policy == OnFailure.ROLLBACK_ALL) {
                for (int k = 0; k < n; k++) {
                    if (lastStage[k] != NONE) {
                        rollBack(k, t);
                    }
                }
            }
        }

        void rollBack(int k, int t) {
            if (rolledBack[k]) {
                return;
            }
            rolledBack[k] = true;
            trigger[k] = t;
            if (state[k] == State.RUNNING) {
                state[k] = State.STOPPED;
                running--;
            }
        }

        /** Failures of minute t (at or after the halt) and what the policy rolls back with them. */
        void applyPolicy(int t) {
            for (int k : failingNow) {
                rollBack(k, t);
                if (policy == OnFailure.ROLLBACK_DEPENDENTS) {
                    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(k));
                    while (!todo.isEmpty()) {
                        for (int d : dependents[todo.pop()]) {
                            if (lastStage[d] != NONE && !rolledBack[d]) {
                                rollBack(d, t);
                                todo.push(d);
                            }
                        }
                    }
                }
            }
        }

        boolean[] failedAt(int t) {
            boolean[] out = new boolean[n];
            for (int k = 0; k < n; k++) {
                out[k] = gateFail[k] == t;
            }
            return out;
        }

        Result completed() {
            int duration = 0;
            for (int k = 0; k < n; k++) {
                duration = Math.max(duration, done[k]);
            }
            double impact = faultImpact();
            return new Result(Outcome.COMPLETED, null, NONE, duration, impact, startMinute, lastStage, gateFail, hold,
                    done, filled(NONE), filled(NONE), List.of());
        }

        double faultImpact() {
            double impact = 0;
            for (int f = 0; f < faults.size(); f++) {
                impact += (double) (faults.get(f).to() - faults.get(f).from()) * faultWeight[f];
            }
            return impact;
        }

        Result halted() {
            Rollbacks rollbacks = new Rollbacks(rolledBack, trigger);
            double impact = faultImpact();
            for (int b = 0; b < bad.size(); b++) {
                if (exposedFrom[b] == NONE) {
                    continue;
                }
                int k = bad.get(b).step();
                if (!rolledBack[k]) {
                    throw new IllegalStateException("bad version out in step " + plan.stepId(k) + " never rolled back");
                }
                int to = rollbacks.end[k];
                if (to > exposedFrom[b]) {
                    impact += (to - exposedFrom[b]) * (percent[b] / 100.0) * weight(bad.get(b).component());
                }
            }
            int duration = haltAt;
            boolean allBack = true;
            for (int k = 0; k < n; k++) {
                if (lastStage[k] == NONE) {
                    continue;
                }
                allBack &= rolledBack[k];
                duration = Math.max(duration, Math.max(Math.max(gateFail[k], hold[k]),
                        Math.max(done[k], rollbacks.end[k])));
            }
            return new Result(allBack ? Outcome.ROLLED_BACK : Outcome.HALTED, cause, haltAt, duration, impact,
                    startMinute, lastStage, gateFail, hold, done, rollbacks.start, rollbacks.end, rollbacks.order);
        }

    }

    /** Rollbacks as events: a step's starts once triggered and every rolled-back step depending on it is undone. */
    private final class Rollbacks {
        final int[] start = filled(NONE);
        final int[] end = filled(NONE);
        final List<String> order;

        Rollbacks(boolean[] rolledBack, int[] trigger) {
            int[] blockers = new int[n];
            List<List<Integer>> blocks = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                blocks.add(new ArrayList<>());
            }
            for (int k = 0; k < n; k++) {
                if (!rolledBack[k]) {
                    continue;
                }
                boolean[] seen = new boolean[n];
                ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(k));
                while (!todo.isEmpty()) {
                    for (int d : dependents[todo.pop()]) {
                        if (!seen[d]) {
                            seen[d] = true;
                            todo.push(d);
                            if (rolledBack[d]) {
                                blockers[k]++;
                                blocks.get(d).add(k);
                            }
                        }
                    }
                }
            }
            PriorityQueue<Event> queue = new PriorityQueue<>(ORDER);
            long[] seq = {0};
            boolean[] triggered = new boolean[n];
            for (int k = 0; k < n; k++) {
                if (rolledBack[k]) {
                    queue.add(new Event(trigger[k], Kind.ROLLBACK_TRIGGER, k, 0, seq[0]++));
                }
            }
            List<Integer> started = new ArrayList<>();
            while (!queue.isEmpty()) {
                Event e = queue.poll();
                int k = e.step();
                switch (e.kind()) {
                    case ROLLBACK_TRIGGER -> {
                        triggered[k] = true;
                        if (blockers[k] == 0) {
                            queue.add(new Event(e.minute(), Kind.ROLLBACK_START, k, 0, seq[0]++));
                        }
                    }
                    case ROLLBACK_START -> {
                        start[k] = e.minute();
                        started.add(k);
                        queue.add(new Event(e.minute() + plan.rollbackMinutes(k), Kind.ROLLBACK_END, k, 0, seq[0]++));
                    }
                    case ROLLBACK_END -> {
                        end[k] = e.minute();
                        for (int waiting : blocks.get(k)) {
                            if (--blockers[waiting] == 0 && triggered[waiting]) {
                                queue.add(new Event(e.minute(), Kind.ROLLBACK_START, waiting, 0, seq[0]++));
                            }
                        }
                    }
                    default -> throw new IllegalStateException(e.toString());
                }
            }
            // by rollback start; on ties dependents first (reverse plan order, the plan being topological)
            started.sort(Comparator.<Integer>comparingInt(k -> start[k]).thenComparing(k -> -k));
            order = started.stream().map(plan::stepId).toList();
        }
    }

    private int[] filled(int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }
}
