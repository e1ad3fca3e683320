package dev.stagecraft.ui.render;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One-pixel lines rasterized in Java (Bresenham, no antialiasing) into an ARGB buffer that is then drawn
 * as one image. For the overview of a large graph this replaces tens of thousands of stroked segments,
 * which the software pipeline would scan-convert one by one, by a few milliseconds of integer loops.
 * Two images alternate so the render thread never reads an image that the next frame is writing.
 */
final class HairlineRaster {
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private final WritableImage[] images = new WritableImage[2];
    private int current;
    private int dirtyTop = Integer.MAX_VALUE;
    private int dirtyBottom = -1;

    /** Rasterizes segments given in world units under (scale, tx, ty) into a {@code w} x {@code h} buffer. */
    void draw(double[] c, int count, int argb, double scale, double tx, double ty, int w, int h) {
        if (w != width || h != height) {
            width = w;
            height = h;
            pixels = new int[w * h];
            images[0] = null;
            images[1] = null;
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

    /** Draws the buffer at the canvas origin (identity transform) and clears it. */
    void flushTo(GraphicsContext gc) {
        if (isEmpty()) {
            return;
        }
        current = 1 - current;
        if (images[current] == null) {
            images[current] = new WritableImage(width, height);
        }
        WritableImage image = images[current];
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(image, 0, 0);
        gc.restore();
        Arrays.fill(pixels, dirtyTop * width, (dirtyBottom + 1) * width, 0);
        dirtyTop = Integer.MAX_VALUE;
        dirtyBottom = -1;
    }

    private void line(int x0, int y0, int x1, int y1, int argb) {
        if (!clipY(y0, y1) || Math.max(x0, x1) < 0 || Math.min(x0, x1) >= width) {
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

    private boolean clipY(int y0, int y1) {
        return Math.max(y0, y1) >= 0 && Math.min(y0, y1) < height;
    }
}
