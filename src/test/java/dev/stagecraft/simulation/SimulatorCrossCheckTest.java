package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link Simulator} against the {@link EventQueueSimulator} reference, field by field, on seeded random
 * plans and scenarios: injected bad versions of both forms, faults, every policy, detection 0-10 minutes; and
 * Monte Carlo runs, for which the reference draws the same bad versions from the same uniforms.
 */
class SimulatorCrossCheckTest {
    private static final int INJECTED_CASES = Integer.getInteger("cases", 600);
    private static final int MONTE_CARLO_PLANS = Integer.getInteger("mcPlans", 60);
    private static final int RUNS_PER_PLAN = 25;

    @Test
    void injectedScenariosAgreeWithTheEventQueue() {
        List<String> disagreements = new ArrayList<>();
        int halted = 0;
        for (long seed = 1; seed <= INJECTED_CASES; seed++) {
            RandomScenarios.Case c = RandomScenarios.plan(seed, 0.1);
            Scenario s = RandomScenarios.scenario(new Random(seed * 31 + 7), c.plan(), true);
            EventQueueSimulator reference = new EventQueueSimulator(c.plan(), s);
            EventQueueSimulator.Result ref = reference.run(reference.injected(s));
            RunResult fast;
            try {
                fast = new Simulator(c.plan(), s).run();
            } catch (IllegalStateException e) {
                disagreements.add(RandomScenarios.describe(c, s) + ": fast engine threw " + e.getMessage()
                        + "; reference " + ref.outcome() + " at " + ref.haltMinute());
                continue;
            }
            halted += fast.haltMinute() >= 0 ? 1 : 0;
            compare(RandomScenarios.describe(c, s), c.plan(), fast, ref, disagreements);
        }
        assertTrue(halted > INJECTED_CASES / 3, "too few halted runs to mean much: " + halted);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, first:\n"
                + String.join("\n", disagreements.subList(0, Math.min(8, disagreements.size()))));
    }

    @Test
    void monteCarloRunsAgreeWithTheEventQueue() {
        List<String> disagreements = new ArrayList<>();
        int halted = 0;
        for (long seed = 1; seed <= MONTE_CARLO_PLANS; seed++) {
            RandomScenarios.Case c = RandomScenarios.plan(1_000 + seed, 0.25);
            Scenario s = RandomScenarios.scenario(new Random(seed), c.plan(), false);
            Simulator simulator = new Simulator(c.plan(), s);
            EventQueueSimulator reference = new EventQueueSimulator(c.plan(), s);
            for (int r = 0; r < RUNS_PER_PLAN; r++) {
                RunResult fast = simulator.run(seed, r);
                EventQueueSimulator.Result ref = reference.run(reference.drawn(seed, r));
                halted += fast.haltMinute() >= 0 ? 1 : 0;
                compare(RandomScenarios.describe(c, s) + ", Monte Carlo seed " + seed + " run " + r, c.plan(), fast,
                        ref, disagreements);
            }
        }
        assertTrue(halted > MONTE_CARLO_PLANS * RUNS_PER_PLAN / 4, "too few halted runs: " + halted);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, first:\n"
                + String.join("\n", disagreements.subList(0, Math.min(8, disagreements.size()))));
    }

    /** Adds one line per differing field to {@code out}. */
    static void compare(String what, SimulationPlan plan, RunResult fast, EventQueueSimulator.Result ref,
                        List<String> out) {
        List<String> diff = new ArrayList<>();
        check(diff, "outcome", fast.outcome(), ref.outcome());
        check(diff, "cause", fast.cause(), ref.cause());
        check(diff, "haltMinute", fast.haltMinute(), ref.haltMinute());
        check(diff, "durationMinutes", fast.durationMinutes(), ref.durationMinutes());
        double scale = Math.max(1, Math.abs(ref.impact()));
        if (Math.abs(fast.impact() - ref.impact()) > 1e-9 * scale) {
            diff.add("impact fast " + fast.impact() + " reference " + ref.impact());
        }
        for (int k = 0; k < plan.stepCount(); k++) {
            String step = "step " + plan.stepId(k) + " ";
            check(diff, step + "started", fast.started(k), ref.lastStage()[k] >= 0);
            check(diff, step + "lastStage", fast.lastStage(k), ref.lastStage()[k]);
            check(diff, step + "gateFailMinute", fast.gateFailMinute(k), ref.gateFailMinute()[k]);
            check(diff, step + "doneMinute", fast.doneMinute(k), ref.doneMinute()[k]);
            check(diff, step + "holdMinute", fast.holdMinute(k), ref.holdMinute()[k]);
            check(diff, step + "rollbackStart", fast.rollbackStart(k), ref.rollbackStart()[k]);
            check(diff, step + "rollbackEnd", fast.rollbackEnd(k), ref.rollbackEnd()[k]);
        }
        check(diff, "rolledBackIds", fast.rolledBackIds(), ref.rolledBackIds());
        if (!diff.isEmpty()) {
            out.add(what + ": " + String.join("; ", diff));
        }
    }

    private static void check(List<String> diff, String field, Object fast, Object reference) {
        if (!java.util.Objects.equals(fast, reference)) {
            diff.add(field + " fast " + fast + " reference " + reference);
        }
    }
}
