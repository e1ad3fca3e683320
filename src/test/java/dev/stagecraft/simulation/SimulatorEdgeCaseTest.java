package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smallest cases of the disagreements the cross-check found between the fast engine and the reference, each
 * with the answer the contract and the package rules give. Independent tier-2 services (weight 2, nothing
 * depends on them), bake 0.
 */
class SimulatorEdgeCaseTest {
    /** A tier-2 changing service with the given stages, duration and rollback minutes and no bake. */
    static Component service(String id, List<Integer> stages, int minutes, int rollbackMinutes) {
        return Component.of(id, ComponentKind.SERVICE).withTier(2).withChanging(true)
                .withRollout(Rollout.NONE.withStages(stages).withBakeMinutes(0).withDurationMinutes(minutes)
                        .withRollbackMinutes(rollbackMinutes));
    }

    static SimulationPlan plan(Component... components) {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("edge", null, Map.of()));
        for (Component c : components) {
            g.addComponent(c);
        }
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        return new SimulationPlan(g, plan, PlanOptions.UNLIMITED);
    }

    static RunResult run(SimulationPlan plan, OnFailure policy, Injection... injections) {
        return new Simulator(plan, new Scenario(List.of(injections), List.of(), policy, 5)).run();
    }

    @Test
    void aBadVersionInAZeroLengthStageIsExposedFromThatStageUntilItsRollbackEnds() {
        // a: 1 minute over stages 10/50/100 with no bake: stage ends 1, 1, 1. a@3: bad from minute 1 at 100%,
        // caught at minute 1 by stage 3's gate; stage 3 did start (it fails at the halt minute itself).
        // Rollback 1..5: impact = 4 minutes * 100% * w(2) = 8.
        SimulationPlan plan = plan(service("a", List.of(10, 50, 100), 1, 4));
        RunResult r = run(plan, OnFailure.HALT, new Injection.AtStage("a", 3));
        assertEquals(1, r.haltMinute());
        assertEquals(2, r.lastStage(0), "the failing stage is the last one entered");
        assertEquals(5, r.rollbackEnd(0));
        assertEquals(8.0, r.impact(), 1e-9);
        agreeWithReference(plan, new Scenario(List.of(new Injection.AtStage("a", 3)), List.of(), OnFailure.HALT, 5));
    }

    @Test
    void aBadVersionAfterAStepCompletedDuringTheHaltIsDetectedAndRolledBack() {
        // a: 0-10, b: 0-30, one stage each. a@1 halts at 10; b is in its last stage, finishes it and completes
        // at 30. b@30m: b has completed, so exposure 100% from 30, detected 5 minutes later at 35; rollback 35-40.
        // Impact: a 0..15 at 100% * 2 = 30, b 30..40 * 2 = 20. Every started step rolled back.
        SimulationPlan plan = plan(service("a", List.of(100), 10, 5), service("b", List.of(100), 30, 5));
        RunResult r = run(plan, OnFailure.HALT, new Injection.AtStage("a", 1), new Injection.AtMinute("b", 30));
        int b = plan.stepIndex("b");
        assertEquals(10, r.haltMinute());
        assertEquals(30, r.doneMinute(b));
        assertEquals(35, r.gateFailMinute(b));
        assertEquals(35, r.rollbackStart(b));
        assertEquals(40, r.rollbackEnd(b));
        assertEquals(Outcome.ROLLED_BACK, r.outcome());
        assertEquals(40, r.durationMinutes());
        assertEquals(50.0, r.impact(), 1e-9);
        agreeWithReference(plan, new Scenario(List.of(new Injection.AtStage("a", 1), new Injection.AtMinute("b", 30)),
                List.of(), OnFailure.HALT, 5));
    }

    @Test
    void aBadVersionByMinuteInAStepStoppedForItsRollbackBeforeThatMinuteHasNoEffect() {
        // a: 0-10, b: 0-30 (rollback 20 minutes). a@1 halts at 10; rollback-all stops b at once (trigger 10) and
        // rolls it back 10-30. b@20m comes after the halt stopped b: no effect (package rules). Impact: a only,
        // 0..15 at 100% * 2 = 30.
        SimulationPlan plan = plan(service("a", List.of(100), 10, 5), service("b", List.of(100), 30, 20));
        RunResult r = run(plan, OnFailure.ROLLBACK_ALL, new Injection.AtStage("a", 1), new Injection.AtMinute("b", 20));
        assertEquals(30, r.rollbackEnd(plan.stepIndex("b")));
        assertEquals(30.0, r.impact(), 1e-9);
        agreeWithReference(plan, new Scenario(List.of(new Injection.AtStage("a", 1), new Injection.AtMinute("b", 20)),
                List.of(), OnFailure.ROLLBACK_ALL, 5));
    }

    @Test
    void aGateJudgedAtTheMinuteADependencyRollsItBackStillFails() {
        // x: 0-10, k: 0-5, d (after k): 5-25, one stage each, rollback-dependents, detection 10 minutes.
        // x@1 halts at 10. k@15m: k has completed, bad at 100% from 15, detected at 25. d@1: d's only gate, at
        // 25, fails. At 25 both fail; k's failure also rolls back its dependent d, but d's gate ends at that
        // very minute, so it was judged (package rules): d failed at 25 and did not complete.
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("edge", null, Map.of()));
        g.addComponent(service("x", List.of(100), 10, 5));
        g.addComponent(service("k", List.of(100), 5, 5));
        g.addComponent(service("d", List.of(100), 20, 5));
        g.addDependency(dev.stagecraft.model.Dependency.of("d", "k"));
        RolloutPlan rollout = new PlanBuilder(g, PlanOptions.defaults()).build();
        SimulationPlan plan = new SimulationPlan(g, rollout, PlanOptions.UNLIMITED);
        Scenario scenario = new Scenario(List.of(new Injection.AtStage("x", 1), new Injection.AtMinute("k", 15),
                new Injection.AtStage("d", 1)), List.of(), OnFailure.ROLLBACK_DEPENDENTS, 10);
        RunResult r = new Simulator(plan, scenario).run();
        int d = plan.stepIndex("d");
        assertEquals(10, r.haltMinute());
        assertEquals(25, r.gateFailMinute(plan.stepIndex("k")));
        assertEquals(25, r.gateFailMinute(d));
        assertEquals(-1, r.doneMinute(d));
        assertEquals(List.of("x", "d", "k"), r.rolledBackIds()); // x 10-15, d 25-30, then k 30-35
        agreeWithReference(plan, scenario);
    }

    /** The reference says the same, field by field. */
    static void agreeWithReference(SimulationPlan plan, Scenario scenario) {
        EventQueueSimulator reference = new EventQueueSimulator(plan, scenario);
        List<String> diff = new java.util.ArrayList<>();
        SimulatorCrossCheckTest.compare("", plan, new Simulator(plan, scenario).run(),
                reference.run(reference.injected(scenario)), diff);
        assertEquals(List.of(), diff);
    }
}
