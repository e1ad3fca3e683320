package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs whose answers are worked out by hand below, from the contract (DESIGN.md, "Simulation") and the package
 * rules; every one is also checked against the event-queue reference.
 *
 * <pre>
 * The shop (services, no bake, unlimited parallelism):
 *   a  tier 1, stages 10%/100%, 10 min: stage 1 0-5, stage 2 5-10       rollback 3
 *   b  tier 2, after a, 100%, 20 min: 10-30   (b -> a hard)              rollback 4
 *   c  tier 2, after b, 100%, 10 min: 30-40   (c -> b hard)              rollback 5
 *   d  tier 3, after b, 100%, 30 min: 30-60   (d -> b soft)              rollback 6
 *   e  tier 2, independent, 25 min: 0-25                                 rollback 2
 * Plan estimate: 60. Weights w = 8, 4, 2, 1 by tier.
 * Impact per minute of a bad a at 100%: a itself 4 + outage {b, c} 2 + 2 + degraded {d} 0.5 * 1 = 8.5.
 * Of b: 2 + outage {c} 2 + degraded {d} 0.5 = 4.5.
 * </pre>
 */
class SimulatorAnalyticTest {
    static Component service(String id, int tier, List<Integer> stages, int minutes, int rollback, double p) {
        return Component.of(id, ComponentKind.SERVICE).withTier(tier).withChanging(true)
                .withRollout(Rollout.NONE.withStages(stages).withBakeMinutes(0).withDurationMinutes(minutes)
                        .withRollbackMinutes(rollback).withFailureProbability(p));
    }

