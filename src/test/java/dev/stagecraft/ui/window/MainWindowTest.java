package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.document.AnalysisMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.HighlightedIds;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Rgb;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window like a user, headless (Monocle), and checks the model and what is drawn. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private ServiceGraph graph;

    @Start
    void start(Stage stage) {
        graph = TestGraphs.shop(true);
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document);
        window.show();
    }

    @Test
    void windowOpensOnTheGraphWithCountsInTheStatusBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        assertEquals("10 components \u00b7 10 dependencies", counts.getText());
        Diagram d = window.analysis().diagramProperty().get();
        Viewport v = window.canvas().viewportProperty().get();
        for (int i = 0; i < d.size(); i++) {
            assertTrue(v.toScreenX(d.left(i)) >= 0 && v.toScreenX(d.left(i) + d.width(i)) <= v.width(),
                    "zoomed to fit: " + d.id(i) + " is on screen");
        }
    }

    @Test
    void minimapShowsOnlyWhilePartOfTheGraphIsOutOfView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node minimap = robot.lookup("#minimap").query();
        assertFalse(minimap.isVisible(), "everything fits: the minimap would only cover the drawing");
        robot.interact(() -> window.canvas().zoomBy(4));
        assertTrue(minimap.isVisible(), "zoomed in: the minimap shows where the view is");
        assertTrue(paintedPixels(robot, minimap) > 50, "and the boxes it left undrawn while hidden are drawn now");
        robot.interact(() -> window.toggleMinimap(false));
        assertFalse(minimap.isVisible(), "turned off by the user");
        robot.interact(() -> window.toggleMinimap(true));
        assertTrue(minimap.isVisible());
        robot.interact(() -> window.canvas().zoomToFit());
        assertFalse(minimap.isVisible());
    }

    /** Pixels of the minimap's own canvas (its boxes, not the view rectangle) that are not transparent. */
    private static int paintedPixels(FxRobot robot, javafx.scene.Node minimap) {
        javafx.scene.canvas.Canvas boxes = (javafx.scene.canvas.Canvas) ((javafx.scene.Parent) minimap)
                .getChildrenUnmodifiable().get(0);
        javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
        transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
        javafx.scene.image.Image[] shot = new javafx.scene.image.Image[1];
        robot.interact(() -> shot[0] = boxes.snapshot(transparent, null));
        int painted = 0;
        javafx.scene.image.PixelReader r = shot[0].getPixelReader();
        for (int y = 0; y < shot[0].getHeight(); y++) {
            for (int x = 0; x < shot[0].getWidth(); x++) {
                painted += (r.getArgb(x, y) >>> 24) != 0 ? 1 : 0;
            }
        }
        return painted;
    }

    @Test
    void clickingAComponentHighlightsExactlyItsBlastRadius(FxRobot robot) {
        robot.clickOn(screenPointOf("auth"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("auth", window.analysis().selectionProperty().get());
        Highlighting h = window.analysis().highlighting();
        Diagram d = window.analysis().diagramProperty().get();
        FastBlastRadius expected = new FastBlastRadius(graph.snapshot());
        assertEquals(new TreeSet<>(expected.affected("auth")), HighlightedIds.in(h, d, NodeState.OUTAGE, NodeState.DEGRADED));
        assertEquals(new TreeSet<>(expected.outage("auth")), HighlightedIds.in(h, d, NodeState.OUTAGE));
        assertEquals(Set.of("auth"), HighlightedIds.in(h, d, NodeState.SELECTED));
        Label status = robot.lookup("#status-highlight").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Blast radius of auth: " + expected.outage("auth").size() + " outage"),
                status.getText());
        Label hint = robot.lookup("#status-hint").queryAs(Label.class);
        assertEquals(hint.getText(), hint.getTooltip().getText(), "a hint cut short is whole in its tooltip");

        Palette p = Palette.of(Theme.LIGHT);
        assertEquals(p.get(Palette.Token.OUTAGE_FILL), fillShownFor("checkout"), "an outage is drawn in its colour");
        assertEquals(p.get(Palette.Token.DIM_FILL), fillShownFor("orders-db"), "the rest is dimmed");
    }

    @Test
    void criticalPathModeHighlightsThePathWithItsMinutes(FxRobot robot) {
        robot.clickOn("Analysis").clickOn("Critical path");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(AnalysisMode.CRITICAL, window.analysis().modeProperty().get());
        CriticalPath expected = new CriticalPath(new RolloutUnits(graph.snapshot()));
        Highlighting h = window.analysis().highlighting();
        Diagram d = window.analysis().diagramProperty().get();
        assertEquals(new TreeSet<>(expected.path()), HighlightedIds.in(h, d, NodeState.CRITICAL));
        Label status = robot.lookup("#status-highlight").queryAs(Label.class);
        assertEquals("Critical path of the whole graph: " + expected.minutes() + " min", status.getText());
        String first = expected.path().get(0);
        assertEquals(Palette.of(Theme.LIGHT).get(Palette.Token.CRITICAL_FILL), fillShownFor(first));
    }

    @Test
    void viewKeyOfStylesTogglesTheKeyOnTheCanvas(FxRobot robot) {
        assertEquals(false, window.canvas().styleKeyProperty().get(), "off at first: it covers part of the drawing");
        robot.clickOn("View").clickOn("#menu-style-key");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, window.canvas().styleKeyProperty().get());
    }

    @Test
    void clickingEmptySpaceOrEscapeClearsTheSelection(FxRobot robot) {
        robot.clickOn(screenPointOf("checkout"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.analysis().selectionProperty().get());
        assertEquals(AnalysisMode.NONE, window.analysis().modeProperty().get());
    }

    @Test
    void draggingAComponentMovesItAsOneUndoableEdit(FxRobot robot) {
        Position before = graph.requireComponent("config").position();
        double scale = window.canvas().viewportProperty().get().scale();
        robot.drag(screenPointOf("config")).moveBy(60, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Position after = graph.requireComponent("config").position();
        assertEquals(before.x() + 60 / scale, after.x(), 2 / scale + 1);
        assertEquals(before.y() + 30 / scale, after.y(), 2 / scale + 1);
        assertTrue(window.stage().getTitle().startsWith("*"), "unsaved mark: " + window.stage().getTitle());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, graph.requireComponent("config").position());
        assertFalse(window.stage().getTitle().startsWith("*"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, graph.requireComponent("config").position());
    }

    @Test
    void openingABadFileShowsWhereTheProblemIsAndKeepsTheDocument(FxRobot robot) throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("broken", ".yaml");
        java.nio.file.Files.writeString(bad, "apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents:\n  - id: a\n   - b\n");
        ServiceGraph before = window.document().graph();
        String title = window.stage().getTitle();
        javafx.application.Platform.runLater(() -> window.open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getHeaderText().contains(bad.getFileName().toString()), dialog.getHeaderText());
        assertTrue(dialog.getContentText().matches("(?s).*" + java.util.regex.Pattern.quote(bad.getFileName().toString())
                + ":\\d+:\\d+.*"), "names line and column: " + dialog.getContentText());
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().graph() == before, "the current document stays");
        assertEquals(title, window.stage().getTitle());
        java.nio.file.Files.deleteIfExists(bad);
    }

    private Point2D screenPointOf(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas().localToScreen(window.canvas().localPointOf(id));
    }

    /** The colour the canvas shows just inside the right edge of a component's box. */
    private Rgb fillShownFor(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = window.analysis().diagramProperty().get();
        Viewport v = window.canvas().viewportProperty().get();
        int i = d.indexOf(id);
        double x = v.toScreenX(d.left(i) + d.width(i) - 7);
        double y = v.toScreenY(d.centerY(i));
        WritableImage[] shot = new WritableImage[1];
        robotSnapshot(shot);
        Color c = shot[0].getPixelReader().getColor((int) x, (int) y);
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    private void robotSnapshot(WritableImage[] out) {
        WaitForAsyncUtils.asyncFx(() -> out[0] = window.canvas().snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
