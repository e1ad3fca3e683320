package dev.stagecraft.ui.navigate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.task.SameThreadExecutor;
import dev.stagecraft.ui.window.MainWindow;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Hovering a component in a blast radius shows the chain that reaches it, in a box beside it, never over it. */
@ExtendWith(ApplicationExtension.class)
class HoverChainWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(TestGraphs.shop(true), null, List.of(), null);
        window = new MainWindow(stage, document);
        window.useExecutor(new SameThreadExecutor());
        window.show();
    }

    @Test
    void theChainsBoxSitsBesideTheHoveredComponent(FxRobot robot) {
        robot.interact(() -> window.analysis().select("checkout"));
        robot.interact(() -> window.canvas().zoomTo(List.of("gateway"))); // close up: the box is large
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = window.canvas().diagramProperty().get();
        Viewport v = window.canvas().viewportProperty().get();
        int i = d.indexOf("gateway");
        robot.moveTo(window.canvas().localToScreen(v.toScreenX(d.centerX(i)), v.toScreenY(d.centerY(i))));
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup("#hover-chain-label").queryAs(Label.class);
        assertTrue(label.isVisible(), "the chain is shown");
        assertTrue(label.getText().contains("Checkout") || label.getText().contains("checkout"), label.getText());
        Bounds box = window.canvas().localToScreen(new BoundingBox(v.toScreenX(d.left(i)), v.toScreenY(d.top(i)),
                d.width(i) * v.scale(), d.height(i) * v.scale()));
        Bounds shown = label.localToScreen(label.getBoundsInLocal());
        assertFalse(shown.intersects(box), "the box " + shown + " covers the component " + box);
    }

    @Test
    void atFitTheChainsBoxCoversNoOtherImpactedComponent(FxRobot robot) {
        robot.interact(() -> window.analysis().select("config"));
        robot.interact(() -> window.canvas().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();
        Diagram d = window.canvas().diagramProperty().get();
        Viewport v = window.canvas().viewportProperty().get();
        Highlighting h = window.canvas().highlightingProperty().get();
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            NodeState st = h.state(i);
            if (st == NodeState.OUTAGE || st == NodeState.DEGRADED || st == NodeState.SELECTED) {
                marked.add(i);
            }
        }
        assertTrue(marked.size() > 3, "the sample has a blast radius worth testing: " + marked.size());
        Label label = robot.lookup("#hover-chain-label").queryAs(Label.class);
        int shown = 0;
        for (int i : marked) {
            if (h.state(i) == NodeState.SELECTED) {
                continue;
            }
            robot.moveTo(window.canvas().localToScreen(v.toScreenX(d.centerX(i)), v.toScreenY(d.centerY(i))));
            WaitForAsyncUtils.waitForFxEvents();
            if (!label.isVisible()) {
                continue;
            }
            shown++;
            Bounds at = label.localToScreen(label.getBoundsInLocal());
            for (int j : marked) {
                Bounds box = window.canvas().localToScreen(new BoundingBox(v.toScreenX(d.left(j)), v.toScreenY(d.top(j)),
                        d.width(j) * v.scale(), d.height(j) * v.scale()));
                assertFalse(at.intersects(box), "hovering " + d.id(i) + ": the box covers " + d.id(j));
            }
        }
        assertTrue(shown > 3, "chains shown: " + shown);
    }
}
