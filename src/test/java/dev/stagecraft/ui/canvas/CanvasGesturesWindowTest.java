package dev.stagecraft.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.edit.EditOverlay;
import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each kind of mouse gesture through the real window's canvas, like a user: the model, the selection and the view
 * are checked after it. The graph: {@code web} at (0, 0) depends on {@code db} at (0, 500); {@code api} at
 * (500, 0); the middle of the triangle is empty.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasGesturesWindowTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(Files.createTempDirectory("stagecraft-gesture-test").resolve("recovery")),
                Duration.hours(1));
        ServiceGraph graph = new ServiceGraph();
        graph.addComponent(Component.of("web", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        graph.addComponent(Component.of("api", ComponentKind.SERVICE).withPosition(new Position(500, 0)));
        graph.addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 500)));
        graph.addDependency(Dependency.of("web", "db"));
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document, services);
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private ServiceGraph graph() {
        return window.document().graph();
    }

    private Selection selection() {
        return window.editor().selection();
    }

    private Viewport viewport() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas().viewportProperty().get();
    }

    /** Where a world point is on the screen now. */
    private Point2D screenOf(double worldX, double worldY) {
        Viewport v = viewport();
        return window.canvas().localToScreen(v.toScreenX(worldX), v.toScreenY(worldY));
    }

    private Point2D centreOf(String id) {
        Position p = graph().requireComponent(id).position();
        return screenOf(p.x(), p.y());
    }

    private Point2D emptySpace() {
        return screenOf(250, 250);
    }

    private Point2D onTheDependency() {
        return screenOf(0, 250);
    }

    private void select(FxRobot robot, String... ids) {
        robot.interact(() -> selection().selectComponents(List.of(ids)));
    }

    @Test
    void clickSelectsAndShiftOrCtrlClickAddsAndTakesOut(FxRobot robot) {
        robot.clickOn(centreOf("web"));
        assertEquals(List.of("web"), selection().components());
        robot.press(KeyCode.SHIFT).clickOn(centreOf("api")).release(KeyCode.SHIFT);
        assertEquals(List.of("web", "api"), selection().components());
        robot.press(KeyCode.CONTROL).clickOn(centreOf("db")).release(KeyCode.CONTROL);
        assertEquals(List.of("web", "api", "db"), selection().components());
        robot.press(KeyCode.SHIFT).clickOn(centreOf("web")).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("api", "db"), selection().components());
        assertEquals("db", window.analysis().selectionProperty().get(), "the last one added shows its blast radius");
        robot.clickOn(emptySpace());
        assertEquals(List.of(), selection().components());
    }

    @Test
    void draggingEmptySpacePansAndChangesNothingElse(FxRobot robot) {
        select(robot, "web");
        Viewport before = viewport();
        robot.drag(emptySpace(), MouseButton.PRIMARY).moveBy(80, 40).drop();
        Viewport after = viewport();
        assertEquals(before.scale(), after.scale());
        assertEquals(before.translateX() + 80, after.translateX(), 1);
        assertEquals(before.translateY() + 40, after.translateY(), 1);
        assertEquals(List.of("web"), selection().components(), "a pan is no click on empty space");
        assertFalse(window.document().canUndoProperty().get());
    }

    @Test
    void aDragFromADependencyPansAndAClickOnItSelectsIt(FxRobot robot) {
        Viewport before = viewport();
        robot.drag(onTheDependency(), MouseButton.PRIMARY).moveBy(-60, 0).drop();
        assertEquals(before.translateX() - 60, viewport().translateX(), 1);
        assertNull(selection().dependencyProperty().get());
        robot.clickOn(onTheDependency());
        assertEquals(new Dependency.Key("web", "db"), selection().dependencyProperty().get());
    }

    @Test
    void middleButtonAndSpaceDragPanEvenFromAComponent(FxRobot robot) {
        Position web = graph().requireComponent("web").position();
        Viewport before = viewport();
        robot.drag(centreOf("web"), MouseButton.MIDDLE).moveBy(50, 0).drop();
        robot.press(KeyCode.SPACE);
        robot.drag(centreOf("web"), MouseButton.PRIMARY).moveBy(0, 50).drop();
        robot.release(KeyCode.SPACE);
        Viewport after = viewport();
        assertEquals(before.translateX() + 50, after.translateX(), 1);
        assertEquals(before.translateY() + 50, after.translateY(), 1);
        assertEquals(web, graph().requireComponent("web").position(), "panned, not moved");
    }

    @Test
    void draggingOneOfTheSelectedComponentsMovesThemAllAsOneUndoableEdit(FxRobot robot) {
        select(robot, "web", "db");
        Position web = graph().requireComponent("web").position();
        Position db = graph().requireComponent("db").position();
        Position api = graph().requireComponent("api").position();
        double scale = viewport().scale();
        robot.drag(centreOf("web"), MouseButton.PRIMARY).moveBy(60, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Position webAfter = graph().requireComponent("web").position();
        assertEquals(web.x() + 60 / scale, webAfter.x(), 1);
        assertEquals(web.y() + 30 / scale, webAfter.y(), 1);
        assertEquals(webAfter.x() - web.x(), graph().requireComponent("db").position().x() - db.x(), 0.5);
        assertEquals(api, graph().requireComponent("api").position(), "not selected, not moved");
        robot.interact(() -> window.document().history().undo());
        assertEquals(web, graph().requireComponent("web").position());
        assertEquals(db, graph().requireComponent("db").position());
        assertFalse(window.document().canUndoProperty().get(), "one drag, one undo step");
    }

    @Test
    void shiftDragSelectsWhatTheRubberBandMeetsAndCtrlDragAddsToIt(FxRobot robot) {
        Point2D web = centreOf("web");
        Point2D api = centreOf("api");
        robot.press(KeyCode.SHIFT).drag(web.add(-80, -40), MouseButton.PRIMARY).dropTo(api.add(80, 30));
        robot.release(KeyCode.SHIFT);
        assertEquals(List.of("web", "api"), selection().components());
        Point2D db = centreOf("db");
        robot.press(KeyCode.CONTROL).drag(db.add(-80, -30), MouseButton.PRIMARY).dropTo(db.add(80, 30));
        robot.release(KeyCode.CONTROL);
        assertEquals(List.of("web", "api", "db"), selection().components());
        assertFalse(window.document().canUndoProperty().get(), "selecting edits nothing");
    }

    @Test
    void draggingFromTheHandleConnectsTwoComponents(FxRobot robot) {
        robot.moveTo(centreOf("api"));
        EditOverlay overlay = window.editor().overlay();
        robot.drag(overlay.localToScreen(overlay.handleOf("api")), MouseButton.PRIMARY).dropTo(centreOf("db"));
        assertTrue(graph().dependency("api", "db").isPresent());
        assertEquals(new Dependency.Key("api", "db"), selection().dependencyProperty().get());
    }

    @Test
    void theWheelZoomsAroundThePointer(FxRobot robot) {
        Point2D at = emptySpace();
        Point2D local = window.canvas().screenToLocal(at);
        Viewport before = viewport();
        robot.moveTo(at).scroll(3, VerticalDirection.UP);
        Viewport in = viewport();
        // Monocle's robot sends a delta of -1 per notch "up" (a desktop wheel about +40): only the change is checked
        assertTrue(in.scale() != before.scale(), "zoomed: " + before.scale() + " -> " + in.scale());
        assertEquals(before.toWorldX(local.getX()), in.toWorldX(local.getX()), 0.5, "the point under the pointer stays");
        assertEquals(before.toWorldY(local.getY()), in.toWorldY(local.getY()), 0.5);
        robot.scroll(3, VerticalDirection.DOWN);
        assertEquals(before.scale(), viewport().scale(), before.scale() * 1e-9, "as many notches back");
    }

    @Test
    void escapeCancelsAMoveAPanARubberBandAndAConnection(FxRobot robot) {
        select(robot, "api");
        Position web = graph().requireComponent("web").position();
        robot.drag(centreOf("web"), MouseButton.PRIMARY).moveBy(60, 30);
        robot.type(KeyCode.ESCAPE);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(web, graph().requireComponent("web").position());
        assertEquals(window.analysis().diagramProperty().get().centerX(
                window.analysis().diagramProperty().get().indexOf("web")), web.x(), 1e-9, "drawn back where it was");
        assertFalse(window.document().canUndoProperty().get());
        assertEquals(List.of("api"), selection().components(), "Esc during a gesture keeps the selection");

        Viewport before = viewport();
        robot.drag(emptySpace(), MouseButton.PRIMARY).moveBy(70, 20);
        robot.type(KeyCode.ESCAPE);
        robot.drop();
        assertEquals(before, viewport(), "the view is back");

        robot.press(KeyCode.SHIFT).drag(centreOf("web").add(-80, -40), MouseButton.PRIMARY).moveTo(centreOf("db"));
        robot.type(KeyCode.ESCAPE);
        robot.drop().release(KeyCode.SHIFT);
        assertEquals(List.of("api"), selection().components(), "the band selected nothing");

        robot.moveTo(centreOf("web"));
        EditOverlay overlay = window.editor().overlay();
        robot.drag(overlay.localToScreen(overlay.handleOf("web")), MouseButton.PRIMARY).moveTo(centreOf("api"));
        robot.type(KeyCode.ESCAPE);
        robot.drop();
        assertTrue(graph().dependency("web", "api").isEmpty(), "no connection");
        assertEquals(1, graph().dependencyCount());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), selection().components(), "with no gesture under way Esc clears the selection");
    }

    @Test
    void aDependencyIsPickedOnlyAtAZoomWhereItIsDrawnAsALine(FxRobot robot) {
        double overview = GraphPainter.SHAPE_SCALE * 0.75;
        robot.interact(() -> window.canvas().zoomBy(overview / window.canvas().viewportProperty().get().scale()));
        select(robot, "web");
        robot.clickOn(onTheDependency());
        assertNull(selection().dependencyProperty().get(), "at " + viewport().scale() + " the line is not drawn");
        assertEquals(List.of(), selection().components(), "a click there is a click on empty space");

        double lines = GraphPainter.SHAPE_SCALE * 1.25;
        robot.interact(() -> window.canvas().zoomBy(lines / window.canvas().viewportProperty().get().scale()));
        robot.moveTo(emptySpace());
        robot.clickOn(onTheDependency());
        assertEquals(new Dependency.Key("web", "db"), selection().dependencyProperty().get());
    }
}
