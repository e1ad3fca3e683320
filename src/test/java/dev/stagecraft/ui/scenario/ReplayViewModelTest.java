package dev.stagecraft.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.Launcher;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.simulation.Phase;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The replay's view model without a stage, on the five-component graph of SimulateCliTest. */
class ReplayViewModelTest {
    private static final Path SMALL = Path.of("src/test/resources/cli/small.yaml");
    private final ServiceGraph graph = NativeGraphReader.read(SMALL).graph();
    private final SimpleObjectProperty<Revision> revision = new SimpleObjectProperty<>(new Revision(1, graph.copy()));
    private final SimpleObjectProperty<SavedScenario> scenario = new SimpleObjectProperty<>(new SavedScenario("s",
            List.of(SavedScenario.BadVersion.atStage("api", 2)), List.of(), null, null));
    private final ReplayViewModel replay = new ReplayViewModel(revision, scenario, new SimpleObjectProperty<>(
            new Diagram(graph, new HeadlessTextMeasurer(), new DiagramPlacement(() -> new int[graph.componentCount()]))),
            SameThreadExecutor::new);

    @Test
    void nothingIsSimulatedUntilTheReplayIsLookedAt() {
        assertNull(replay.runProperty().get());
        replay.setActive(true);
        assertNotNull(replay.runProperty().get());
        assertNotNull(replay.highlightingProperty().get());
    }

    @Test
    void theEventsAreExactlyTheCommandLines() throws Exception {
        replay.setActive(true);
        CommandLineRun cli = cli("simulate", SMALL.toString(), "--inject", "api@2", "--format", "json");
        JsonNode events = cli.json().get("events");
        List<SimulationEvent> mine = replay.runProperty().get().events();
        assertEquals(events.size(), mine.size());
        for (int i = 0; i < mine.size(); i++) {
            JsonNode e = events.get(i);
            SimulationEvent m = mine.get(i);
            assertEquals(e.get("minute").asInt(), m.minute(), "event " + i);
            assertEquals(e.get("type").asText(), m.type().id(), "event " + i);
            assertEquals(e.get("step").asText(), m.step(), "event " + i);
        }
        assertEquals(cli.json().get("runMinutes").asInt(), replay.endMinuteProperty().get());
    }

    @Test
    void playingMovesSpeedMinutesASecondAndStopsAtTheEnd() {
        replay.setActive(true);
        replay.speedProperty().set(10);
        replay.advance(1);
        assertEquals(0, replay.minuteProperty().get(), "paused: nothing moves");
        replay.play();
        replay.advance(0.55);
        assertEquals(5, replay.minuteProperty().get());
        replay.advance(0.5);
        assertEquals(10, replay.minuteProperty().get(), "fractions add up");
        assertEquals(Phase.CANARY, replay.stateOf("api").phase());
        assertEquals(50, replay.stateOf("api").percent());
        replay.advance(100);
        assertEquals(19, replay.minuteProperty().get());
        assertFalse(replay.playingProperty().get(), "stops at the end");
        assertEquals(Phase.ROLLED_BACK, replay.stateOf("api").phase());
        replay.play();
        assertEquals(0, replay.minuteProperty().get(), "play at the end starts over");
    }

    @Test
    void stepsGoFromEventToEventAndTheMinuteStaysInTheRun() {
        replay.setActive(true);
        List<SimulationEvent> events = replay.runProperty().get().events();
        assertEquals(-1 + (int) events.stream().filter(e -> e.minute() == 0).count(), replay.currentEventProperty().get(),
                "at minute 0 the last event of minute 0 is current");
        replay.minuteProperty().set(999);
        assertEquals(19, replay.minuteProperty().get(), "clamped to the end");
        assertEquals(events.size() - 1, replay.currentEventProperty().get());
        replay.minuteProperty().set(-3);
        assertEquals(0, replay.minuteProperty().get(), "clamped to 0");
        replay.jumpToEvent(0);
        for (int i = 1; i < events.size(); i++) {
            replay.nextEvent();
            assertEquals(i, replay.currentEventProperty().get());
            assertEquals(events.get(i).minute(), replay.minuteProperty().get());
        }
        replay.nextEvent();
        assertEquals(events.size() - 1, replay.currentEventProperty().get(), "no event after the last");
        replay.minuteProperty().set(16); // between api's gate-fail at 14 and worker's last gate at 18
        int current = replay.currentEventProperty().get();
        assertTrue(events.get(current).minute() < 16);
        replay.previousEvent();
        assertEquals(current, replay.currentEventProperty().get(), "Left first goes back to the current event's minute");
        assertEquals(events.get(current).minute(), replay.minuteProperty().get());
        replay.previousEvent();
        assertEquals(current - 1, replay.currentEventProperty().get());
    }

    @Test
    void aNewScenarioOrRevisionIsSimulatedAgainAndAScenarioThatDoesNotFitIsAnError() {
        replay.setActive(true);
        scenario.set(SavedScenario.empty("s"));
        assertEquals(35, replay.endMinuteProperty().get(), "nothing fails: web ends at 35");
        scenario.set(new SavedScenario("s", List.of(SavedScenario.BadVersion.atStage("api", 9)), List.of(), null, null));
        assertNull(replay.runProperty().get());
        assertNotNull(replay.errorProperty().get());
        assertTrue(replay.errorProperty().get().contains("api"), replay.errorProperty().get());
        assertNull(replay.highlightingProperty().get());
        ServiceGraph shorter = graph.copy();
        shorter.replaceComponent("web", shorter.requireComponent("web").withChanging(false));
        scenario.set(SavedScenario.empty("s"));
        revision.set(new Revision(2, shorter));
        assertEquals(20, replay.endMinuteProperty().get(), "web no longer changes: the plan ends with api at 20");
    }

    private record CommandLineRun(int code, JsonNode json) {
    }

    private static CommandLineRun cli(String... args) throws Exception {
        var cl = Launcher.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        assertEquals(0, code);
        return new CommandLineRun(code, new ObjectMapper().readTree(out.toString()));
    }
}
