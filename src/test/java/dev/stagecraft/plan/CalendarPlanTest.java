package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plans in calendar time (README, "Safe windows and freezes"), computed by hand. The graph: c depends on b, b on a,
 * each step two stages of 150 minutes (D = 300, bake 60 twice: E = 180 spread 90 + 90); a Mon-Thu 09:00-16:00
 * window in Europe/Berlin; a freeze from Tue 12:00 to Wed 10:00. Start: Monday 2026-12-07 09:00.
 * <ul>
 *   <li>a: stage 1 09:00-11:30, stage 2 11:30-14:00 (minute 0 to 300);</li>
 *   <li>b: stage 1 at 14:00 (inside), runs past 16:00 to 16:30; stage 2 waits for Tue 09:00 (minute 1440: 990
 *       minutes), ends 11:30 (1590);</li>
 *   <li>c: stage 1 from 11:30 would run into the freeze at 12:00: it waits for the freeze's end, Wed 10:00 (minute
 *       2940: 1350 minutes), stage 2 at 12:30, done 15:00 (3240).</li>
 * </ul>
 */
class CalendarPlanTest {
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private static ServiceGraph graph() {
        return NativeGraphReader.read(TestFiles.text("governance/windows-and-freeze.yaml"), "windows-and-freeze.yaml")
                .graph();
    }

    private static RolloutPlan plan(ServiceGraph g, ZonedDateTime start) {
        return new PlanBuilder(g, PlanOptions.defaults().withStart(start)).build();
    }

    @Test
    void stepsStartInsideWindowsAndWaitOutFreezes() {
        RolloutPlan plan = plan(graph(), MONDAY);
        PlanStep a = plan.steps().get(0);
        PlanStep b = plan.steps().get(1);
        PlanStep c = plan.steps().get(2);
        assertEquals(List.of(0, 300, 300, 1590, 2940, 3240), List.of(a.startMinute(), a.endMinute(), b.startMinute(),
                b.endMinute(), c.startMinute(), c.endMinute()));
        assertEquals("2026-12-07T09:00:00+01:00", a.clock().start());
        assertEquals("2026-12-07T14:00:00+01:00", a.clock().end());
        assertEquals(List.of(), a.clock().waits());
        assertEquals(List.of(new ChangeCalendar.Wait(2, 450, 990, "outside window weekdays")), b.clock().waits());
        assertEquals("2026-12-08T11:30:00+01:00", b.clock().end());
        assertEquals(List.of(new ChangeCalendar.Wait(1, 1590, 1350, "freeze maintenance")), c.clock().waits());
        assertEquals("2026-12-09T10:00:00+01:00", c.clock().start());
        assertEquals("2026-12-09T15:00:00+01:00", c.clock().end());
        PlanClock clock = plan.summary().clock();
        assertEquals(new PlanClock("2026-12-07T09:00:00+01:00", "Europe/Berlin", "2026-12-09T15:00:00+01:00", 2340),
                clock);
        assertEquals(3240, plan.summary().estimatedMinutes());
        assertEquals(900, plan.summary().criticalPath().minutes(), "the critical path stays in step minutes T");
    }

