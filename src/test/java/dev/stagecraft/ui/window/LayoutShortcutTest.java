package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Layout from the keyboard: Ctrl+L lays the graph out in one undo step, Ctrl+Z puts every box back. */
@ExtendWith(ApplicationExtension.class)
class LayoutShortcutTest {
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
    void ctrlLLaysOutAndCtrlZRestoresEveryPosition(FxRobot robot) {
        Map<String, Position> before = positions();
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Position> after = positions();
        assertNotEquals(before, after);
        assertEquals(true, window.document().canUndoProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, positions());
    }

    private Map<String, Position> positions() {
        Map<String, Position> m = new LinkedHashMap<>();
        window.document().graph().components().forEach(c -> m.put(c.id(), c.position()));
        return m;
    }
}
