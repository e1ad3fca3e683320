package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window in a planning meeting: the analysis mode stays put on a click, and presentation mode. */
@ExtendWith(ApplicationExtension.class)
class MeetingRoomTest {
    private MainWindow window;
    private ServiceGraph graph;

    @Start
    void start(Stage stage) {
        graph = TestGraphs.shop(true);
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document);
        window.useExecutor(new SameThreadExecutor());
        window.show();
    }

    @Test
    void clickingAComponentKeepsTheCriticalPathAndWavesModes(FxRobot robot) {
        for (AnalysisMode mode : List.of(AnalysisMode.CRITICAL, AnalysisMode.WAVES, AnalysisMode.CYCLES)) {
            robot.interact(() -> window.analysis().modeProperty().set(mode));
            WaitForAsyncUtils.waitForFxEvents();
            Point2D local = window.canvas().localPointOf("auth");
            assertNotNull(local);
            robot.sleep(700); // not a double-click with the previous round's click
            robot.clickOn(window.canvas().localToScreen(local));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("auth", window.analysis().selectionProperty().get(), "the click selected");
            assertEquals(mode, window.analysis().modeProperty().get(), "the mode stayed");
            robot.interact(() -> window.analysis().clearSelection());
        }
        robot.interact(() -> window.analysis().modeProperty().set(AnalysisMode.NONE));
        robot.interact(() -> window.analysis().select("auth"));
        assertEquals(AnalysisMode.BLAST, window.analysis().modeProperty().get(), "with no highlight, a click shows the blast radius");
        assertEquals(new Highlight.Blast("auth"), window.analysis().highlighting().highlight());
    }

    /** Presenting a replay keeps its transport and event log on screen; leaving the replay hides the panels. */
    @Test
    void presentingAReplayKeepsItsControls(FxRobot robot) {
        robot.interact(() -> window.analysis().modeProperty().set(AnalysisMode.REPLAY));
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentingProperty().get());
        javafx.scene.Node play = robot.lookup("#replay-play").query();
        assertTrue(play.getScene() != null && play.isVisible() && play.getLayoutBounds().getWidth() > 0,
                "the replay's play button is on screen while presenting");
        robot.interact(() -> window.analysis().modeProperty().set(AnalysisMode.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#replay-play").tryQuery().map(n -> n.getScene() == null).orElse(true),
                "out of the replay, the panels go");
        robot.interact(() -> window.analysis().modeProperty().set(AnalysisMode.REPLAY));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#replay-play").query().getScene() != null, "and come back with it");
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void presentingHidesThePanelsScalesTheTextAndComesBack(FxRobot robot) {
        BorderPane root = (BorderPane) window.stage().getScene().getRoot();
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        double normal = counts.getFont().getSize();
        assertNotNull(root.getLeft());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentingProperty().get());
        assertNull(root.getLeft(), "no palette");
        assertNull(root.getRight(), "no inspector");
        assertTrue(robot.lookup("#presenting-hint").query().isVisible(), "the corner note says how to leave");
        assertEquals("", window.stage().getFullScreenExitHint(), "not JavaFX's hint over the middle of the screen");
        assertTrue(robot.lookup("#tab-plan").tryQuery().isEmpty() || !robot.lookup(".bottom-panels").query().isVisible()
                || robot.lookup(".bottom-panels").query().getScene() == null, "no bottom panels");
        robot.interact(() -> root.applyCss());
        double presented = counts.getFont().getSize();
        assertTrue(presented >= TextSize.LARGE.pixels() && presented > normal,
                "text scaled for the room: " + normal + " -> " + presented);
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.applyCss());
        assertFalse(window.presentingProperty().get());
        assertFalse(robot.lookup("#presenting-hint").query().isVisible(), "the note goes with presentation mode");
        assertNotNull(root.getLeft());
        assertNotNull(root.getRight());
        assertEquals(normal, counts.getFont().getSize(), 0.01);
    }

    @Test
    void escLeavesPresentingAndKeepsTheSelection(FxRobot robot) {
        String first = window.document().graph().components().iterator().next().id();
        robot.interact(() -> window.analysis().select(first));
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentingProperty().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentingProperty().get(), "Esc leaves presentation mode");
        assertEquals(java.util.List.of(first), window.analysis().selection().components(), "and nothing else");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.analysis().selection().components().isEmpty(), "a second Esc clears the selection");
    }

    @Test
    void theTextSizeSettingScalesTheWindowsText(FxRobot robot) {
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        robot.interact(() -> window.textSizeProperty().set(TextSize.HUGE));
        robot.interact(() -> window.stage().getScene().getRoot().applyCss());
        assertEquals(TextSize.HUGE.pixels(), counts.getFont().getSize(), 0.01);
    }

    @Test
    void atHugeTextTheSidePanelsLeaveTheMapMostOfTheWidth(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
            window.textSizeProperty().set(TextSize.HUGE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        BorderPane root = (BorderPane) window.stage().getScene().getRoot();
        double width = root.getWidth();
        assertTrue(root.getRight().getLayoutBounds().getWidth() <= width * MainWindow.INSPECTOR_MAX_SHARE + 1,
                "inspector " + root.getRight().getLayoutBounds().getWidth() + " of " + width);
        assertTrue(root.getLeft().getLayoutBounds().getWidth() <= width * MainWindow.PALETTE_MAX_SHARE + 1,
                "palette " + root.getLeft().getLayoutBounds().getWidth() + " of " + width);
        assertTrue(window.canvas().getWidth() >= width * 0.5, "the map keeps half the width: " + window.canvas().getWidth());
    }

    @Test
    void onASmallWindowTheMinimapStaysOutOfTheWay(FxRobot robot) {
        javafx.scene.Node minimap = robot.lookup("#minimap").query();
        robot.interact(() -> window.canvas().zoomBy(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(minimap.isVisible(), "zoomed in on a large window: the minimap shows where the view is");
        robot.interact(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().zoomBy(1.1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(minimap.isVisible(), "at 1024x640 it would cover too much of the drawing");
    }
}
