package dev.stagecraft.ui.render;

import dev.stagecraft.diagram.Pen;
import dev.stagecraft.diagram.Rgb;
import dev.stagecraft.diagram.Surface;
import dev.stagecraft.diagram.TextMeasurer;
import dev.stagecraft.diagram.TextStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} on a JavaFX canvas. Used by the window and by PNG export (canvas snapshot). Hairlines are
 * always rasterized in Java ({@link PixelRaster}); a surface made {@link #onScreen} also rasterizes the batches of a
 * batch layer (edges, arrowheads, far-out boxes) in Java and composites them as one image, which is what keeps the
 * window's frames within budget on the software pipeline. PNG export draws those through the canvas, as before.
 */
public final class FxSurface implements Surface {
    private final GraphicsContext gc;
    private final FxTextMeasurer measurer;
    /** Screen-space text sizes per pixel: 0.5 px steps. */
    private static final double FONT_STEPS = 2;
    private final Map<Rgb, Color> colors = new HashMap<>();
    private final Map<Long, Font> screenFonts = new HashMap<>();
    private final PixelLayer pixels = new PixelLayer();
    private final RepeatableBatches repeatable = new RepeatableBatches();
    /** Batches inside a batch layer go to {@link #pixels}. */
    private final boolean rasterBatches;
    private boolean inBatchLayer;
    private double scale = 1;
    private double translateX;
    private double translateY;

    /** A surface drawing vector shapes through the canvas (PNG export). */
    public FxSurface(GraphicsContext gc, FxTextMeasurer measurer) {
        this(gc, measurer, false);
    }

    /** A surface for the window: the batches of a batch layer are rasterized in Java. */
    public static FxSurface onScreen(GraphicsContext gc, FxTextMeasurer measurer) {
        return new FxSurface(gc, measurer, true);
    }

    private FxSurface(GraphicsContext gc, FxTextMeasurer measurer, boolean rasterBatches) {
        this.gc = gc;
        this.measurer = measurer;
        this.rasterBatches = rasterBatches;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.BUTT);
    }

    @Override
    public void setTransform(double scale, double translateX, double translateY) {
        flush();
        this.scale = scale;
        this.translateX = translateX;
        this.translateY = translateY;
        gc.setTransform(scale, 0, 0, scale, translateX, translateY);
    }

    @Override
    public void strokeHairlines(double[] coords, int count, Rgb color) {
        if (repeatable.isRecording()) {
            repeatable.hairlines(coords, count, argb(color), scale, translateX, translateY);
            return;
        }
        raster().hairlines(coords, count, argb(color), scale, translateX, translateY);
    }

    @Override
    public void beginRepeatable() {
        if (inBatchLayer && !repeatable.isRecording()) {
            repeatable.begin(raster().isEmpty());
        }
    }

    @Override
    public void endRepeatable() {
        if (repeatable.isRecording()) {
            PixelRaster r = raster();
            repeatable.end(r, pixels.currentPixels(), pixels.width(), pixels.height());
        }
    }

    /** How many times a repeatable part's pixels were reused instead of drawn (tests and benchmarks). */
    public long repeatsReused() {
        return repeatable.reused();
    }

    @Override
    public void beginBatchLayer() {
        inBatchLayer = rasterBatches;
    }

    @Override
    public void endBatchLayer() {
        inBatchLayer = false;
        flush();
    }

    @Override
    public void flush() {
        endRepeatable();
        pixels.flushTo(gc);
    }

    private PixelRaster raster() {
        return pixels.raster((int) gc.getCanvas().getWidth(), (int) gc.getCanvas().getHeight());
    }

    private static int argb(Rgb color) {
        return 0xff000000 | color.red() << 16 | color.green() << 8 | color.blue();
    }

    @Override
    public void clear(Rgb color) {
        flush();
        scale = 1;
        translateX = 0;
        translateY = 0;
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(fx(color));
        gc.fillRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgb fill) {
        flush();
        gc.setFill(fx(fill));
        gc.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Pen pen) {
        flush();
        pen(pen);
        gc.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Rgb fill) {
        flush();
        gc.setFill(fx(fill));
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Pen pen) {
        flush();
        pen(pen);
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xy, Rgb fill) {
        flush();
        gc.setFill(fx(fill));
        gc.beginPath();
        gc.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            gc.lineTo(xy[i], xy[i + 1]);
        }
        gc.closePath();
        gc.fill();
    }

    @Override
    public void strokePolyline(double[] xy, Pen pen) {
        flush();
        pen(pen);
        gc.beginPath();
        gc.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            gc.lineTo(xy[i], xy[i + 1]);
        }
        gc.stroke();
    }

    @Override
    public void strokeSegments(double[] c, int count, Pen pen) {
        if (inBatchLayer) {
            double[] dashes = pen.dashes();
            if (repeatable.isRecording()) {
                repeatable.segments(c, count, argb(pen.color()), pen.width() * scale,
                        dashes.length == 0 ? 0 : dashes[0] * scale, dashes.length == 0 ? 0 : dashes[1] * scale,
                        scale, translateX, translateY);
                return;
            }
            raster().segments(c, count, argb(pen.color()), pen.width() * scale,
                    dashes.length == 0 ? 0 : dashes[0] * scale, dashes.length == 0 ? 0 : dashes[1] * scale,
                    scale, translateX, translateY);
            return;
        }
        flush();
        if (count == 0) {
            return;
        }
        pen(pen);
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            gc.moveTo(c[k], c[k + 1]);
            gc.lineTo(c[k + 2], c[k + 3]);
        }
        gc.stroke();
    }

    @Override
    public void fillRects(double[] r, int count, Rgb fill) {
        if (inBatchLayer) {
            endRepeatable();
            raster().rects(r, count, argb(fill), scale, translateX, translateY);
            return;
        }
        flush();
        if (count == 0) {
            return;
        }
        gc.setFill(fx(fill));
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            gc.rect(r[k], r[k + 1], r[k + 2], r[k + 3]);
        }
        gc.fill();
    }

    @Override
    public void fillTriangles(double[] c, int count, Rgb fill) {
        if (inBatchLayer) {
            if (repeatable.isRecording()) {
                repeatable.triangles(c, count, argb(fill), scale, translateX, translateY);
                return;
            }
            raster().triangles(c, count, argb(fill), scale, translateX, translateY);
            return;
        }
        flush();
        if (count == 0) {
            return;
        }
        gc.setFill(fx(fill));
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            int k = i * 6;
            gc.moveTo(c[k], c[k + 1]);
            gc.lineTo(c[k + 2], c[k + 3]);
            gc.lineTo(c[k + 4], c[k + 5]);
            gc.closePath();
        }
        gc.fill();
    }

    @Override
    public void fillText(String text, double x, double y, TextStyle style, Rgb color, Align align) {
        flush();
        gc.setFill(fx(color));
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        if (scale == 1) {
            gc.setFont(measurer.font(style));
            gc.fillText(text, x, y);
            return;
        }
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFont(screenFont(style));
        gc.fillText(text, x * scale + translateX, y * scale + translateY);
        gc.setTransform(scale, 0, 0, scale, translateX, translateY);
    }

    /**
     * The style's font at its size on screen, rounded down to {@link #FONT_STEPS} of a pixel (so it never outgrows the
     * box measured at the style's size, and a zoom gesture meets a few sizes, not one per frame). Text drawn under a
     * scaling transform is filled glyph by glyph as outlines by the software pipeline, every frame; drawn unscaled at
     * the scaled size its glyphs come from the glyph cache.
     */
    private Font screenFont(TextStyle style) {
        double size = Math.max(1, Math.floor(style.size() * scale * FONT_STEPS) / FONT_STEPS);
        long key = Double.doubleToLongBits(size) ^ (style.bold() ? 1 : 0);
        Font f = screenFonts.get(key);
        if (f == null) {
            f = measurer.font(new TextStyle(size, style.bold()));
            screenFonts.put(key, f);
        }
        return f;
    }

    @Override
    public void fillTextLines(String[] lines, double x, double y, double lineHeight, TextStyle style, Rgb color) {
        for (int k = 0; k < lines.length; k++) {
            fillText(lines[k], x, y + k * lineHeight, style, color, Align.LEFT);
        }
    }

    @Override
    public TextMeasurer measurer() {
        return measurer;
    }

    private void pen(Pen pen) {
        gc.setStroke(fx(pen.color()));
        gc.setLineWidth(pen.width());
        double[] dashes = pen.dashes();
        gc.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    private Color fx(Rgb c) {
        return colors.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue()));
    }
}
