package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Readable from the back of the room: the shop sample, presented on a 1280×800 screen and fitted, draws its
 * component names at least 14 pixels tall (the name font's size times the zoom), and every box is on screen.
 */
@ExtendWith(ApplicationExtension.class)
class PresentedNamesTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ServiceGraph shop = GraphFormats.read(Path.of("sample-graphs/shop.yaml"), null).graph();
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(shop, null, List.of(), null);
        window = new MainWindow(stage, document);
        window.useExecutor(new SameThreadExecutor());
        window.show();
    }

    @Test
    void theShopSamplesNamesAreAtLeast14PixelsAtFitWhenPresented(FxRobot robot) {
        robot.clickOn(window.canvas());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1280, window.stage().getWidth(), 1, "the headless screen is 1280 wide");
        assertEquals(800, window.stage().getHeight(), 1, "and 800 high");
        Viewport v = window.canvas().viewportProperty().get();
        double namePx = Diagram.NAME.size() * v.scale();
        assertTrue(namePx >= 14, "names at fit while presenting: " + namePx + " px");
        Diagram d = window.canvas().diagramProperty().get();
        for (int i = 0; i < d.size(); i++) {
            assertTrue(v.toScreenX(d.left(i)) >= 0 && v.toScreenX(d.left(i) + d.width(i)) <= v.width()
                    && v.toScreenY(d.top(i)) >= 0 && v.toScreenY(d.top(i) + d.height(i)) <= v.height(),
                    d.id(i) + " is on screen");
        }
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
