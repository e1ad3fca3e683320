package dev.stagecraft.ui.render;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A layer of pixels drawn in Java by a {@link PixelRaster} and composited onto a canvas as one image: the
 * window's edges and far-out boxes, which the software pipeline would otherwise scan-convert shape by shape.
 * Each of two pixel arrays backs its image directly ({@link PixelBuffer}, premultiplied ARGB: no copy or format
 * conversion on the JavaFX thread, only the changed rows are sent on); they alternate so the render thread never
 * reads an image that the next frame is writing. A buffer is cleared when drawing into it starts again, not when it
 * is handed on, so two flushes in one picture (a backdrop and its emphasis on one surface) both stay shown.
 */
final class PixelLayer {
    private int width;
    private int height;
    private final int[][] buffers = new int[2][];
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final PixelBuffer<IntBuffer>[] pixelBuffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    /** Rows of each buffer cleared since its image was last updated (they must be sent on too). */
    private final int[] clearedTop = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] clearedBottom = {-1, -1};
    /** Rows of each buffer holding pixels from its last frame (cleared before the buffer is reused). */
    private final int[] usedTop = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] usedBottom = {-1, -1};
    private int current;
    private final PixelRaster raster = new PixelRaster();

    /** The raster drawing into the current buffer, which is {@code w} x {@code h} pixels (made anew on a change). */
    PixelRaster raster(int w, int h) {
        if (w != width || h != height) {
            width = w;
            height = h;
            for (int b = 0; b < 2; b++) {
                buffers[b] = new int[Math.max(1, w * h)];
                pixelBuffers[b] = new PixelBuffer<>(Math.max(1, w), Math.max(1, h), IntBuffer.wrap(buffers[b]),
                        PixelFormat.getIntArgbPreInstance());
                images[b] = new WritableImage(pixelBuffers[b]);
                clearedTop[b] = Integer.MAX_VALUE;
                clearedBottom[b] = -1;
                usedTop[b] = Integer.MAX_VALUE;
                usedBottom[b] = -1;
            }
            raster.target(buffers[current], w, h);
        }
        if (raster.isEmpty() && usedBottom[current] >= 0) {
            Arrays.fill(buffers[current], usedTop[current] * width, (usedBottom[current] + 1) * width, 0);
            clearedTop[current] = Math.min(clearedTop[current], usedTop[current]);
            clearedBottom[current] = Math.max(clearedBottom[current], usedBottom[current]);
            usedTop[current] = Integer.MAX_VALUE;
            usedBottom[current] = -1;
        }
        return raster;
    }

    boolean isEmpty() {
        return raster.isEmpty();
    }

    /** The pixels the raster draws into now ({@link #raster} first), row by row, {@link #width()} per row. */
    int[] currentPixels() {
        return buffers[current];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Draws what was rasterized at the canvas origin (identity transform), then moves on to the other buffer. */
    void flushTo(GraphicsContext gc) {
        if (isEmpty()) {
            return;
        }
        int b = current;
        int dirtyTop = raster.top();
        int dirtyBottom = raster.bottom();
        int top = Math.min(dirtyTop, clearedTop[b]);
        int bottom = Math.max(dirtyBottom, clearedBottom[b]);
        pixelBuffers[b].updateBuffer(buffer -> new Rectangle2D(0, top, width, bottom - top + 1));
        clearedTop[b] = Integer.MAX_VALUE;
        clearedBottom[b] = -1;
        usedTop[b] = dirtyTop;
        usedBottom[b] = dirtyBottom;
        int x = raster.left();
        int w = raster.right() - x + 1;
        int h = dirtyBottom - dirtyTop + 1;
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(images[b], x, dirtyTop, w, h, x, dirtyTop, w, h);
        gc.restore();

        current = 1 - current;
        raster.target(buffers[current], width, height);
    }
}
