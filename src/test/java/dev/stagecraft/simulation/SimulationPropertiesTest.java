package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.plan.PlanStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Laws of every run, on seeded random plans and scenarios (DESIGN.md, "Simulation"): both engines where the law
 * speaks of the schedule, the fast engine where it speaks of results. {@code Simulator.run(seed, r)} is a pure
 * function of its arguments (there is no MonteCarlo batch class yet to test for byte-identical batches).
 */
class SimulationPropertiesTest {
    private static final int PLANS = Integer.getInteger("plans", 150);

    @Test
    void withNothingFailingARunIsThePlansSchedule() {
        for (long seed = 1; seed <= PLANS; seed++) {
            RandomScenarios.Case c = RandomScenarios.plan(seed, 0.1);
            Scenario quiet = new Scenario(List.of(), List.of(), OnFailure.HALT, 5);
            RunResult fast = new Simulator(c.plan(), quiet).run();
            EventQueueSimulator reference = new EventQueueSimulator(c.plan(), quiet);
            EventQueueSimulator.Result ref = reference.run(List.of());
            String what = "seed " + seed;
            assertEquals(Outcome.COMPLETED, fast.outcome(), what);
            assertEquals(Outcome.COMPLETED, ref.outcome(), what);
            assertEquals(c.rolloutPlan().summary().estimatedMinutes(), fast.durationMinutes(), what);
            assertEquals(c.rolloutPlan().summary().estimatedMinutes(), ref.durationMinutes(), what);
            for (int k = 0; k < c.plan().stepCount(); k++) {
                PlanStep step = c.rolloutPlan().steps().get(k);
                assertEquals(step.startMinute(), ref.startMinute()[k], what + " " + step.id());
                assertEquals(step.endMinute(), ref.doneMinute()[k], what + " " + step.id());
                assertEquals(step.startMinute(), c.plan().start(k), what + " " + step.id());
                assertEquals(step.endMinute(), fast.doneMinute(k), what + " " + step.id());
                assertEquals(c.plan().timing(k).stageCount() - 1, fast.lastStage(k), what + " " + step.id());
            }
        }
    }

    @Test
    void everyRunKeepsOrderLimitHaltAndRollbackOrder() {
        int halted = 0;
        for (long seed = 1; seed <= PLANS; seed++) {
            RandomScenarios.Case c = RandomScenarios.plan(5_000 + seed, 0.2);
            SimulationPlan plan = c.plan();
            int[][] after = afterLists(plan);
            for (int variant = 0; variant < 4; variant++) {
                Random r = new Random(seed * 4 + variant);
                boolean inject = variant < 2;
                Scenario s = RandomScenarios.scenario(r, plan, inject);
                Simulator simulator = new Simulator(plan, s);
                RunResult fast = inject ? simulator.run() : simulator.run(seed, variant);
                EventQueueSimulator reference = new EventQueueSimulator(plan, s);
                EventQueueSimulator.Result ref = reference.run(inject ? reference.injected(s)
                        : reference.drawn(seed, variant));
                String what = RandomScenarios.describe(c, s);
                halted += fast.haltMinute() >= 0 ? 1 : 0;
                noStepStartsBeforeItsAfterStepsEnd(plan, after, fast, ref, what);
                neverMoreThanMaxParallel(plan, ref, what);
                nothingStartsAtOrAfterTheHalt(plan, fast, ref, what);
                rollbacksRunDependentsFirst(plan, fast, what);
            }
        }
        assertTrue(halted > PLANS, "too few halted runs: " + halted);
    }

    private static void noStepStartsBeforeItsAfterStepsEnd(SimulationPlan plan, int[][] after, RunResult fast,
                                                           EventQueueSimulator.Result ref, String what) {
        for (int k = 0; k < plan.stepCount(); k++) {
            if (!fast.started(k) || plan.start(k) == fast.haltMinute()) {
                continue; // a step starting at the halt minute itself did so only to fail there (zero-length stage)
            }
            for (int a : after[k]) {
                assertTrue(fast.doneMinute(a) >= 0 && fast.doneMinute(a) <= plan.start(k),
                        what + ": " + plan.stepId(k) + " started before " + plan.stepId(a) + " ended");
                assertTrue(ref.doneMinute()[a] >= 0 && ref.doneMinute()[a] <= ref.startMinute()[k],
                        what + ": reference " + plan.stepId(k) + " started before " + plan.stepId(a) + " ended");
            }
        }
    }

    /** At every start, the steps of positive length running then number at most max-parallel. */
    private static void neverMoreThanMaxParallel(SimulationPlan plan, EventQueueSimulator.Result ref, String what) {
        int n = plan.stepCount();
        for (int k = 0; k < n; k++) {
            int s = ref.startMinute()[k];
            if (s < 0 || s == ref.haltMinute()) {
                continue;
            }
            int running = 0;
            for (int j = 0; j < n; j++) {
                int start = ref.startMinute()[j];
                int end = start + plan.timing(j).effectiveMinutes();
                running += start >= 0 && start <= s && s < end ? 1 : 0;
            }
            assertTrue(running <= plan.maxParallel(), what + ": " + running + " running at minute " + s);
        }
    }