    static SimulationPlan shop() {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("shop", null, Map.of()));
        g.addComponent(service("a", 1, List.of(10, 100), 10, 3, 0));
        g.addComponent(service("b", 2, List.of(100), 20, 4, 0));
        g.addComponent(service("c", 2, List.of(100), 10, 5, 0));
        g.addComponent(service("d", 3, List.of(100), 30, 6, 0));
        g.addComponent(service("e", 2, List.of(100), 25, 2, 0));
        g.addDependency(Dependency.of("b", "a", DependencyKind.SYNC, Strength.HARD));
        g.addDependency(Dependency.of("c", "b", DependencyKind.SYNC, Strength.HARD));
        g.addDependency(Dependency.of("d", "b", DependencyKind.SYNC, Strength.SOFT));
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        return new SimulationPlan(g, plan, PlanOptions.UNLIMITED);
    }

    private static RunResult run(SimulationPlan plan, Scenario scenario) {
        SimulatorEdgeCaseTest.agreeWithReference(plan, scenario);
        return new Simulator(plan, scenario).run();
    }

    private static Scenario inject(OnFailure policy, Injection... injections) {
        return new Scenario(List.of(injections), List.of(), policy, 5);
    }

    @Test
    void theShopsScheduleAndWeightsAreAsWorkedOut() {
        SimulationPlan plan = shop();
        int[][] minutes = {{0, 10}, {10, 30}, {30, 40}, {30, 60}, {0, 25}};
        String[] ids = {"a", "b", "c", "d", "e"};
        for (int i = 0; i < ids.length; i++) {
            int k = plan.stepIndex(ids[i]);
            assertEquals(minutes[i][0], plan.start(k), ids[i]);
            assertEquals(minutes[i][1], plan.end(k), ids[i]);
        }
        assertEquals(60, plan.makespan());
        assertEquals(8.5, plan.impactWeight(plan.snapshot().indexOf("a")), 1e-12);
        assertEquals(4.5, plan.impactWeight(plan.snapshot().indexOf("b")), 1e-12);
    }

    @Test
    void withEveryFailureProbabilityZeroNoRunHalts() {
        SimulationPlan plan = shop();
        Simulator simulator = new Simulator(plan, Scenario.random().withOnFailure(OnFailure.ROLLBACK_ALL));
        for (int r = 0; r < 200; r++) {
            RunResult result = simulator.run(3, r);
            assertEquals(Outcome.COMPLETED, result.outcome());
            assertEquals(60, result.durationMinutes());
            assertEquals(0.0, result.impact());
        }
    }

    @Test
    void aBadStageHaltsAtItsGateAndNothingStartsThen() {
        // b@1: bad from 10 at 100%, caught at 30; c and d would start at 30 and do not. halt: b rolls back
        // 30-34; a and e completed; nothing else runs. Exposure 10..34: 24 * 4.5 = 108. Duration 34.
        SimulationPlan plan = shop();
        RunResult r = run(plan, inject(OnFailure.HALT, new Injection.AtStage("b", 1)));
        assertEquals(30, r.haltMinute());
        assertEquals(Cause.BAD_VERSION, r.cause());
        assertEquals(30, r.gateFailMinute(plan.stepIndex("b")));
        assertFalse(r.started(plan.stepIndex("c")));
        assertFalse(r.started(plan.stepIndex("d")));
        assertEquals(List.of("b"), r.rolledBackIds());
        assertEquals(34, r.rollbackEnd(plan.stepIndex("b")));
        assertEquals(Outcome.HALTED, r.outcome());
        assertEquals(34, r.durationMinutes());
        assertEquals(108.0, r.impact(), 1e-9);
    }

    @Test
    void aCanaryStageExposesItsPercentOnly() {
        // a@1: bad from 0 at 10%, caught at 5; rollback 5-8: impact 8 * 0.10 * 8.5 = 6.8. e runs on in its only
        // stage and completes at 25.
        SimulationPlan plan = shop();
        RunResult r = run(plan, inject(OnFailure.HALT, new Injection.AtStage("a", 1)));
        assertEquals(5, r.haltMinute());
        assertEquals(0, r.lastStage(plan.stepIndex("a")));
        assertEquals(25, r.doneMinute(plan.stepIndex("e")));
        assertEquals(25, r.durationMinutes());
        assertEquals(6.8, r.impact(), 1e-9);
    }

    /*
     * a@32m: a completed at 10, so bad at 100% from 32, detected at 37 (5 minutes later). t0 = 37: a, b, e are
     * done; c (30-40) and d (30-60) are running.
     */

    @Test
    void haltRollsBackTheFailedStepOnly() {
        // a rolls back 37-40; c and d finish their (only, last) stage: done at 40 and 60. Exposure 32..40:
        // 8 * 8.5 = 68. Duration 60.
        SimulationPlan plan = shop();
        RunResult r = run(plan, inject(OnFailure.HALT, new Injection.AtMinute("a", 32)));
        assertEquals(37, r.haltMinute());
        assertEquals(List.of("a"), r.rolledBackIds());
        assertEquals(37, r.rollbackStart(plan.stepIndex("a")));
        assertEquals(40, r.rollbackEnd(plan.stepIndex("a")));
        assertEquals(40, r.doneMinute(plan.stepIndex("c")));
        assertEquals(60, r.doneMinute(plan.stepIndex("d")));
        assertEquals(Outcome.HALTED, r.outcome());
        assertEquals(60, r.durationMinutes());
        assertEquals(68.0, r.impact(), 1e-9);
    }

    @Test
    void rollbackDependentsUndoesTheStartedDependentsFirst() {
        // a, b (after a), c and d (after b) roll back, trigger 37; c and d stop at once. c 37-42, d 37-43,
        // then b when both ended 43-47, then a 47-50. e stays: halted. Exposure 32..50: 18 * 8.5 = 153.
        SimulationPlan plan = shop();
        RunResult r = run(plan, inject(OnFailure.ROLLBACK_DEPENDENTS, new Injection.AtMinute("a", 32)));
        assertRollbacks(plan, r, Map.of("c", 37, "d", 37, "b", 43, "a", 47));
        assertEquals(-1, r.doneMinute(plan.stepIndex("c")));
        assertEquals(-1, r.doneMinute(plan.stepIndex("d")));
        assertEquals(List.of(tieFirst(plan, "c", "d"), tieSecond(plan, "c", "d"), "b", "a"), r.rolledBackIds());
        assertEquals(Outcome.HALTED, r.outcome());
        assertEquals(50, r.durationMinutes());
        assertEquals(153.0, r.impact(), 1e-9);
    }

    @Test
    void rollbackAllUndoesEveryStartedStep() {
        // as rollback-dependents, plus e 37-39: every started step rolled back. Duration 50, impact 153.
        SimulationPlan plan = shop();
        RunResult r = run(plan, inject(OnFailure.ROLLBACK_ALL, new Injection.AtMinute("a", 32)));
        assertRollbacks(plan, r, Map.of("c", 37, "d", 37, "e", 37, "b", 43, "a", 47));
        assertEquals(39, r.rollbackEnd(plan.stepIndex("e")));
        assertEquals(Outcome.ROLLED_BACK, r.outcome());
        assertEquals(50, r.durationMinutes());
        assertEquals(153.0, r.impact(), 1e-9);
        assertEquals(List.of("b", "a"), r.rolledBackIds().subList(3, 5));
    }

    @Test
    void aFaultWindowFailsTheGateOfTheStageItOverlaps() {
        // b down 12-14: b's stage (10-30) is in progress, so its gate fails at 30 (c and d, in b's blast radius,
        // have not started). Cause fault; b rolls back 30-34; no bad version, so the impact is the fault's own:
        // 2 minutes * 4.5 = 9.
        SimulationPlan plan = shop();
        Scenario s = new Scenario(List.of(), List.of(new Fault("b", 12, 14)), OnFailure.HALT, 5);
        RunResult r = run(plan, s);
        assertEquals(30, r.haltMinute());
        assertEquals(Cause.FAULT, r.cause());
        assertEquals(30, r.gateFailMinute(plan.stepIndex("b")));
        assertEquals(List.of("b"), r.rolledBackIds());
        assertEquals(9.0, r.impact(), 1e-9);
    }

    @Test
    void haltProbabilityOfIndependentStepsIsOneMinusTheProductOfTheirSuccesses() {
        // k = 5 independent steps, p = 0.1 each: P(halt) = 1 - 0.9^5 = 0.40951; standard error over N = 20,000
        // runs sqrt(P (1 - P) / N) = 0.00348.
        int k = 5;
        double p = 0.1;
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("independent", null, Map.of()));
        for (int i = 0; i < k; i++) {
            g.addComponent(service("s" + i, 2, List.of(10, 50, 100), 30, 5, p));
        }
        SimulationPlan plan = new SimulationPlan(g, new PlanBuilder(g, PlanOptions.defaults()).build(),
                PlanOptions.UNLIMITED);
        Simulator simulator = new Simulator(plan, Scenario.random());
        int runs = 20_000;
        int halted = 0;
        for (int r = 0; r < runs; r++) {
            halted += simulator.run(2026, r).outcome() != Outcome.COMPLETED ? 1 : 0;
        }
        double expected = 1 - Math.pow(1 - p, k);
        double standardError = Math.sqrt(expected * (1 - expected) / runs);
        double observed = (double) halted / runs;
        assertTrue(Math.abs(observed - expected) < 3 * standardError,
                "P(halt) " + observed + ", expected " + expected + " +- " + 3 * standardError);
    }

    private static void assertRollbacks(SimulationPlan plan, RunResult r, Map<String, Integer> starts) {
        List<String> back = new ArrayList<>(r.rolledBackIds());
        back.sort(null);
        assertEquals(starts.keySet().stream().sorted().toList(), back);
        starts.forEach((id, start) -> {
            int k = plan.stepIndex(id);
            assertEquals(start, r.rollbackStart(k), id);
            assertEquals(start + plan.rollbackMinutes(k), r.rollbackEnd(k), id);
        });
    }

    /** Unrelated steps whose rollbacks start together: the later in plan order first (dependents-first order). */
    private static String tieFirst(SimulationPlan plan, String x, String y) {
        return plan.stepIndex(x) > plan.stepIndex(y) ? x : y;
    }

    private static String tieSecond(SimulationPlan plan, String x, String y) {
        return plan.stepIndex(x) > plan.stepIndex(y) ? y : x;
    }
}