    @Test
    void aStartOutsideTheWindowWaitsForItToOpen() {
        // Thursday 17:00: closed until Monday 09:00 (Fri-Sun are not in the window): 88 hours
        RolloutPlan plan = plan(graph(), ZonedDateTime.of(2026, 12, 10, 17, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        PlanStep a = plan.steps().get(0);
        assertEquals(88 * 60, a.startMinute());
        assertEquals("2026-12-14T09:00:00+01:00", a.clock().start());
        assertEquals(List.of(new ChangeCalendar.Wait(1, 0, 88 * 60, "outside window weekdays")), a.clock().waits());
    }

    @Test
    void withoutAStartThePlanStaysInRelativeMinutes() {
        RolloutPlan plan = new PlanBuilder(graph(), PlanOptions.defaults()).build();
        assertNull(plan.summary().clock());
        assertEquals(List.of(0, 300, 600), plan.steps().stream().map(PlanStep::startMinute).toList());
        assertNull(plan.steps().get(0).clock());
        assertTrue(!PlanWriter.toYaml(plan).contains("start:"), "no wall-clock keys");
    }

    @Test
    void theSameInputGivesTheSameBytesAndThePlanReadsBack() {
        String once = PlanWriter.toYaml(plan(graph(), MONDAY));
        assertEquals(once, PlanWriter.toYaml(plan(graph(), MONDAY)));
        RolloutPlan reread = PlanReader.read(once);
        assertEquals(plan(graph(), MONDAY), reread);
        assertEquals(PlanWriter.toJson(plan(graph(), MONDAY)), PlanWriter.toJson(PlanReader.read(
                PlanWriter.toJson(plan(graph(), MONDAY)))));
    }

    @Test
    void theSimulationWithNothingFailingReproducesTheCalendarPlan() {
        ServiceGraph g = graph();
        RolloutPlan plan = plan(g, MONDAY);
        SimulationPlan sim = new SimulationPlan(g, plan, PlanOptions.UNLIMITED);
        for (int k = 0; k < plan.steps().size(); k++) {
            assertEquals(plan.steps().get(k).startMinute(), sim.start(k), plan.steps().get(k).id());
            assertEquals(plan.steps().get(k).endMinute(), sim.end(k), plan.steps().get(k).id());
            var held = plan.steps().get(k).heldTiming();
            for (int i = 0; i < held.stageCount(); i++) {
                assertEquals(held.stageStart(i), sim.timing(k).stageStart(i), "the timeline's stage " + i + " is the run's");
                assertEquals(held.stageEnd(i), sim.timing(k).stageEnd(i));
            }
        }
        var run = new Simulator(sim, Scenario.random()).run();
        assertEquals(3240, run.durationMinutes(), "the duration includes the 2,340 minutes of waits");
        // b's second stage starts on Tuesday morning, after the overnight wait
        var events = dev.stagecraft.simulation.RunEvents.of(run);
        assertTrue(events.stream().anyMatch(e -> e.minute() == 1440 && e.type().id().equals("stage")
                && e.step().equals("b")), events.toString());
    }

    @Test
    void governanceRoundTripsThroughTheGraphFile() {
        String text = TestFiles.text("governance/windows-and-freeze.yaml");
        ServiceGraph g = NativeGraphReader.read(text, "g.yaml").graph();
        Governance gov = g.metadata().governance();
        assertEquals("Europe/Berlin", gov.timeZone());
        ChangeWindow w = gov.windows().get(0);
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), w.days());
        assertEquals(LocalTime.of(16, 0), w.to());
        assertEquals("database maintenance", gov.freezes().get(0).reason());
        String saved = NativeGraphWriter.write(g, null);
        assertEquals(saved, NativeGraphWriter.write(NativeGraphReader.read(saved, "g.yaml").graph(), null), "stable");
        assertEquals(gov, NativeGraphReader.read(saved, "g.yaml").graph().metadata().governance());
        assertTrue(NativeGraphReader.read(saved, "g.yaml").findings().isEmpty(),
                NativeGraphReader.read(saved, "g.yaml").findings().toString());
    }

    @Test
    void windowsOfATeamOrAComponentOverrideTheGraphWideOnes() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("night-job", ComponentKind.SERVICE).withTier(3).withChanging(true)
                .withRollout(Rollout.NONE.withDurationMinutes(60)));
        g.addComponent(Component.of("web", ComponentKind.SERVICE).withTeam("web").withTier(3).withChanging(true)
                .withRollout(Rollout.NONE.withDurationMinutes(60)));
        EnumSet<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
        g.setMetadata(g.metadata().withGovernance(new Governance("UTC", List.of(
                new ChangeWindow("days", all, LocalTime.of(9, 0), LocalTime.of(17, 0), null, List.of(), List.of()),
                new ChangeWindow("nights", all, LocalTime.of(22, 0), LocalTime.of(6, 0), null, List.of(),
                        List.of("night-job"))), List.of())));
        RolloutPlan plan = plan(g, ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneId.of("UTC")));
        PlanStep job = plan.steps().stream().filter(s -> s.id().equals("night-job")).findFirst().orElseThrow();
        PlanStep web = plan.steps().stream().filter(s -> s.id().equals("web")).findFirst().orElseThrow();
        assertEquals(0, web.startMinute(), "web: the graph-wide day window is open at noon");
        assertEquals(600, job.startMinute(), "night-job: only its own overnight window, from 22:00");
    }

    @Test
    void windowsThatNeverMeetAreAnErrorNamingTheStep() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE).withTeam("x").withChanging(true));
        g.addComponent(Component.of("b", ComponentKind.SERVICE).withTeam("y").withChanging(true));
        g.addDependency(dev.stagecraft.model.Dependency.of("a", "b"));
        g.addDependency(dev.stagecraft.model.Dependency.of("b", "a"));
        g.setMetadata(g.metadata().withGovernance(new Governance(null, List.of(
                new ChangeWindow("mon", EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), null,
                        List.of("x"), List.of()),
                new ChangeWindow("tue", EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), null,
                        List.of("y"), List.of())), List.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan(g, ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("UTC"))));
        assertTrue(e.getMessage().contains("can never start"), e.getMessage());
        assertTrue(e.getMessage().contains("cycle-a"), e.getMessage());
    }
}
