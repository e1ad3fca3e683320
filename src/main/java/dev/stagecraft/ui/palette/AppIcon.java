package dev.stagecraft.ui.palette;

import dev.stagecraft.ui.render.FxSurface;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/** The window icon, rasterized at start-up from the same shapes as {@code icons/stagecraft.svg}. */
public final class AppIcon {
    private AppIcon() {
    }

    /** The icon in the usual window-icon sizes; call on the JavaFX thread. */
    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        FxTextMeasurer measurer = new FxTextMeasurer();
        for (int size : new int[] {16, 32, 48, 64, 128}) {
            Canvas c = new Canvas(size, size);
            Icons.paintApp(new FxSurface(c.getGraphicsContext2D(), measurer), 0, 0, size, Icons.ink(), Icons.accent());
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            out.add(c.snapshot(p, null));
        }
        return out;
    }
}
