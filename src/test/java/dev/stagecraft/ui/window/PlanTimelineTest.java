package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.timeline.TimelineView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan's timeline in the window: bars and the map select each other, it follows edits, keys and the playhead. */
@ExtendWith(ApplicationExtension.class)
class PlanTimelineTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("stagecraft-timeline-test");
        prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(dir.resolve("recovery")), Duration.seconds(600));
        ServiceGraph graph = NativeGraphReader.read(Path.of("sample-graphs/shop.yaml")).graph();
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document, services);
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    /** Shows the Plan tab enlarged and waits for its timeline. */
    private TimelineView timeline(FxRobot robot) throws Exception {
        robot.clickOn("Plan");
        robot.clickOn("#plan-enlarge");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.planPanel().timeline().layoutProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.planPanel().timeline();
    }

    private static Point2D barOnScreen(FxRobot robot, TimelineView view, String stepId) {
        Point2D[] local = new Point2D[1];
        robot.interact(() -> local[0] = view.revealBar(stepId));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(local[0], "a bar for " + stepId);
        return view.localToScreen(local[0]);
    }

    private static TimelineLayout layout(TimelineView view) {
        return view.layoutProperty().get();
    }

    @Test
    void clickingABarSelectsItsComponentsOnTheMap(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        PlanStep cycle = layout(view).step(layout(view).rowOf("cycle-inventory"));
        assertTrue(cycle.components().size() > 1, "a step of several components: " + cycle.components());
        robot.clickOn(barOnScreen(robot, view, "cycle-inventory"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new HashSet<>(cycle.components()), new HashSet<>(window.analysis().selection().components()));
        assertTrue(view.selectedRows().get(layout(view).rowOf("cycle-inventory")), "and its bar is marked");
        assertEquals(1, view.selectedRows().cardinality());
    }

    @Test
    void selectingAComponentOnTheMapMarksItsBar(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        long painted = view.framesPainted();
        robot.clickOn(window.canvas().localToScreen(window.canvas().localPointOf("web-gateway")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("web-gateway"), window.analysis().selection().components());
        int row = layout(view).rowOf("web-gateway");
        assertTrue(view.selectedRows().get(row));
        assertEquals(1, view.selectedRows().cardinality());
        assertTrue(view.framesPainted() > painted, "the timeline painted the mark");
        robot.clickOn(window.canvas().localToScreen(window.canvas().localPointOf("catalog-db")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.selectedRows().isEmpty(), "an unchanged component has no bar to mark");
    }

    @Test
    void theTimelineFollowsAnEdit(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        TimelineLayout before = layout(view);
        assertEquals(-1, before.rowOfComponent("catalog"), "catalog is not changing yet");
        robot.clickOn(window.canvas().localToScreen(window.canvas().localPointOf("catalog")));
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> layout(view) != before
                && layout(view).rowOfComponent("catalog") >= 0);
        assertEquals(before.rowCount() + 1, layout(view).rowCount());
        assertTrue(view.selectedRows().get(layout(view).rowOfComponent("catalog")), "the selection stays marked");
    }

    @Test
    void hoveringABarDescribesItsMinutesStagesGatesAndRollback(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        robot.moveTo(barOnScreen(robot, view, "web-gateway"));
        WaitForAsyncUtils.waitForFxEvents();
        int row = layout(view).rowOf("web-gateway");
        assertEquals(row, view.hoveredRowProperty().get());
        PlanStep s = layout(view).step(row);
        String text = view.describe(row);
        assertTrue(text.contains("Starts at minute " + s.startMinute() + ", ends at minute " + s.endMinute()), text);
        assertTrue(text.contains(s.stages().get(0).percent() + "%  minute " + s.startMinute()), text);
        assertTrue(text.contains("Gates: error_rate"), text);
        assertTrue(text.contains("Rollback (" + s.rollbackMinutes() + " min):"), text);
        assertTrue(text.contains("on the critical path of the plan"), text);
    }

    @Test
    void arrowKeysMoveBetweenBarsAndEnterSelects(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        robot.clickOn(barOnScreen(robot, view, "orders-db"));
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertEquals(2, view.focusedRowProperty().get());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new HashSet<>(layout(view).step(2).components()),
                new HashSet<>(window.analysis().selection().components()));
        robot.type(KeyCode.RIGHT);
        assertFalse(window.document().canUndoProperty().get(), "the arrows moved between bars, not the components");
        int waiter = view.focusedRowProperty().get();
        assertTrue(layout(view).step(waiter).after().contains(layout(view).step(2).id()),
                "Right goes to a step waiting for it");
    }

    @Test
    void draggingOnTheMinutesAxisMovesThePlayhead(FxRobot robot) throws Exception {
        TimelineView view = timeline(robot);
        assertEquals(null, view.playheadMinuteProperty().get(), "no playhead until asked for");
        double axisY = axisY(view);
        robot.drag(view.localToScreen(view.xOf(30), axisY)).moveTo(view.localToScreen(view.xOf(120), axisY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(120, view.playheadMinuteProperty().get());
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        robot.interact(() -> view.playheadMinuteProperty().set(200));
        assertEquals(200, Math.round(view.minuteAt(view.xOf(200))));
    }

    /** The middle of the minutes axis band: under the legend strip. */
    private static double axisY(TimelineView view) {
        double text = view.textSizeProperty().get();
        return Math.round(text * 1.7) + Math.round(text * 1.8) / 2;
    }

    @Test
    void thePlanDetachesIntoItsOwnWindowAndComesBack(FxRobot robot) throws Exception {
        timeline(robot);
        robot.clickOn("#plan-detach");
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> others = Window.getWindows().stream().filter(w -> w != window.stage() && w.isShowing()
                && w instanceof Stage).toList();
        assertEquals(1, others.size(), "a window of its own");
        assertTrue(window.planPanel().getScene().getWindow() == others.get(0));
        robot.clickOn("#plan-attach");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.planPanel().getScene().getWindow() == window.stage(), "back in the main window");
    }
}