    private static void nothingStartsAtOrAfterTheHalt(SimulationPlan plan, RunResult fast,
                                                      EventQueueSimulator.Result ref, String what) {
        int t = fast.haltMinute();
        if (t < 0) {
            return;
        }
        for (int k = 0; k < plan.stepCount(); k++) {
            boolean failsThere = fast.gateFailMinute(k) == t;
            if (fast.started(k)) {
                assertTrue(plan.start(k) < t || plan.start(k) == t && failsThere,
                        what + ": " + plan.stepId(k) + " started at " + plan.start(k) + ", halt at " + t);
            }
            int refStart = ref.startMinute()[k];
            assertTrue(refStart < t || refStart == t && ref.gateFailMinute()[k] == t,
                    what + ": reference " + plan.stepId(k) + " started at " + refStart + ", halt at " + t);
        }
    }

    /** Every rollback starts at or after its failure and after every rollback of a step depending on it. */
    private static void rollbacksRunDependentsFirst(SimulationPlan plan, RunResult fast, String what) {
        int n = plan.stepCount();
        int[][] dependents = dependentLists(plan);
        for (int k = 0; k < n; k++) {
            if (!fast.rolledBack(k)) {
                continue;
            }
            assertTrue(fast.gateFailMinute(k) < 0 || fast.rollbackStart(k) >= fast.gateFailMinute(k), what);
            assertTrue(fast.rollbackStart(k) >= fast.haltMinute(), what);
            assertEquals(plan.rollbackMinutes(k), fast.rollbackEnd(k) - fast.rollbackStart(k), what);
            boolean[] seen = new boolean[n];
            ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(k));
            while (!todo.isEmpty()) {
                for (int d : dependents[todo.pop()]) {
                    if (!seen[d]) {
                        seen[d] = true;
                        todo.push(d);
                        if (fast.rolledBack(d)) {
                            assertTrue(fast.rollbackStart(k) >= fast.rollbackEnd(d), what + ": " + plan.stepId(k)
                                    + " rolled back before its dependent " + plan.stepId(d));
                        }
                    }
                }
            }
        }
        List<String> order = fast.rolledBackIds();
        for (int i = 1; i < order.size(); i++) {
            assertTrue(fast.rollbackStart(plan.stepIndex(order.get(i - 1)))
                    <= fast.rollbackStart(plan.stepIndex(order.get(i))), what + ": rollback order " + order);
        }
    }

    @Test
    void aMonteCarloRunIsAPureFunctionOfSeedAndRun() throws Exception {
        RandomScenarios.Case c = RandomScenarios.plan(77, 0.3);
        Simulator simulator = new Simulator(c.plan(), Scenario.random().withOnFailure(OnFailure.ROLLBACK_DEPENDENTS));
        int runs = 400;
        List<String> once = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            once.add(fingerprint(simulator.run(9, r)));
        }
        for (int r = 0; r < runs; r++) {
            assertEquals(once.get(r), fingerprint(simulator.run(9, r)), "run " + r + " again");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (int r = runs - 1; r >= 0; r--) {
                int run = r;
                parallel.add(pool.submit(() -> fingerprint(simulator.run(9, run))));
            }
            for (int i = 0; i < runs; i++) {
                assertEquals(once.get(runs - 1 - i), parallel.get(i).get(), "run " + (runs - 1 - i) + " on a pool");
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(once.stream().distinct().count() > 1, "the runs differ from one another");
    }

    static String fingerprint(RunResult r) {
        StringBuilder b = new StringBuilder().append(r.outcome()).append(' ').append(r.cause()).append(' ')
                .append(r.haltMinute()).append(' ').append(r.durationMinutes()).append(' ')
                .append(Double.doubleToLongBits(r.impact())).append(' ').append(r.rolledBackIds());
        for (int k = 0; k < r.plan().stepCount(); k++) {
            b.append('|').append(r.lastStage(k)).append(',').append(r.gateFailMinute(k)).append(',')
                    .append(r.holdMinute(k)).append(',').append(r.doneMinute(k)).append(',')
                    .append(r.rollbackStart(k)).append(',').append(r.rollbackEnd(k));
        }
        return b.toString();
    }

    static int[][] afterLists(SimulationPlan plan) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < plan.stepCount(); k++) {
            index.put(plan.stepId(k), k);
        }
        return plan.plan().steps().stream().map(s -> s.after().stream().mapToInt(index::get).toArray())
                .toArray(int[][]::new);
    }

    static int[][] dependentLists(SimulationPlan plan) {
        int[][] after = afterLists(plan);
        List<List<Integer>> down = new ArrayList<>();
        for (int k = 0; k < after.length; k++) {
            down.add(new ArrayList<>());
        }
        for (int k = 0; k < after.length; k++) {
            for (int a : after[k]) {
                down.get(a).add(k);
            }
        }
        return down.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
