package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.Validator;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capacity budget that forces waits, computed by hand. Pool prod has 10 cpu; a and b cost 6 each (the entry that
 * names nobody), c 2 (its own entry), d 12 (over the budget alone). Unlimited parallelism, longest first: c (60 min)
 * and a (30) start at 0 (2 + 6 = 8); b would make 14 and waits for a: 30-60 (8 again); d fits beside nothing, so it
 * runs alone once b and c end: 60-70, and is reported over budget. The peak is d's 12.
 */
class CapacityPlanTest {
    private static ServiceGraph graph() {
        return NativeGraphReader.read(TestFiles.text("governance/capacity.yaml"), "capacity.yaml").graph();
    }

    private static PlanStep step(RolloutPlan plan, String id) {
        return plan.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void stepsWaitForRoomInTheBudget() {
        RolloutPlan plan = new PlanBuilder(graph(), PlanOptions.defaults()).build();
        assertEquals(List.of(0, 60), List.of(step(plan, "c").startMinute(), step(plan, "c").endMinute()));
        assertEquals(List.of(0, 30), List.of(step(plan, "a").startMinute(), step(plan, "a").endMinute()));
        assertEquals(List.of(30, 60), List.of(step(plan, "b").startMinute(), step(plan, "b").endMinute()));
        assertEquals(List.of(60, 70), List.of(step(plan, "d").startMinute(), step(plan, "d").endMinute()));
        assertEquals(70, plan.summary().estimatedMinutes());
        assertEquals(List.of(new CapacityLedger.Usage("prod", "cpu", 10, 12)), plan.summary().capacity());
        assertEquals(List.of("d"), plan.summary().overBudget());
        assertEquals(plan, PlanReader.read(PlanWriter.toYaml(plan)), "the plan reads back");
    }

    @Test
    void withoutTheOverBudgetStepThePeakStaysWithinTheBudget() {
        ServiceGraph g = graph();
        g.removeComponent("d");
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        assertEquals(List.of(new CapacityLedger.Usage("prod", "cpu", 10, 8)), plan.summary().capacity());
        assertEquals(60, plan.summary().estimatedMinutes());
        assertEquals(List.of(), plan.summary().overBudget());
    }

    @Test
    void theTimelineDrawsTheUsageAgainstTheBudget() {
        ServiceGraph g = graph();
        var analysis = dev.stagecraft.analysis.GraphAnalysis.of(g);
        RolloutPlan plan = new PlanBuilder(analysis, PlanOptions.defaults()).build();
        var curve = dev.stagecraft.diagram.timeline.TimelineLayout.of(plan, analysis).usage().get(0);
        assertEquals("prod cpu", curve.pool() + " " + curve.resource());
        // 0: c and a (2 + 6); 30: a ends, b starts (8); 60: c and b end, d starts (12); 70: d ends
        assertEquals(List.of(0, 30, 60, 70), java.util.Arrays.stream(curve.minutes()).boxed().toList());
        assertEquals(List.of(8.0, 8.0, 12.0, 0.0), java.util.Arrays.stream(curve.values()).boxed().toList());
        assertTrue(dev.stagecraft.diagram.timeline.TimelineText.summary(plan).contains("prod cpu peak 12 of 10"
                + " (over budget alone: d)"), dev.stagecraft.diagram.timeline.TimelineText.summary(plan));
    }

    @Test
    void validateFlagsASurgeNoScheduleFits() {
        var found = Validator.validate(graph()).stream().filter(f -> f.code().equals("surge-exceeds-budget")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("d"), found.get(0).subjects());
    }

    @Test
    void theSimulationKeepsTheSameBudget() {
        ServiceGraph g = graph();
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        SimulationPlan sim = new SimulationPlan(g, plan, PlanOptions.UNLIMITED);
        for (int k = 0; k < plan.steps().size(); k++) {
            assertEquals(plan.steps().get(k).startMinute(), sim.start(k), plan.steps().get(k).id());
        }
        assertEquals(70, new Simulator(sim, Scenario.random()).run().durationMinutes());
    }

    @Test
    void budgetsRoundTripThroughTheGraphFileAndJson() {
        ServiceGraph g = graph();
        String saved = NativeGraphWriter.write(g, null);
        assertTrue(saved.contains("- {components: [c], cpu: 2}"), saved);
        assertEquals(g.metadata().governance(), NativeGraphReader.read(saved, "g.yaml").graph().metadata().governance());
        assertEquals(saved, NativeGraphWriter.write(NativeGraphReader.read(saved, "g.yaml").graph(), null));
        ServiceGraph json = new JsonGraphReader().read(new JsonGraphWriter().write(g), "g.json").graph();
        assertEquals(g.metadata().governance(), json.metadata().governance());
    }
}
