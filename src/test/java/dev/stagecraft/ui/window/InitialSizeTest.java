package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The size a new window opens at: a share of the screen, at least 1280×800 where that fits. */
class InitialSizeTest {
    @Test
    void aFullHdScreenGetsEightyPercentOfItsUsableArea() {
        assertEquals(new Dimension2D(1536, 832), MainWindow.initialSize(new Rectangle2D(0, 0, 1920, 1040)));
    }

    @Test
    void aSmallerScreenGetsAtLeast1280x800() {
        assertEquals(new Dimension2D(1280, 800), MainWindow.initialSize(new Rectangle2D(0, 0, 1440, 860)));
    }

    @Test
    void neverMoreThanTheScreen() {
        assertEquals(new Dimension2D(1280, 728), MainWindow.initialSize(new Rectangle2D(0, 40, 1366, 728)));
        assertEquals(new Dimension2D(1024, 600), MainWindow.initialSize(new Rectangle2D(0, 0, 1024, 600)));
    }
}
