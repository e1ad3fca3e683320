package dev.stagecraft.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The window's Java rasterizer against a reference: each shape sampled 8 x 8 times per pixel. Lines are the band
 * of their thickness measured across the major axis, cut across it at the ends and the dashes (the shape the
 * rasterizer promises); they start and end inside the pixels or far outside them, so both the walk without tests
 * and the clipped ends are checked.
 */
class PixelRasterTest {
    private static final int W = 96;
    private static final int H = 64;
    private static final int WHITE = 0xffffffff;
    private static final int SUB = 8;

    private final int[] pixels = new int[W * H];
    private final PixelRaster raster = new PixelRaster();

    private double coverage(int x, int y) {
        return (pixels[y * W + x] >>> 24) / 255.0;
    }

    private void fresh() {
        java.util.Arrays.fill(pixels, 0);
        raster.target(pixels, W, H);
    }

    /** Whether a point lies on the line's band (and on a dash), as {@link PixelRaster} defines the shape. */
    private static boolean onLine(double px, double py, double[] s, double width, double on, double off) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        boolean xMajor = Math.abs(dx) >= Math.abs(dy);
        double a = xMajor ? px - s[0] : py - s[1];
        double b = xMajor ? py - s[1] : px - s[0];
        double da = xMajor ? dx : dy;
        double db = xMajor ? dy : dx;
        double len = Math.hypot(dx, dy);
        double u = a / da;
        if (u < 0 || u > 1) {
            return false;
        }
        double half = width * len / Math.abs(da) / 2;
        if (Math.abs(b - u * db) > half) {
            return false;
        }
        if (off == 0) {
            return true;
        }
        double t = u * len;
        return t - Math.floor(t / (on + off)) * (on + off) < on;
    }

    private void assertLineMatchesSampling(double[] s, double width, double on, double off) {
        double worst = 0;
        double sum = 0;
        double expectedSum = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int inside = 0;
                for (int k = 0; k < SUB * SUB; k++) {
                    if (onLine(x + (k % SUB + 0.5) / SUB, y + (k / SUB + 0.5) / SUB, s, width, on, off)) {
                        inside++;
                    }
                }
                double expected = inside / (double) (SUB * SUB);
                worst = Math.max(worst, Math.abs(coverage(x, y) - expected));
                sum += coverage(x, y);
                expectedSum += expected;
            }
        }
        String what = String.format("segment %.1f,%.1f-%.1f,%.1f width %.1f dash %.1f/%.1f", s[0], s[1], s[2], s[3],
                width, on, off);
        assertTrue(worst < 0.2, what + ": worst pixel off by " + worst);
        assertEquals(expectedSum, sum, Math.max(0.5, expectedSum * 0.03), what + ": total coverage");
    }

    private static double[] randomSegment(Random r, boolean far) {
        double spread = far ? 400 : 0;
        return new double[] {r.nextDouble() * (W + 2 * spread) - spread, r.nextDouble() * (H + 2 * spread) - spread,
            r.nextDouble() * (W + 2 * spread) - spread, r.nextDouble() * (H + 2 * spread) - spread};
    }

    @Test
    void solidLinesCoverWhatSamplingCovers() {
        Random r = new Random(1);
        for (int i = 0; i < 200; i++) {
            double[] s = randomSegment(r, i % 2 == 1);
            double width = 1 + r.nextDouble() * 4;
            fresh();
            raster.segments(s, 1, WHITE, width, 0, 0, 1, 0, 0);
            assertLineMatchesSampling(s, width, 0, 0);
        }
    }

    @Test
    void dashedLinesCoverWhatSamplingCovers() {
        Random r = new Random(2);
        for (int i = 0; i < 200; i++) {
            double[] s = randomSegment(r, i % 2 == 1);
            double on = 1 + r.nextDouble() * 10;
            double off = 1 + r.nextDouble() * 6;
            fresh();
            raster.segments(s, 1, WHITE, 1.6, on, off, 1, 0, 0);
            assertLineMatchesSampling(s, 1.6, on, off);
        }
    }

    @Test
    void worldCoordinatesGoThroughTheTransform() {
        double[] world = {10, 20, 40, 25};
        fresh();
        raster.segments(world, 1, WHITE, 3, 0, 0, 2, -5, 3);
        assertLineMatchesSampling(new double[] {15, 43, 75, 53}, 3, 0, 0);
    }

    @Test
    void aLineThinnerThanAPixelIsAPixelWideAndAsMuchLighter() {
        fresh();
        raster.segments(new double[] {0, 10.5, W, 10.5}, 1, WHITE, 0.4, 0, 0, 1, 0, 0);
        assertEquals(0.4, coverage(30, 10), 0.01);
        assertEquals(0, coverage(30, 9), 0.01);
        assertEquals(0, coverage(30, 11), 0.01);
    }

    @Test
    void aHairlineSetsOnePixelPerColumnNextToTheLine() {
        Random r = new Random(3);
        for (int i = 0; i < 200; i++) {
            double[] s = randomSegment(r, i % 2 == 1);
            fresh();
            raster.hairlines(s, 1, WHITE, 1, 0, 0);
            boolean xMajor = Math.abs(s[2] - s[0]) >= Math.abs(s[3] - s[1]);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    if (pixels[y * W + x] != 0) {
                        double distance = distanceToSegment(x + 0.5, y + 0.5, s);
                        assertTrue(distance <= 1.3, "pixel " + x + "," + y + " is " + distance + " from the line");
                    }
                }
            }
            int lines = xMajor ? W : H;
            for (int a = 0; a < lines; a++) {
                int set = 0;
                for (int b = 0; b < (xMajor ? H : W); b++) {
                    set += pixels[xMajor ? b * W + a : a * W + b] != 0 ? 1 : 0;
                }
                assertTrue(set <= 1, set + " pixels in one column of a hairline");
            }
        }
    }

    @Test
    void rectanglesGetTheirExactArea() {
        Random r = new Random(4);
        for (int i = 0; i < 100; i++) {
            double x = r.nextDouble() * W - 10;
            double y = r.nextDouble() * H - 10;
            double w = r.nextDouble() * 30;
            double h = r.nextDouble() * 30;
            fresh();
            raster.rects(new double[] {x, y, w, h}, 1, WHITE, 1, 0, 0);
            double sum = 0;
            for (int k = 0; k < pixels.length; k++) {
                sum += (pixels[k] >>> 24) / 255.0;
            }
            double visible = Math.max(0, Math.min(W, x + w) - Math.max(0, x))
                    * Math.max(0, Math.min(H, y + h) - Math.max(0, y));
            assertEquals(visible, sum, 0.01 * visible + 0.5, "rectangle " + x + "," + y + " " + w + "x" + h);
        }
    }

    /** Arrowheads as the edge painter makes them (12 to 15 long, 10 to 13 wide), at 50 % to 300 %, any direction. */
    @Test
    void arrowheadsCoverWhatSamplingCovers() {
        Random r = new Random(5);
        for (int i = 0; i < 200; i++) {
            double scale = 0.5 + r.nextDouble() * 2.5;
            double head = (12 + r.nextDouble() * 3) * scale;
            double half = (5 + r.nextDouble() * 1.5) * scale;
            double angle = r.nextDouble() * 2 * Math.PI;
            double ux = Math.cos(angle);
            double uy = Math.sin(angle);
            double tipX = r.nextDouble() * (W + 20) - 10;
            double tipY = r.nextDouble() * (H + 20) - 10;
            double baseX = tipX - ux * head;
            double baseY = tipY - uy * head;
            double[] t = {tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half};
            fresh();
            raster.triangles(t, 1, WHITE, 1, 0, 0);
            double worst = 0;
            double sum = 0;
            double expectedSum = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    int inside = 0;
                    for (int k = 0; k < SUB * SUB; k++) {
                        if (inTriangle(x + (k % SUB + 0.5) / SUB, y + (k / SUB + 0.5) / SUB, t)) {
                            inside++;
                        }
                    }
                    double expected = inside / (double) (SUB * SUB);
                    worst = Math.max(worst, Math.abs(coverage(x, y) - expected));
                    sum += coverage(x, y);
                    expectedSum += expected;
                }
            }
            assertTrue(worst < 0.35, "arrowhead " + i + ": worst pixel off by " + worst);
            assertEquals(expectedSum, sum, Math.max(0.5, expectedSum * 0.04), "arrowhead " + i);
        }
    }

    @Test
    void partlyCoveredPixelsBlendOverWhatIsThere() {
        fresh();
        raster.rects(new double[] {0, 0, W, H}, 1, 0xff0000ff, 1, 0, 0);
        raster.rects(new double[] {10, 10, 0.5, 1}, 1, 0xffff0000, 1, 0, 0);
        int p = pixels[10 * W + 10];
        assertEquals(0xff, p >>> 24);
        assertEquals(0x80, p >> 16 & 0xff, 1);
        assertEquals(0x80, p & 0xff, 1);
    }

    @Test
    void theWrittenRowsAndColumnsAreKept() {
        fresh();
        assertTrue(raster.isEmpty());
        raster.segments(new double[] {20, 30, 50, 40}, 1, WHITE, 2, 0, 0, 1, 0, 0);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (pixels[y * W + x] != 0) {
                    assertTrue(y >= raster.top() && y <= raster.bottom() && x >= raster.left() && x <= raster.right(),
                            "pixel " + x + "," + y + " outside the kept rows and columns");
                }
            }
        }
    }

    private static boolean inTriangle(double x, double y, double[] t) {
        double d1 = cross(x, y, t[0], t[1], t[2], t[3]);
        double d2 = cross(x, y, t[2], t[3], t[4], t[5]);
        double d3 = cross(x, y, t[4], t[5], t[0], t[1]);
        return d1 >= 0 && d2 >= 0 && d3 >= 0 || d1 <= 0 && d2 <= 0 && d3 <= 0;
    }

    private static double cross(double x, double y, double ax, double ay, double bx, double by) {
        return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    }

    private static double distanceToSegment(double x, double y, double[] s) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double t = Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - s[0] - t * dx, y - s[1] - t * dy);
    }
}
