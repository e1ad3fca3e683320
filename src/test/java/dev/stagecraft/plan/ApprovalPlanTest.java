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

    /**
     * A Monte Carlo batch draws each run's sign-off from the rule's log-normal (median 45, p90 120): a is the first
     * step, so every run waits its draw, and the runs' waits have that median and 90th percentile (to within the
     * sampling error of 20,000 runs: about 1 and 3 minutes); the run's own schedule moves with the draw, so a run
     * where nothing fails lasts 90 + its wait. The single run (no seed) keeps the plan's medians.
     */
    @Test
    void theMonteCarloDrawsEachRunsSignOffFromTheRulesLogNormal() {
        ServiceGraph g = graph();
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        SimulationPlan sim = new SimulationPlan(g, plan, PlanOptions.UNLIMITED);
        assertTrue(sim.approvalsVary());
        Simulator simulator = new Simulator(sim, Scenario.random());
        dev.stagecraft.simulation.MonteCarloResult batch = new dev.stagecraft.simulation.MonteCarlo(simulator, 20_000,
                7, 2).run();
        dev.stagecraft.simulation.Distribution waits = batch.approvalWaitMinutes();
        assertEquals(45, waits.p50(), 3, "the median sign-off");
        assertEquals(120, waits.p90(), 8, "the 90th percentile sign-off");
        assertTrue(waits.mean() > waits.p50(), "a log-normal's mean is above its median: " + waits);
        int completedChecked = 0;
        for (int r = 0; r < 200; r++) {
            dev.stagecraft.simulation.RunResult run = simulator.run(7, r);
            assertEquals(run.plan().approvalDelay(0), sim.drawnFor(7, r).approvalDelay(0), "a pure function of the run");
            if (run.outcome() == dev.stagecraft.simulation.Outcome.COMPLETED) {
                assertEquals(90 + run.plan().approvalDelay(0), run.durationMinutes(), "run " + r);
                completedChecked++;
            }
        }
        assertTrue(completedChecked > 100, "most runs complete: " + completedChecked);
        assertEquals(135, simulator.run().durationMinutes(), "the single run waits the median");
        assertEquals(batch.durationMinutes(), new dev.stagecraft.simulation.MonteCarlo(simulator, 20_000, 7, 1).run()
                .durationMinutes(), "the same seed, the same numbers, on one thread or two");
    }

    /** Runs on many threads each keep their own capacity ledger: the sample (sign-offs and a budget) on 1 and 2. */
    @Test
    void drawnSchedulesWithABudgetAreTheSameOnAnyThread() throws java.io.IOException {
        ServiceGraph g = NativeGraphReader.read(java.nio.file.Files.readString(
                java.nio.file.Path.of("sample-graphs/platform-migration.yaml")), "platform-migration.yaml").graph();
        SimulationPlan sim = new SimulationPlan(g, new PlanBuilder(g, PlanOptions.defaults()).build(),
                PlanOptions.UNLIMITED);
        assertTrue(sim.approvalsVary());
        Simulator simulator = new Simulator(sim, Scenario.random());
        for (int i = 0; i < 3; i++) {
            assertEquals(new dev.stagecraft.simulation.MonteCarlo(simulator, 3_000, 11, 1).run().durationMinutes(),
                    new dev.stagecraft.simulation.MonteCarlo(simulator, 3_000, 11, 2).run().durationMinutes());
        }
    }

    @Test
    void aFixedLatencyDoesNotVary() {
        String text = TestFiles.text("governance/approvals.yaml").replace("{median: 45, p90: 120}", "45");
        ServiceGraph g = NativeGraphReader.read(text, "fixed.yaml").graph();
        SimulationPlan sim = new SimulationPlan(g, new PlanBuilder(g, PlanOptions.defaults()).build(),
                PlanOptions.UNLIMITED);
        assertTrue(!sim.approvalsVary());
        dev.stagecraft.simulation.Distribution waits = new dev.stagecraft.simulation.MonteCarlo(
                new Simulator(sim, Scenario.random()), 500, 3, 1).run().approvalWaitMinutes();
        assertEquals(45, waits.p50());
        assertEquals(45, waits.p99());
    }

    /** A rule by expression: a's team is core, so "core on tier <= 1" asks the platform leads too; b it does not. */
    @Test
    void aRuleByExpressionMatchesTheComponentsItSays() {
        String text = TestFiles.text("governance/approvals.yaml") + """
                    - id: core-leads
                      approvers: [platform-leads]
                      latencyMinutes: {median: 60, p90: 60}
                      when: 'component.team == "core" && component.tier <= 1'
                """;
        var read = NativeGraphReader.read(text, "when.yaml");
        assertTrue(read.findings().stream().noneMatch(f -> f.code().equals("unknown-key")), read.findings().toString());
        ServiceGraph g = read.graph();
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        assertEquals(List.of("tier0-cab", "core-leads"), plan.steps().get(0).approvals().stream()
                .map(StepApproval::rule).toList());
        assertEquals(List.of(), plan.steps().get(1).approvals(), "b is web, tier 2");
        assertEquals(60, plan.steps().get(0).startMinute(), "a waits for the slower sign-off");
        String saved = NativeGraphWriter.write(g, null);
        assertTrue(saved.contains("when: component.team == \"core\" && component.tier <= 1\n"), saved);
        assertEquals(g.metadata().governance(), NativeGraphReader.read(saved, "g.yaml").graph().metadata().governance());
        ServiceGraph json = new JsonGraphReader().read(new JsonGraphWriter().write(g), "g.json").graph();
        assertEquals(g.metadata().governance(), json.metadata().governance());
        assertTrue(GraphDigest.of(g).equals(GraphDigest.of(json)));
    }

    @Test
    void aMalformedExpressionIsAnErrorAtItsPlaceAndTheRuleIsSkipped() {
        String text = TestFiles.text("governance/approvals.yaml") + """
                    - id: broken
                      approvers: [someone]
                      when: 'component.tier == '
                """;
        var read = NativeGraphReader.read(text, "when.yaml");
        var error = read.findings().stream().filter(f -> f.code().equals("invalid-approval")).findFirst().orElseThrow();
        int line = (int) text.lines().takeWhile(l -> !l.contains("when: 'component.tier")).count() + 1;
        assertEquals(line, error.location().line(), error.describe());
        assertTrue(error.message().contains("approval 'broken'") && error.message().contains("column"), error.message());
        assertEquals(1, read.graph().metadata().governance().approvals().size());
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
