package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.export.MarkdownRunbook;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sign-offs, computed by hand. a (tier 0) needs tier0-cab (change board and SRE on call, median 45 min); b (tier 2)
 * waits for a and needs none. a: T = max(60, 2 x 10) = 60, two stages of 30 (20 deploy + 10 bake); b: 30.
 * <ul>
 *   <li>relative minutes: a waits 45 for its sign-off, runs 45-105; b 105-135; 45 minutes waiting for people;</li>
 *   <li>from Monday 15:00 in a Mon-Thu 09:00-16:00 window: a's sign-off until 15:45, stage 1 15:45-16:15, stage 2
 *       waits for Tuesday 09:00 (minute 1080, 1,005 minutes), a ends 09:30 (1110); b 1110-1140.</li>
 * </ul>
 */
class ApprovalPlanTest {
    private static ServiceGraph graph() {
        return NativeGraphReader.read(TestFiles.text("governance/approvals.yaml"), "approvals.yaml").graph();
    }

    @Test
    void aStepWaitsForItsSignOffAndThePlanSaysWho() {
        RolloutPlan plan = new PlanBuilder(graph(), PlanOptions.defaults()).build();
        PlanStep a = plan.steps().get(0);
        PlanStep b = plan.steps().get(1);
        assertEquals(List.of(45, 105, 105, 135), List.of(a.startMinute(), a.endMinute(), b.startMinute(), b.endMinute()));
        assertEquals(List.of(new StepApproval("tier0-cab", List.of("change-advisory-board", "sre-on-call"),
                "#sre-escalation", 45)), a.approvals());
        assertEquals(List.of(), b.approvals());
        assertEquals(135, plan.summary().estimatedMinutes());
        assertEquals(45, plan.summary().approvalWaitMinutes());
        assertEquals(plan, PlanReader.read(PlanWriter.toYaml(plan)), "the plan reads back");
        String runbook = new MarkdownRunbook().export(plan, dev.stagecraft.plan.export.ExportSettings.DEFAULTS).text();
        assertTrue(runbook.contains("| `a` | tier0-cab | change-advisory-board, sre-on-call | #sre-escalation | 45 min |"),
                runbook);
    }

    @Test
    void inCalendarTimeTheSignOffComesFirstThenTheWindows() {
        RolloutPlan plan = new PlanBuilder(graph(), PlanOptions.defaults()
                .withStart(ZonedDateTime.of(2026, 12, 7, 15, 0, 0, 0, ZoneId.of("Europe/Berlin")))).build();
        PlanStep a = plan.steps().get(0);
        assertEquals(List.of(new ChangeCalendar.Wait(1, 0, 45, "approval tier0-cab"),
                new ChangeCalendar.Wait(2, 75, 1005, "outside window weekdays")), a.clock().waits());
        assertEquals(List.of(45, 1110), List.of(a.startMinute(), a.endMinute()));
        assertEquals("2026-12-08T10:00:00+01:00", plan.summary().clock().end());
        assertEquals(1140, plan.summary().estimatedMinutes());
    }

    @Test
    void theSimulationWaitsForTheSameSignOffs() {
        ServiceGraph g = graph();
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        SimulationPlan sim = new SimulationPlan(g, PlanReader.read(PlanWriter.toYaml(plan)), PlanOptions.UNLIMITED);
        assertEquals(List.of(45, 105), List.of(sim.start(0), sim.start(1)));
        assertEquals(135, new Simulator(sim, Scenario.random()).run().durationMinutes(),
                "the duration includes the 45 minutes of waiting for people");
    }

    @Test
    void approvalRulesRoundTripThroughTheGraphFileAndJson() {
        ServiceGraph g = graph();
        String saved = NativeGraphWriter.write(g, null);
        assertTrue(saved.contains("latencyMinutes: {median: 45, p90: 120}"), saved);
        ServiceGraph again = NativeGraphReader.read(saved, "g.yaml").graph();
        assertEquals(g.metadata().governance(), again.metadata().governance());
        ServiceGraph json = new JsonGraphReader().read(new JsonGraphWriter().write(g), "g.json").graph();
        assertEquals(g.metadata().governance(), json.metadata().governance());
    }
}
