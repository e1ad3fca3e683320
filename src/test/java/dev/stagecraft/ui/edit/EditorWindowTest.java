package dev.stagecraft.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
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

/** Drawing and editing a graph with mouse and keyboard, like a user, checking the model at each step. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(Files.createTempDirectory("stagecraft-edit-test").resolve("recovery")), Duration.hours(1));
        ServiceGraph graph = new ServiceGraph();
        graph.addComponent(Component.of("anchor", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
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

    private Point2D canvasPoint(double fx, double fy) {
        var c = window.canvas();
        return c.localToScreen(c.getWidth() * fx, c.getHeight() * fy);
    }

    private Point2D centreOf(String id) {
        return window.canvas().localToScreen(window.canvas().localPointOf(id));
    }

    private Point2D handleOf(String id) {
        EditOverlay overlay = window.editor().overlay();
        return overlay.localToScreen(overlay.handleOf(id));
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlShiftCConnectsTheFirstSelectedComponentToTheSecond(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 400)));
            window.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centreOf("anchor"));
        robot.press(KeyCode.CONTROL).clickOn(centreOf("db")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("anchor", "db"), window.editor().selection().components());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph().dependency("anchor", "db").isPresent(), "anchor now depends on db");
        assertEquals(1, graph().dependencyCount());
        shortcut(robot, KeyCode.Z);
        assertEquals(0, graph().dependencyCount());
    }

    @Test
    void clickingADependencySelectsItForTheInspectorAndDeleteRemovesItUndoably(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("far", ComponentKind.DATABASE).withPosition(new Position(0, 600)));
            graph().addDependency(Dependency.of("anchor", "far"));
            window.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = centreOf("anchor");
        Point2D b = centreOf("far");
        robot.clickOn(new Point2D((a.getX() + b.getX()) / 2 + 2, (a.getY() + b.getY()) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Dependency.Key("anchor", "far"), window.editor().selection().dependencyProperty().get());
        assertEquals(new Dependency.Key("anchor", "far"), window.canvas().selectedDependencyProperty().get());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, graph().dependencyCount());
        assertEquals(2, graph().componentCount());
        shortcut(robot, KeyCode.Z);
        assertTrue(graph().dependency("anchor", "far").isPresent());
        robot.clickOn(canvasPoint(0.9, 0.1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.editor().selection().dependencyProperty().get());
    }

    @Test
    void drawThreeComponentsConnectThemRenameOneAndUndoRedoEveryStep(FxRobot robot) {
        List<ServiceGraph> states = new ArrayList<>();
        states.add(graph().copy());
        robot.drag("#palette-service", MouseButton.PRIMARY).dropTo(canvasPoint(0.25, 0.3));
        assertTrue(graph().contains("service-1"));
        states.add(graph().copy());
        robot.doubleClickOn(canvasPoint(0.6, 0.3));
        assertTrue(graph().contains("service-2"));
        states.add(graph().copy());
        robot.drag("#palette-database", MouseButton.PRIMARY).dropTo(canvasPoint(0.4, 0.75));
        assertTrue(graph().contains("database-1"));
        assertEquals(4, graph().componentCount());
        states.add(graph().copy());

        robot.moveTo(centreOf("service-1"));
        robot.drag(handleOf("service-1"), MouseButton.PRIMARY).dropTo(centreOf("service-2"));
        assertTrue(graph().dependency("service-1", "service-2").isPresent());
        states.add(graph().copy());
        robot.moveTo(centreOf("service-2"));
        robot.drag(handleOf("service-2"), MouseButton.PRIMARY).dropTo(centreOf("database-1"));
        assertTrue(graph().dependency("service-2", "database-1").orElseThrow().isHard());
        assertEquals(2, graph().dependencyCount());
        states.add(graph().copy());

        robot.clickOn(centreOf("service-1"));
        robot.type(KeyCode.F2);
        robot.eraseText(20).write("web").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(graph().contains("web"));
        assertTrue(graph().dependency("web", "service-2").isPresent());
        states.add(graph().copy());

        for (int i = states.size() - 2; i >= 0; i--) {
            shortcut(robot, KeyCode.Z);
            assertTrue(graph().sameContentAs(states.get(i)), "after undo to state " + i);
        }
        for (int i = 1; i < states.size(); i++) {
            shortcut(robot, KeyCode.Y);
            assertTrue(graph().sameContentAs(states.get(i)), "after redo to state " + i);
        }
    }

    @Test
    void connectingTwiceIsRefusedWithAReason(FxRobot robot) {
        robot.doubleClickOn(canvasPoint(0.7, 0.5));
        robot.moveTo(centreOf("anchor"));
        robot.drag(handleOf("anchor"), MouseButton.PRIMARY).dropTo(centreOf("service-1"));
        robot.moveTo(centreOf("anchor"));
        robot.drag(handleOf("anchor"), MouseButton.PRIMARY).dropTo(centreOf("service-1"));
        assertEquals(1, graph().dependencyCount());
        assertEquals("anchor already depends on service-1", window.editor().overlay().message());
    }

    @Test
    void deleteRemovesTheComponentWithItsDependenciesAndUndoRestoresIt(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 200)));
            graph().addDependency(dev.stagecraft.model.Dependency.of("anchor", "db"));
        });
        robot.interact(() -> window.canvas().zoomToFit());
        ServiceGraph before = graph().copy();
        robot.clickOn(centreOf("db"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(graph().contains("db"));
        assertEquals(0, graph().dependencyCount());
        shortcut(robot, KeyCode.Z);
        assertTrue(graph().sameContentAs(before));
    }

    @Test
    void copyPasteAndDuplicateCreateNewIds(FxRobot robot) {
        robot.clickOn(centreOf("anchor"));
        shortcut(robot, KeyCode.C);
        assertTrue(clipboardText(robot).contains("anchor"));
        shortcut(robot, KeyCode.V);
        assertTrue(graph().contains("anchor-copy"));
        assertEquals(List.of("anchor-copy"), window.editor().selection().components());
        shortcut(robot, KeyCode.D);
        assertTrue(graph().contains("anchor-copy-2"));
        assertEquals(3, graph().componentCount());
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertEquals(1, graph().componentCount());
    }

    @Test
    void pastingTextThatIsNoGraphSaysSoAndChangesNothing(FxRobot robot) {
        ServiceGraph before = graph().copy();
        robot.interact(() -> window.editor().actions().pasteYaml("components: [unclosed"));
        assertTrue(graph().sameContentAs(before));
        assertEquals("The clipboard does not hold a Stagecraft graph", window.editor().overlay().message());
    }

    private static String clipboardText(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0] == null ? "" : out[0];
    }

    @Test
    void f2EditsTheDisplayNameAndKeepsTheId(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("orders", ComponentKind.SERVICE).withName("Orders")
                    .withPosition(new Position(0, 300)));
            graph().addDependency(Dependency.of("anchor", "orders"));
            window.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centreOf("orders"));
        robot.type(KeyCode.F2);
        TextField field = robot.lookup("#rename-field").queryAs(TextField.class);
        assertEquals("Orders", field.getText());
        assertEquals("Orders", field.getSelectedText(), "the whole name is selected, to type over it");
        robot.write("Order Service").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Order Service", graph().requireComponent("orders").name());
        assertTrue(graph().dependency("anchor", "orders").isPresent(), "the id and its references stay");
        assertEquals(List.of("orders"), window.editor().selection().components());
        shortcut(robot, KeyCode.Z);
        assertEquals("Orders", graph().requireComponent("orders").name());
    }

    @Test
    void aNameWithSpacesIsAcceptedAndANewComponentTakesItsIdFromIt(FxRobot robot) {
        robot.doubleClickOn(canvasPoint(0.7, 0.5));
        assertTrue(graph().contains("service-1"));
        robot.type(KeyCode.F2);
        assertEquals("service-1", robot.lookup("#rename-field").queryAs(TextField.class).getText());
        robot.write("Session Cache").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(graph().contains("service-1"));
        assertEquals("Session Cache", graph().requireComponent("session-cache").name());
        assertEquals(List.of("session-cache"), window.editor().selection().components());
        assertFalse(robot.lookup("#rename-field").queryAs(TextField.class).isVisible(), "accepted, the field closed");
        shortcut(robot, KeyCode.Z);
        assertTrue(graph().contains("service-1"));
        assertEquals(null, graph().requireComponent("service-1").name());
    }

    @Test
    void f2OnAComponentFromTheFileNeverChangesItsId(FxRobot robot) {
        robot.clickOn(centreOf("anchor"));
        robot.type(KeyCode.F2);
        robot.eraseText(20).write("Bad Id").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bad Id", graph().requireComponent("anchor").name());
        assertEquals(1, graph().componentCount());
        robot.type(KeyCode.F2).eraseText(20).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, graph().requireComponent("anchor").name(), "an empty name shows the id again");
    }

    @Test
    void inspectorTierEditIsOneUndoableCommandAndAnInvalidTierIsRefused(FxRobot robot) {
        robot.clickOn(centreOf("anchor"));
        robot.doubleClickOn("#inspector-component-tier").eraseText(5).write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, graph().requireComponent("anchor").tier());
        robot.clickOn("#inspector-component-tier").eraseText(5).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, graph().requireComponent("anchor").tier());
        Label error = robot.lookup("#inspector-component-tier-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("tier must be in 0..3", error.getText());
        robot.interact(() -> window.document().history().undo());
        assertEquals(null, graph().requireComponent("anchor").tier());
        assertFalse(window.document().canUndoProperty().get());
    }

    @Test
    void shiftDragRubberBandSelectsAndCtrlGGroupsTheSelection(FxRobot robot) {
        robot.doubleClickOn(canvasPoint(0.7, 0.4));
        robot.press(KeyCode.SHIFT).drag(canvasPoint(0.02, 0.02), MouseButton.PRIMARY).dropTo(canvasPoint(0.98, 0.98));
        robot.release(KeyCode.SHIFT);
        assertEquals(2, window.editor().selection().components().size());
        shortcut(robot, KeyCode.G);
        assertEquals(List.of("anchor", "service-1"), graph().group("group-1").orElseThrow().members());
        assertEquals(2, window.editor().selection().components().size());
        shortcut(robot, KeyCode.K);
        assertTrue(graph().requireComponent("anchor").changing(), window.editor().overlay().message());
        assertTrue(graph().requireComponent("service-1").changing());
    }

    private void chooseFromContextMenu(FxRobot robot, Point2D at, String itemId) {
        robot.rightClickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.editor().menus().shown().isShowing(), "the context menu opened");
        MenuItem item = window.editor().menus().shown().getItems().stream().filter(m -> itemId.equals(m.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + itemId));
        robot.clickOn(item.getText());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deleteFromAComponentsContextMenuIsOneUndoableCommand(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 300)));
            graph().addDependency(Dependency.of("anchor", "db"));
            window.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ServiceGraph before = graph().copy();
        chooseFromContextMenu(robot, centreOf("db"), "ctx-delete");
        assertFalse(graph().contains("db"));
        assertEquals(0, graph().dependencyCount());
        shortcut(robot, KeyCode.Z);
        assertTrue(graph().sameContentAs(before));
        assertFalse(window.document().canUndoProperty().get(), "one command, one undo");
    }

    @Test
    void aComponentsContextMenuSelectsItsDependentsAndMarksItChanging(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 300)));
            graph().addComponent(Component.of("web", ComponentKind.SERVICE).withPosition(new Position(300, 0)));
            graph().addDependency(Dependency.of("anchor", "db"));
            graph().addDependency(Dependency.of("web", "db"));
            window.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        chooseFromContextMenu(robot, centreOf("db"), "ctx-select-dependents");
        assertEquals(List.of("anchor", "web"), window.editor().selection().components());
        chooseFromContextMenu(robot, centreOf("db"), "ctx-changing");
        assertEquals(List.of("db"), window.editor().selection().components(), "a right-click on an unselected one selects it");
        assertTrue(graph().requireComponent("db").changing());
        shortcut(robot, KeyCode.Z);
        assertFalse(graph().requireComponent("db").changing());
    }

    @Test
    void theCanvasContextMenuAddsAComponentWhereItWasOpened(FxRobot robot) {
        Point2D at = canvasPoint(0.75, 0.75);
        chooseFromContextMenu(robot, at, "ctx-add-service-here");
        assertTrue(graph().contains("service-1"));
        Point2D shown = centreOf("service-1");
        assertTrue(shown.distance(at) < 2, "centred where the menu was opened: " + shown + " vs " + at);
        shortcut(robot, KeyCode.Z);
        assertFalse(graph().contains("service-1"));
    }

    @Test
    void aDependencysContextMenuDeletesIt(FxRobot robot) {
        robot.interact(() -> {
            graph().addComponent(Component.of("far", ComponentKind.DATABASE).withPosition(new Position(0, 600)));
            graph().addDependency(Dependency.of("anchor", "far"));
            window.canvas().zoomToFit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = centreOf("anchor");
        Point2D b = centreOf("far");
        chooseFromContextMenu(robot, new Point2D((a.getX() + b.getX()) / 2 + 2, (a.getY() + b.getY()) / 2),
                "ctx-delete-dependency");
        assertEquals(0, graph().dependencyCount());
        assertEquals(2, graph().componentCount());
        shortcut(robot, KeyCode.Z);
        assertEquals(1, graph().dependencyCount());
    }
}
