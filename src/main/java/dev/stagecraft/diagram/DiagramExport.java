package dev.stagecraft.diagram;

import dev.stagecraft.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Lays a diagram out as a picture and writes it as SVG through {@link SvgSurface}; the PNG path (a JavaFX
 * canvas snapshot, the window's own drawing path) is {@code ui.render.PngExport}, over the same layout. The picture is {@code width} pixels wide and as tall as the graph
 * needs at that width (capped at {@value #MAX_HEIGHT}); the highlight's legend gets its own strip at the
 * top. Files are written through {@link AtomicFile} (temporary sibling, then rename), so a failed export
 * leaves nothing behind.
 */
public final class DiagramExport {
    public static final int MAX_HEIGHT = 8192;
    /** Small graphs are not blown up beyond this zoom. */
    public static final double MAX_SCALE = 1.5;
    private static final double MARGIN = 28;

    private DiagramExport() {
    }

    /** The transform that fits the diagram into {@code width} pixels, and the height that needs. */
    public static Viewport layout(Diagram d, Highlighting h, TextMeasurer m, int width) {
        Viewport.Bounds b = d.bounds();
        double top = Math.max(MARGIN, LegendPainter.height(m, h) + 16);
        double scale = Math.min(MAX_SCALE, (width - 2 * MARGIN) / Math.max(1, b.width()));
        double height = Math.ceil(top + b.height() * scale + MARGIN);
        if (height > MAX_HEIGHT) {
            scale = (MAX_HEIGHT - top - MARGIN) / Math.max(1, b.height());
            height = MAX_HEIGHT;
        }
        double tx = (width - b.width() * scale) / 2 - b.minX() * scale;
        double ty = top - b.minY() * scale;
        return new Viewport(scale, tx, ty, width, height);
    }


    /** The SVG document of the diagram, every label as text. */
    public static String toSvg(Diagram d, Highlighting h, GraphPainter painter, TextMeasurer m, Viewport v) {
        SvgSurface svg = new SvgSurface(v.width(), v.height(), m);
        painter.paint(svg, d, h, v, GraphPainter.Detail.FULL, true);
        return svg.toSvg();
    }


    public static void writeSvg(String svg, Path out) throws IOException {
        AtomicFile.write(out, svg.getBytes(StandardCharsets.UTF_8));
    }
}
