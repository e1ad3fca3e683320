package dev.stagecraft.ui.render;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.diagram.timeline.TimelineExport;
import dev.stagecraft.diagram.timeline.TimelineFrame;
import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.diagram.timeline.TimelinePainter;
import dev.stagecraft.io.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a diagram (or a plan's timeline) as PNG through a JavaFX canvas snapshot, the window's own drawing path, over the layout of
 * {@link dev.stagecraft.diagram.DiagramExport#layout}. Written through {@link AtomicFile}, so a failed export
 * leaves nothing behind. Must run on the JavaFX application thread.
 */
public final class PngExport {
    private PngExport() {
    }

    /** Draws to an image of the viewport's size. */
    public static BufferedImage toImage(Diagram d, Highlighting h, GraphPainter painter, FxTextMeasurer m, Viewport v) {
        Canvas canvas = new Canvas(v.width(), v.height());
        painter.paint(new FxSurface(canvas.getGraphicsContext2D(), m), d, h, v, GraphPainter.Detail.AUTO, true);
        WritableImage image = canvas.snapshot(null, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** The whole plan timeline of {@link TimelineExport#frame}, drawn to an image of the frame's size. */
    public static BufferedImage toImage(TimelineLayout layout, TimelinePainter painter, FxTextMeasurer m, TimelineFrame f) {
        Canvas canvas = new Canvas(f.width(), f.height());
        TimelineExport.paint(new FxSurface(canvas.getGraphicsContext2D(), m), layout, painter, f);
        return SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null);
    }

    public static void writePng(BufferedImage image, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
