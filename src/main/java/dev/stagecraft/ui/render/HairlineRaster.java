package dev.stagecraft.ui.render;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One-pixel lines rasterized in Java (Bresenham, no antialiasing) into an ARGB buffer that is then drawn
 * as one image. For the overview of a large graph this replaces tens of thousands of stroked segments,
 * which the software pipeline would scan-convert one by one, by a few milliseconds of integer loops.
 * Each of two pixel arrays backs its image directly ({@link PixelBuffer}, premultiplied ARGB: no copy or
 * format conversion on the JavaFX thread, only the changed rows are sent on); they alternate so the
 * render thread never reads an image that the next frame is writing.
 */
final class HairlineRaster {
    private int width;
    private int height;
    private final int[][] buffers = new int[2][];
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] pixelBuffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    /** Rows of each buffer cleared since its image was last updated (they must be sent on too). */
    private final int[] clearedTop = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] clearedBottom = {-1, -1};
    /** Rows of each buffer holding lines from its last frame (cleared before the buffer is reused). */
    private final int[] usedTop = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] usedBottom = {-1, -1};
    private int current;
    private int[] pixels = new int[0];
    private int dirtyTop = Integer.MAX_VALUE;
    private int dirtyBottom = -1;

    /** Rasterizes segments given in world units under (scale, tx, ty) into a {@code w} x {@code h} buffer. */
    void draw(double[] c, int count, int argb, double scale, double tx, double ty, int w, int h) {
        if (w != width || h != height) {
            width = w;
            height = h;
            for (int b = 0; b < 2; b++) {
                buffers[b] = new int[w * h];
                pixelBuffers[b] = new PixelBuffer<>(w, h, IntBuffer.wrap(buffers[b]), PixelFormat.getIntArgbPreInstance());
                images[b] = new WritableImage(pixelBuffers[b]);
                clearedTop[b] = Integer.MAX_VALUE;
                clearedBottom[b] = -1;
                usedTop[b] = Integer.MAX_VALUE;
                usedBottom[b] = -1;
            }
            pixels = buffers[current];
            dirtyTop = Integer.MAX_VALUE;
            dirtyBottom = -1;
        }
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            line((int) Math.floor(c[k] * scale + tx), (int) Math.floor(c[k + 1] * scale + ty),
                    (int) Math.floor(c[k + 2] * scale + tx), (int) Math.floor(c[k + 3] * scale + ty), argb);
        }
    }

    boolean isEmpty() {
        return dirtyBottom < 0;
    }

    /** Draws the buffer at the canvas origin (identity transform), then moves on to the other buffer. */
    void flushTo(GraphicsContext gc) {
        if (isEmpty()) {
            return;
        }
        int b = current;
        int top = Math.min(dirtyTop, clearedTop[b]);
        int bottom = Math.max(dirtyBottom, clearedBottom[b]);
        pixelBuffers[b].updateBuffer(buffer -> new Rectangle2D(0, top, width, bottom - top + 1));
        clearedTop[b] = Integer.MAX_VALUE;
        clearedBottom[b] = -1;
        usedTop[b] = dirtyTop;
        usedBottom[b] = dirtyBottom;
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(images[b], 0, 0);
        gc.restore();

        current = 1 - current;
        pixels = buffers[current];
        if (usedBottom[current] >= 0) {
            Arrays.fill(pixels, usedTop[current] * width, (usedBottom[current] + 1) * width, 0);
            clearedTop[current] = Math.min(clearedTop[current], usedTop[current]);
            clearedBottom[current] = Math.max(clearedBottom[current], usedBottom[current]);
            usedTop[current] = Integer.MAX_VALUE;
            usedBottom[current] = -1;
        }
        dirtyTop = Integer.MAX_VALUE;
        dirtyBottom = -1;
    }

    private void line(int x0, int y0, int x1, int y1, int argb) {
        if (!clipY(y0, y1) || Math.max(x0, x1) < 0 || Math.min(x0, x1) >= width) {
            return;
        }
        if (Math.min(x0, x1) >= 0 && Math.max(x0, x1) < width && Math.min(y0, y1) >= 0 && Math.max(y0, y1) < height) {
            inside(x0, y0, x1, y1, argb);
            return;
        }
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        int guard = dx - dy + 1;
        for (int step = 0; step < guard; step++) {
            if (x >= 0 && x < width && y >= 0 && y < height) {
                pixels[y * width + x] = argb;
                if (y < dirtyTop) {
                    dirtyTop = y;
                }
                if (y > dirtyBottom) {
                    dirtyBottom = y;
                }
            }
            if (x == x1 && y == y1) {
                break;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /**
     * The same Bresenham steps for a line whose ends are both in the buffer (the common case at an overview): no
     * test per pixel, the changed rows known from the ends.
     */
    private void inside(int x0, int y0, int x1, int y1, int argb) {
        dirtyTop = Math.min(dirtyTop, Math.min(y0, y1));
        dirtyBottom = Math.max(dirtyBottom, Math.max(y0, y1));
        int[] px = pixels;
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? width : -width;
        int err = dx + dy;
        int at = y0 * width + x0;
        int end = y1 * width + x1;
        while (true) {
            px[at] = argb;
            if (at == end) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                at += sx;
            }
            if (e2 <= dx) {
                err += dx;
                at += sy;
            }
        }
    }

    private boolean clipY(int y0, int y1) {
        return Math.max(y0, y1) >= 0 && Math.min(y0, y1) < height;
    }
}
