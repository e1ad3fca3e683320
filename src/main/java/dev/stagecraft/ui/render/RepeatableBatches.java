package dev.stagecraft.ui.render;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The batches of a repeatable part of a batch layer (the window's edges), recorded instead of drawn, so that when
 * exactly the same batches come again onto an empty layer the pixels they made last time are copied back instead
 * of rasterized anew. At fit on a 20,000-component graph that is 100,000 hairlines (tens of milliseconds) replaced
 * by comparing 400,000 numbers and copying one image (about 2 ms): most edits (adding a component, a tier, a
 * name) change no edge.
 *
 * <p>Equality is by content: every batch's kind, colour, widths, transform and coordinates. Nothing outside the
 * recording is trusted, so a reused picture is always the one the batches would draw.
 */
final class RepeatableBatches {
    private static final int HAIRLINES = 0;
    private static final int SEGMENTS = 1;
    private static final int TRIANGLES = 2;
    /** Per batch: kind, argb, count, offset into the coordinates. */
    private static final int HEADER_INTS = 4;
    /** Per batch: line width, dash on, dash off, scale, translate x, translate y. */
    private static final int HEADER_DOUBLES = 6;

    /** One recording: the batches, in order. */
    private static final class Recording {
        int[] ints = new int[HEADER_INTS * 8];
        double[] doubles = new double[HEADER_DOUBLES * 8];
        double[] coords = new double[1024];
        int batches;
        int coordCount;

        void clear() {
            batches = 0;
            coordCount = 0;
        }

        void add(int kind, int argb, double[] c, int values, int count, double width, double on, double off,
                 double scale, double tx, double ty) {
            if ((batches + 1) * HEADER_INTS > ints.length) {
                ints = Arrays.copyOf(ints, ints.length * 2);
                doubles = Arrays.copyOf(doubles, doubles.length * 2);
            }
            if (coordCount + values > coords.length) {
                coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + values));
            }
            int hi = batches * HEADER_INTS;
            ints[hi] = kind;
            ints[hi + 1] = argb;
            ints[hi + 2] = count;
            ints[hi + 3] = coordCount;
            int hd = batches * HEADER_DOUBLES;
            doubles[hd] = width;
            doubles[hd + 1] = on;
            doubles[hd + 2] = off;
            doubles[hd + 3] = scale;
            doubles[hd + 4] = tx;
            doubles[hd + 5] = ty;
            System.arraycopy(c, 0, coords, coordCount, values);
            coordCount += values;
            batches++;
        }

        boolean sameAs(Recording o) {
            return batches == o.batches && coordCount == o.coordCount
                    && Arrays.equals(ints, 0, batches * HEADER_INTS, o.ints, 0, batches * HEADER_INTS)
                    && Arrays.equals(doubles, 0, batches * HEADER_DOUBLES, o.doubles, 0, batches * HEADER_DOUBLES)
                    && Arrays.equals(coords, 0, coordCount, o.coords, 0, coordCount);
        }

        void drawOn(PixelRaster raster, int[] pixels, int w, int h) {
            double[] c = coords;
            PixelRaster other = null;
            for (int b = 0; b < batches; b++) {
                int hi = b * HEADER_INTS;
                int hd = b * HEADER_DOUBLES;
                int argb = ints[hi + 1];
                int count = ints[hi + 2];
                int offset = ints[hi + 3];
                double scale = doubles[hd + 3];
                double tx = doubles[hd + 4];
                double ty = doubles[hd + 5];
                if (ints[hi] == HAIRLINES && count >= SHARED_HAIRLINES && HELPER != null) {
                    if (other == null) {
                        other = new PixelRaster();
                        other.target(pixels, w, h);
                    }
                    drawShared(raster, other, c, offset, count, argb, scale, tx, ty);
                    continue;
                }
                switch (ints[hi]) {
                    case HAIRLINES -> raster.hairlines(c, offset, count, argb, scale, tx, ty);
                    case SEGMENTS -> raster.segments(c, offset, count, argb, doubles[hd], doubles[hd + 1],
                            doubles[hd + 2], scale, tx, ty);
                    default -> raster.triangles(c, offset, count, argb, scale, tx, ty);
                }
            }
            if (other != null && !other.isEmpty()) {
                raster.touched(other.top(), other.bottom(), other.left(), other.right());
            }
        }
    }

    /**
     * Hairline batches of at least this many lines are drawn by two threads, half the lines each, onto the same
     * pixels. A hairline only stores its batch's colour, so two lines of one batch crossing a pixel leave the
     * same value in either order: the picture is the same as drawn by one thread, bit for bit. Batches still
     * follow one another (the second waits for the first), as their colours overlap.
     */
    static final int SHARED_HAIRLINES = 4096;

    /**
     * The second thread, or none on one core or with {@code -Dstagecraft.raster.threads=1} (benchmarks compare
     * both). Daemon, named, and only ever given a half of one batch.
     */
    private static final ExecutorService HELPER = Runtime.getRuntime().availableProcessors() > 1
            && Integer.getInteger("stagecraft.raster.threads", 2) > 1
            ? Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "stagecraft-raster");
                t.setDaemon(true);
                return t;
            })
            : null;

    private static void drawShared(PixelRaster raster, PixelRaster other, double[] c, int offset, int count,
                                   int argb, double scale, double tx, double ty) {
        int half = count / 2;
        Future<?> second = HELPER.submit(
                () -> other.hairlines(c, offset + half * 4, count - half, argb, scale, tx, ty));
        raster.hairlines(c, offset, half, argb, scale, tx, ty);
        boolean interrupted = false;
        try {
            // a few milliseconds at most: wait them out even if interrupted, then pass the interrupt on
            while (true) {
                try {
                    second.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            // PixelRaster throws nothing of its own: anything here is a bug, and must not be hidden
            throw new IllegalStateException("drawing hairlines on the second thread failed", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Recording recording = new Recording();
    private Recording kept = new Recording();
    private int[] keptPixels = new int[0];
    private int keptWidth = -1;
    private int keptHeight = -1;
    private int keptTop;
    private int keptBottom = -1;
    private int keptLeft;
    private int keptRight;
    private boolean active;
    private boolean startedEmpty;
    private long reused;

    /** Starts recording; {@code emptyRaster}: nothing is drawn on the layer yet (only then can pixels be reused). */
    void begin(boolean emptyRaster) {
        recording.clear();
        active = true;
        startedEmpty = emptyRaster;
    }

    boolean isRecording() {
        return active;
    }

    void hairlines(double[] c, int count, int argb, double scale, double tx, double ty) {
        recording.add(HAIRLINES, argb, c, count * 4, count, 0, 0, 0, scale, tx, ty);
    }

    void segments(double[] c, int count, int argb, double width, double on, double off, double scale, double tx,
                  double ty) {
        recording.add(SEGMENTS, argb, c, count * 4, count, width, on, off, scale, tx, ty);
    }

    void triangles(double[] c, int count, int argb, double scale, double tx, double ty) {
        recording.add(TRIANGLES, argb, c, count * 6, count, 0, 0, 0, scale, tx, ty);
    }

    /**
     * Ends the recording: the recorded batches land on {@code raster} ({@code w} x {@code h} pixels in
     * {@code pixels}), copied from last time when they are the same, else drawn (and kept for next time).
     */
    void end(PixelRaster raster, int[] pixels, int w, int h) {
        if (!active) {
            return;
        }
        active = false;
        if (recording.batches == 0) {
            return;
        }
        if (startedEmpty && w == keptWidth && h == keptHeight && recording.sameAs(kept)) {
            reused++;
            if (keptBottom >= 0) {
                System.arraycopy(keptPixels, keptTop * w, pixels, keptTop * w, (keptBottom - keptTop + 1) * w);
                raster.touched(keptTop, keptBottom, keptLeft, keptRight);
            }
            return;
        }
        recording.drawOn(raster, pixels, w, h);
        if (!startedEmpty) {
            keptWidth = -1;
            return;
        }
        Recording swap = kept;
        kept = recording;
        recording = swap;
        keptWidth = w;
        keptHeight = h;
        if (keptPixels.length < pixels.length) {
            keptPixels = new int[pixels.length];
        }
        keptTop = raster.top();
        keptBottom = raster.bottom();
        keptLeft = raster.left();
        keptRight = raster.right();
        if (keptBottom >= 0) {
            System.arraycopy(pixels, keptTop * w, keptPixels, keptTop * w, (keptBottom - keptTop + 1) * w);
        }
    }

    /** How many times pixels were reused instead of drawn (tests and benchmarks). */
    long reused() {
        return reused;
    }
}
