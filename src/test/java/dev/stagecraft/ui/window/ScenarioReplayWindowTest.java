package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.simulation.ComponentState;
import dev.stagecraft.simulation.EventType;
import dev.stagecraft.simulation.Phase;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.scenario.ReplayViewModel;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scenarios and their replay in the window, on the five-component graph whose run SimulateCliTest checks by hand:
 * api's steps end at 7, 14, 20 (stage 2 at 50 %), worker 0-18, web 20-35. A bad api from stage 2 is caught at
 * minute 14, the plan halts, api rolls back 14-19; web (which depends on api) never starts, worker finishes at 18.
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioReplayWindowTest {
    private MainWindow window;
    private ServiceGraph graph;

    @Start
    void start(Stage stage) {
        graph = NativeGraphReader.read(Path.of("src/test/resources/cli/small.yaml")).graph();
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document);
        window.useExecutor(new SameThreadExecutor());
        window.show();
    }

    @Test
    void aFailureInjectedFromTheMapPlaysOutOnTheMapAsTheEngineSays(FxRobot robot) throws Exception {
        chooseFromContextMenu(robot, "api", "ctx-fail-at-stage");
        robot.lookup("#scenario-dialog-field").queryTextInputControl();
        robot.interact(() -> robot.lookup("#scenario-dialog-field").queryTextInputControl().setText(""));
        robot.clickOn("#scenario-dialog-field").write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(SavedScenario.BadVersion.atStage("api", 2)), window.scenarios().scenario().inject());
        assertEquals(AnalysisMode.REPLAY, window.analysis().modeProperty().get(), "the map shows the replay");
        assertEquals("tab-scenario", robot.lookup(".bottom-panels").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId());
        ReplayViewModel replay = window.replay();
        assertNotNull(replay.runProperty().get(), String.valueOf(replay.errorProperty().get()));
        assertEquals(19, replay.endMinuteProperty().get(), "api rolls back 14-19");

        robot.clickOn("#replay-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(replay.playingProperty().get() || replay.minuteProperty().get() == 19, "Play plays");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !replay.playingProperty().get());
        assertEquals(19, replay.minuteProperty().get(), "played to the end");
        assertMap(Phase.ROLLED_BACK, 0, "api");
        assertMap(Phase.PENDING, 0, "web");
        assertMap(Phase.DONE, 0, "worker");

        // step through the events with the keys: the playhead is at each event's minute, the map as the engine says
        robot.interact(() -> replay.minuteProperty().set(0));
        robot.clickOn("#replay-events");
        robot.interact(() -> replay.jumpToEvent(0));
        List<SimulationEvent> events = replay.runProperty().get().events();
        for (int i = 1; i < events.size(); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(i, replay.currentEventProperty().get(), "Right steps to the next event");
            assertEquals(events.get(i).minute(), replay.minuteProperty().get(), "the playhead is at event " + i);
            assertMapIsTheEngines(replay);
            if (events.get(i).type() == EventType.GATE_FAIL) {
                assertEquals(14, events.get(i).minute());
                assertMap(Phase.ROLLING_BACK, 50, "api");
                assertMap(Phase.PENDING, 50, "web");
                assertEquals(Highlighting.IMPACT_OUTAGE, highlightingOf("web"), "web depends hard on api");
            }
        }
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events.size() - 2, replay.currentEventProperty().get(), "Left steps back");
        ListView<?> log = robot.lookup("#replay-events").queryAs(ListView.class);
        assertEquals(events.size() - 2, log.getSelectionModel().getSelectedIndex(), "the log shows the current event");
    }

    @Test
    void scrubbingTheMinuteShowsTheStatesAtThatMinute(FxRobot robot) {
        robot.interact(() -> window.scenarios().addBadVersion(SavedScenario.BadVersion.atStage("api", 2)));
        robot.clickOn("#tab-scenario");
        ReplayViewModel replay = window.replay();
        Slider slider = robot.lookup("#replay-minute").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.interact(() -> window.analysis().modeProperty().set(AnalysisMode.REPLAY));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image atStart = snapshot(robot);
        robot.interact(() -> window.analysis().modeProperty().set(AnalysisMode.NONE));
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(2000, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AnalysisMode.REPLAY, window.analysis().modeProperty().get(), "scrubbing shows the replay");
        assertTrue(differingPixels(atStart, snapshot(robot)) > 100, "the map is repainted with the new minute's colours");
        assertEquals(19, replay.minuteProperty().get(), "dragged to the end");
        assertMap(Phase.ROLLED_BACK, 0, "api");
        assertMapIsTheEngines(replay);
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(-2000, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, replay.minuteProperty().get(), "dragged to the start");
        assertMapIsTheEngines(replay);
        robot.interact(() -> slider.setValue(10));
        assertEquals(10, replay.minuteProperty().get());
        assertMap(Phase.CANARY, 50, "api");
        assertEquals("canary 50% \u00b7 outage 50%", window.canvas().highlightingProperty().get()
                .badge(window.analysis().diagramProperty().get().indexOf("api")));
        assertMapIsTheEngines(replay);
    }

    @Test
    void clickingAnEventJumpsThereAndSelectsItsComponents(FxRobot robot) {
        robot.interact(() -> window.scenarios().addBadVersion(SavedScenario.BadVersion.atStage("api", 2)));
        robot.clickOn("#tab-scenario");
        ReplayViewModel replay = window.replay();
        List<SimulationEvent> events = replay.runProperty().get().events();
        int fail = 0;
        while (events.get(fail).type() != EventType.GATE_FAIL) {
            fail++;
        }
        ListView<?> log = robot.lookup("#replay-events").queryAs(ListView.class);
        int row = fail;
        robot.interact(() -> log.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#replay-events .list-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> lc && lc.getIndex() == row).findFirst()
                .orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(14, replay.minuteProperty().get());
        assertEquals(fail, replay.currentEventProperty().get());
        assertEquals(List.of("api"), window.editor().selection().components(), "its components are selected");
        assertEquals(AnalysisMode.REPLAY, window.analysis().modeProperty().get(), "and the replay stays on the map");
        assertEquals(Highlight.REPLAY, window.canvas().highlightingProperty().get().highlight());
    }

    @Test
    void savingWithTheGraphIsUndoableAndADeletedComponentIsReportedNotACrash(FxRobot robot) {
        robot.interact(() -> window.scenarios().addBadVersion(SavedScenario.BadVersion.atStage("api", 2)));
        robot.interact(() -> window.scenarios().addFault(new SavedScenario.Outage("db", 30, 40)));
        robot.clickOn("#tab-scenario");
        assertTrue(graph.metadata().scenarios().isEmpty(), "not saved until asked");
        robot.clickOn("#scenario-save");
        assertEquals(List.of(window.scenarios().scenario()), graph.metadata().scenarios());
        robot.interact(() -> window.scenarios().removeFault(0));
        assertEquals(List.of(), graph.metadata().scenarios().get(0).faults(), "edits of a saved scenario go to the graph");
        robot.interact(() -> window.document().history().undo());
        assertEquals(1, window.scenarios().scenario().faults().size(), "undo brings the fault back, in the tab too");
        robot.interact(() -> window.document().history().undo());
        assertTrue(graph.metadata().scenarios().isEmpty(), "undo takes it out of the graph");
        assertFalse(window.scenarios().savedProperty().get());
        robot.interact(() -> window.document().history().redo());
        assertTrue(window.scenarios().savedProperty().get());

        robot.interact(() -> {
            window.analysis().select("api");
            window.editor().actions().delete();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(graph.contains("api"));
        assertEquals(1, window.scenarios().problemsProperty().get().size(), window.scenarios().problemsProperty().get().toString());
        assertTrue(window.scenarios().problemsProperty().get().get(0).contains("'api' is not in the graph"));
        assertTrue(robot.lookup("#scenario-problems").queryLabeled().getText().contains("'api'"));
        assertNotNull(window.replay().runProperty().get(), "the rest of the scenario still runs");
        assertEquals(Phase.DONE, window.replay().runProperty().get().replay()
                .stateAt(window.replay().endMinuteProperty().get())[window.replay().runProperty().get().result().plan()
                .snapshot().indexOf("web")].phase(), "without api's bad version the plan completes");
    }

    private void chooseFromContextMenu(FxRobot robot, String component, String itemId) {
        Point2D local = window.canvas().localPointOf(component);
        assertNotNull(local, component + " is drawn");
        robot.rightClickOn(window.canvas().localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem item = window.editor().menus().shown().getItems().stream().filter(m -> itemId.equals(m.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + itemId));
        robot.clickOn(item.getText());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.scene.image.Image snapshot(FxRobot robot) {
        javafx.scene.image.Image[] image = new javafx.scene.image.Image[1];
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image[0] = window.canvas().snapshot(null, null)); // both layers: backdrop and emphasis
        return image[0];
    }

    private static int differingPixels(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        int n = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private byte highlightingOf(String id) {
        return window.canvas().highlightingProperty().get().impact(window.analysis().diagramProperty().get().indexOf(id));
    }

    /** The component on the map (the canvas's highlighting) has this phase and is in outage at this percent (0: not). */
    private void assertMap(Phase phase, int outage, String id) {
        Highlighting h = window.canvas().highlightingProperty().get();
        int i = window.analysis().diagramProperty().get().indexOf(id);
        assertEquals(Highlight.REPLAY, h.highlight());
        assertEquals(phaseState(phase), h.state(i), id + " at minute " + window.replay().minuteProperty().get());
        ComponentState s = window.replay().stateOf(id);
        assertEquals(outage, s.outage(), id + "'s outage at minute " + window.replay().minuteProperty().get());
        assertEquals(outage > 0 ? Highlighting.IMPACT_OUTAGE : s.degraded() > 0 ? Highlighting.IMPACT_DEGRADED : 0, h.impact(i));
    }

    /** Every component on the map is drawn as the engine's Replay.stateAt says for the playhead minute. */
    private void assertMapIsTheEngines(ReplayViewModel replay) {
        var run = replay.runProperty().get();
        ComponentState[] engine = run.replay().stateAt(replay.minuteProperty().get());
        Highlighting h = window.canvas().highlightingProperty().get();
        var d = window.analysis().diagramProperty().get();
        for (int i = 0; i < d.size(); i++) {
            ComponentState s = engine[run.result().plan().snapshot().indexOf(d.id(i))];
            assertEquals(phaseState(s.phase()), h.state(i), d.id(i) + " at minute " + replay.minuteProperty().get());
            byte impact = s.outage() > 0 ? Highlighting.IMPACT_OUTAGE : s.degraded() > 0 ? Highlighting.IMPACT_DEGRADED : 0;
            assertEquals(impact, h.impact(i), d.id(i) + "'s impact at minute " + replay.minuteProperty().get());
        }
    }

    private static NodeState phaseState(Phase p) {
        return p == Phase.UNCHANGED ? NodeState.NORMAL : NodeState.valueOf(p.name());
    }
}
