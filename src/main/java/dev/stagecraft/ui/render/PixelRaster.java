package dev.stagecraft.ui.render;

/**
 * Draws what the window shows by the thousand straight into premultiplied ARGB pixels: antialiased lines of any
 * width (solid, dashed, dotted; butt ends), one-pixel hairlines without antialiasing, antialiased triangles
 * (arrowheads) and axis-aligned rectangles (far-out boxes). Colours are opaque and blended source-over.
 *
 * <p>Why: the software pipeline scan-converts a stroked path through the whole width of every row the path spans,
 * so 2,000 edges crossing a 1280x800 view cost 100–180 ms there; here a line costs its visible length times its
 * width in pixels (the same 2,000 edges: a few ms). A line is walked along its major axis; across it, each column
 * gets the span of the line's thickness (its end pixels the part they hold: the exact area for a straight edge
 * through the column), along it the part of the column on the segment and on a dash. Ends and dashes are cut
 * across the major axis rather than square to the line (under a pixel of difference at the corners). A triangle
 * pixel is covered by what the three edges' half-planes leave of it, each from its distance to the pixel's centre:
 * exact where one edge crosses a pixel, a little under at a sharp corner. Rectangles get their exact area.
 * Everything is clipped to the pixels first, so a line far longer than the view costs only its visible part.
 *
 * <p>Coordinates are in world units under {@code screen = world * scale + translate}. The rows written since
 * {@link #target} are kept ({@link #top()}, {@link #bottom()}), as are the columns ({@link #left()},
 * {@link #right()}), so only they need to be sent on and composited. No JavaFX: plain arrays, testable alone.
 */
final class PixelRaster {
    private int[] px = new int[0];
    private int width;
    private int height;
    private int top;
    private int bottom;
    private int left;
    private int right;

    PixelRaster() {
        target(new int[0], 0, 0);
    }

    /** Draws from now on into {@code pixels}, {@code w} x {@code h}, row by row; nothing is written yet. */
    void target(int[] pixels, int w, int h) {
        px = pixels;
        width = w;
        height = h;
        top = Integer.MAX_VALUE;
        bottom = -1;
        left = Integer.MAX_VALUE;
        right = -1;
    }

    /** First row written since {@link #target}; {@code Integer.MAX_VALUE} when none. */
    int top() {
        return top;
    }

    /** Last row written since {@link #target}; -1 when none. */
    int bottom() {
        return bottom;
    }

    int left() {
        return left;
    }

    int right() {
        return right;
    }

    boolean isEmpty() {
        return bottom < 0;
    }

    /** {@code count} segments (x1, y1, x2, y2) one pixel wide, not antialiased. */
    void hairlines(double[] c, int count, int argb, double scale, double tx, double ty) {
        hairlines(c, 0, count, argb, scale, tx, ty);
    }

    /** As {@link #hairlines(double[], int, int, double, double, double)}, from {@code c[offset]}. */
    void hairlines(double[] c, int offset, int count, int argb, double scale, double tx, double ty) {
        for (int i = 0; i < count; i++) {
            int k = offset + i * 4;
            line(c[k] * scale + tx, c[k + 1] * scale + ty, c[k + 2] * scale + tx, c[k + 3] * scale + ty, argb, 0, 1,
                    0, 0);
        }
    }

    /**
     * {@code count} segments (x1, y1, x2, y2), {@code lineWidth} pixels wide with butt ends; {@code on} and
     * {@code off} give the dash pattern in pixels along the line from each segment's start ({@code off} 0: solid).
     */
    void segments(double[] c, int count, int argb, double lineWidth, double on, double off, double scale, double tx,
                  double ty) {
        segments(c, 0, count, argb, lineWidth, on, off, scale, tx, ty);
    }

    /** As {@link #segments(double[], int, int, double, double, double, double, double, double)}, from {@code c[offset]}. */
    void segments(double[] c, int offset, int count, int argb, double lineWidth, double on, double off, double scale,
                  double tx, double ty) {
        // below a pixel a line is drawn one pixel wide and as much lighter
        double thickness = Math.max(lineWidth, 1);
        double alpha = Math.min(1, lineWidth);
        for (int i = 0; i < count; i++) {
            int k = offset + i * 4;
            line(c[k] * scale + tx, c[k + 1] * scale + ty, c[k + 2] * scale + tx, c[k + 3] * scale + ty, argb,
                    thickness, alpha, on, off);
        }
    }

    /** {@code count} filled triangles (x1, y1, x2, y2, x3, y3), antialiased. */
    void triangles(double[] c, int count, int argb, double scale, double tx, double ty) {
        triangles(c, 0, count, argb, scale, tx, ty);
    }

    /** As {@link #triangles(double[], int, int, double, double, double)}, from {@code c[offset]}. */
    void triangles(double[] c, int offset, int count, int argb, double scale, double tx, double ty) {
        for (int i = 0; i < count; i++) {
            int k = offset + i * 6;
            triangle(c[k] * scale + tx, c[k + 1] * scale + ty, c[k + 2] * scale + tx, c[k + 3] * scale + ty,
                    c[k + 4] * scale + tx, c[k + 5] * scale + ty, argb);
        }
    }

    /** {@code count} filled rectangles (x, y, w, h), each pixel covered by the part of it inside the rectangle. */
    void rects(double[] r, int count, int argb, double scale, double tx, double ty) {
        for (int i = 0; i < count; i++) {
            int k = i * 4;
            double x0 = r[k] * scale + tx;
            double y0 = r[k + 1] * scale + ty;
            rect(x0, y0, x0 + r[k + 2] * scale, y0 + r[k + 3] * scale, argb);
        }
    }

    private void rect(double x0, double y0, double x1, double y1, int argb) {
        int c0 = Math.max(0, (int) Math.floor(x0));
        int c1 = Math.min(width - 1, (int) Math.ceil(x1) - 1);
        int r0 = Math.max(0, (int) Math.floor(y0));
        int r1 = Math.min(height - 1, (int) Math.ceil(y1) - 1);
        if (c0 > c1 || r0 > r1) {
            return;
        }
        touch(r0, r1, c0, c1);
        for (int y = r0; y <= r1; y++) {
            double cy = Math.min(y1, y + 1) - Math.max(y0, y);
            int row = y * width;
            for (int x = c0; x <= c1; x++) {
                double cx = Math.min(x1, x + 1) - Math.max(x0, x);
                blend(row + x, argb, cx * cy);
            }
        }
    }

    /**
     * One line, a column (or row) of its major axis at a time; {@code lineWidth} 0 draws a hairline: one pixel per
     * column, the one nearest the line at the column's centre, not antialiased. Columns away from the ends whose
     * span lies inside the pixels (nearly all) take a loop without tests.
     */
    private void line(double x0, double y0, double x1, double y1, int argb, double lineWidth, double alpha,
                      double on, double off) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        boolean xMajor = Math.abs(dx) >= Math.abs(dy);
        double a0 = xMajor ? x0 : y0;
        double b0 = xMajor ? y0 : x0;
        double da = xMajor ? dx : dy;
        double db = xMajor ? dy : dx;
        int majorSize = xMajor ? width : height;
        int minorSize = xMajor ? height : width;
        int majorStride = xMajor ? 1 : width;
        int minorStride = xMajor ? width : 1;
        boolean hairline = lineWidth == 0;
        if (da == 0) {
            if (hairline) {
                hairlineColumn((int) Math.floor(a0), b0, b0, b0, majorSize, minorSize, majorStride, minorStride, argb);
            }
            return;
        }
        double slope = db / da;
        double len = Math.sqrt(dx * dx + dy * dy);
        // along the line per unit of the major axis, and half the thickness across, along the minor axis
        double step = len / Math.abs(da);
        double half = hairline ? 0 : lineWidth * step / 2;
        double aMin = Math.min(a0, a0 + da);
        double aMax = Math.max(a0, a0 + da);
        double bLow = Math.min(b0, b0 + db);
        double bHigh = Math.max(b0, b0 + db);
        double aLow = aMin;
        double aHigh = aMax;
        // safe: the span is inside the pixels across (the same interval, shrunk by the thickness)
        double safeLow = Double.NEGATIVE_INFINITY;
        double safeHigh = Double.POSITIVE_INFINITY;
        if (slope != 0) {
            double m0 = a0 + (-half - 1 - b0) / slope;
            double m1 = a0 + (minorSize + half + 1 - b0) / slope;
            aLow = Math.max(aLow, Math.min(m0, m1));
            aHigh = Math.min(aHigh, Math.max(m0, m1));
            double s0 = a0 - 0.5 + (half + 1 - b0) / slope;
            double s1 = a0 - 0.5 + (minorSize - half - 1 - b0) / slope;
            safeLow = Math.min(s0, s1);
            safeHigh = Math.max(s0, s1);
        } else if (b0 + half < 0 || b0 - half >= minorSize) {
            return;
        } else if (b0 - half < 1 || b0 + half > minorSize - 1) {
            safeLow = Double.POSITIVE_INFINITY;
        }
        int first = Math.max(0, (int) Math.floor(aLow));
        int last = Math.min(majorSize - 1, (int) Math.floor(aHigh));
        if (first > last) {
            return;
        }
        // away from the ends: columns wholly on the segment (for a hairline, those with their centre on it)
        int fastFirst = Math.max(first, (int) Math.max(Math.ceil(aMin) + 1, Math.ceil(safeLow) + 1));
        int fastLast = Math.min(last, (int) Math.min(Math.floor(aMax) - 2, Math.floor(safeHigh) - 1));
        if (fastFirst > fastLast) {
            fastFirst = last + 1;
            fastLast = last;
        }
        boolean dashed = off > 0;
        double period = on + off;
        for (int a = first; a <= last; a++) {
            if (a == fastFirst) {
                a = fastLast;
                if (hairline) {
                    fastHairline(fastFirst, fastLast, b0 + (fastFirst + 0.5 - a0) * slope, slope, majorStride,
                            minorStride, argb);
                } else if (dashed) {
                    fastDashed(fastFirst, fastLast, a0, b0, slope, da, len, step, half, alpha, on, period,
                            majorStride, minorStride, argb);
                } else {
                    fastSolid(fastFirst, fastLast, b0 + (fastFirst + 0.5 - a0) * slope, slope, half, alpha,
                            majorStride, minorStride, argb);
                }
                continue;
            }
            double ac = a + 0.5 - a0;
            double bc = b0 + ac * slope;
            if (hairline) {
                hairlineColumn(a, bc, bLow, bHigh, majorSize, minorSize, majorStride, minorStride, argb);
                continue;
            }
            double t = ac / da * len;
            double lo = Math.max(0, t - step / 2);
            double hi = Math.min(len, t + step / 2);
            if (hi <= lo) {
                continue;
            }
            double along = dashed ? (onLength(hi, on, period) - onLength(lo, on, period)) / step : (hi - lo) / step;
            if (along > 0) {
                column(a * majorStride, bc - half, bc + half, along * alpha, minorSize, minorStride, argb);
            }
        }
        // the written part: the walked columns, across them the span between the ends' minor coordinates
        double bFirst = b0 + (first + 0.5 - a0) * slope;
        double bLast = b0 + (last + 0.5 - a0) * slope;
        int minorLow = Math.max(0, (int) Math.floor(Math.max(bLow, Math.min(bFirst, bLast)) - half - 1));
        int minorHigh = Math.min(minorSize - 1, (int) Math.floor(Math.min(bHigh, Math.max(bFirst, bLast)) + half + 1));
        if (minorLow > minorHigh) {
            return;
        }
        if (xMajor) {
            touch(minorLow, minorHigh, first, last);
        } else {
            touch(first, last, minorLow, minorHigh);
        }
    }

    private void hairlineColumn(int a, double bc, double bLow, double bHigh, int majorSize, int minorSize,
                                int majorStride, int minorStride, int argb) {
        int b = (int) Math.floor(Math.max(bLow, Math.min(bHigh, bc)));
        if (a >= 0 && a < majorSize && b >= 0 && b < minorSize) {
            px[a * majorStride + b * minorStride] = argb;
            if (majorStride == 1) {
                touch(b, b, a, a);
            } else {
                touch(a, a, b, b);
            }
        }
    }

    /** Columns {@code first..last} of a hairline whose pixels are all inside; {@code bc} at the first one. */
    private void fastHairline(int first, int last, double bc, double slope, int majorStride, int minorStride,
                              int argb) {
        int[] p = px;
        for (int a = first; a <= last; a++) {
            p[a * majorStride + (int) bc * minorStride] = argb;
            bc += slope;
        }
    }

    /**
     * Columns of a solid line wholly on it, their spans inside the pixels; {@code bc} at the first one. The span's
     * ends are taken in 1/256 of a pixel, the resolution of the blend anyway.
     */
    private void fastSolid(int first, int last, double bc, double slope, double half, double alpha,
                           int majorStride, int minorStride, int argb) {
        int[] p = px;
        int whole = (int) (alpha * 256 + 0.5);
        int span = (int) (2 * half * 256 + 0.5);
        double top = bc - half;
        for (int a = first; a <= last; a++) {
            span(p, a * majorStride, (int) (top * 256), span, whole, minorStride, argb);
            top += slope;
        }
    }

    /**
     * As {@link #fastSolid} on a dashed line: the column's extent along the line is followed through the pattern
     * step by step, so only the columns where a dash begins or ends need the overlap worked out.
     */
    private void fastDashed(int first, int last, double a0, double b0, double slope, double da, double len,
                            double step, double half, double alpha, double on, double period, int majorStride,
                            int minorStride, int argb) {
        int[] p = px;
        int span = (int) (2 * half * 256 + 0.5);
        double top = b0 + (first + 0.5 - a0) * slope - half;
        // where each column's extent along the line begins, and how that moves from one column to the next
        double start = (first + 0.5 - a0) / da * len - step / 2;
        double phase = start - Math.floor(start / period) * period;
        double advance = da > 0 ? step : -step;
        for (int a = first; a <= last; a++) {
            double along;
            if (phase + step <= on) {
                along = 1;
            } else if (phase >= on && phase + step <= period) {
                along = 0;
            } else {
                along = (onLength(phase + step, on, period) - onLength(phase, on, period)) / step;
            }
            if (along > 0) {
                span(p, a * majorStride, (int) (top * 256), span, (int) (along * alpha * 256 + 0.5), minorStride,
                        argb);
            }
            top += slope;
            phase += advance;
            if (phase >= period) {
                phase -= period;
            } else if (phase < 0) {
                phase += period;
            }
        }
    }

    /** One column's span from {@code top} for {@code span} (both in 1/256 px), whole pixels covered {@code cover}/256. */
    private static void span(int[] p, int base, int top, int span, int cover, int minorStride, int argb) {
        int bottom = top + span;
        int i0 = top >> 8;
        int i1 = bottom >> 8;
        if (i0 == i1) {
            mix(p, base + i0 * minorStride, argb, span * cover >> 8);
            return;
        }
        mix(p, base + i0 * minorStride, argb, (256 - (top & 255)) * cover >> 8);
        for (int k = i0 + 1; k < i1; k++) {
            mix(p, base + k * minorStride, argb, cover);
        }
        mix(p, base + i1 * minorStride, argb, (bottom & 255) * cover >> 8);
    }

    /**
     * The span [top, bottom] of one column at {@code base}, covered {@code cover}: whole pixels set, the end pixels
     * by the part inside; rows at or beyond {@code limit} (and below 0) are left out.
     */
    private void column(int base, double top, double bottom, double cover, int limit, int minorStride, int argb) {
        int i0 = (int) Math.floor(top);
        int i1 = (int) Math.floor(bottom);
        if (i0 == i1) {
            if (i0 >= 0 && i0 < limit) {
                blend(base + i0 * minorStride, argb, (bottom - top) * cover);
            }
            return;
        }
        if (i0 >= 0 && i0 < limit) {
            blend(base + i0 * minorStride, argb, (i0 + 1 - top) * cover);
        }
        int to = Math.min(limit - 1, i1 - 1);
        for (int b = Math.max(0, i0 + 1); b <= to; b++) {
            blend(base + b * minorStride, argb, cover);
        }
        if (i1 >= 0 && i1 < limit) {
            blend(base + i1 * minorStride, argb, (bottom - i1) * cover);
        }
    }

    /** How much of [0, t] lies on dashes of the pattern (on, period - on) that starts with a dash at 0. */
    private static double onLength(double t, double on, double period) {
        double whole = Math.floor(t / period);
        return whole * on + Math.min(t - whole * period, on);
    }

    private void triangle(double x1, double y1, double x2, double y2, double x3, double y3, int argb) {
        double area = (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1);
        if (Math.abs(area) < 1e-9) {
            return;
        }
        if (area < 0) {
            double sx = x2;
            double sy = y2;
            x2 = x3;
            y2 = y3;
            x3 = sx;
            y3 = sy;
        }
        int c0 = Math.max(0, (int) Math.floor(Math.min(x1, Math.min(x2, x3)) - 0.5));
        int c1 = Math.min(width - 1, (int) Math.floor(Math.max(x1, Math.max(x2, x3)) + 0.5));
        int r0 = Math.max(0, (int) Math.floor(Math.min(y1, Math.min(y2, y3)) - 0.5));
        int r1 = Math.min(height - 1, (int) Math.floor(Math.max(y1, Math.max(y2, y3)) + 0.5));
        if (c0 > c1 || r0 > r1) {
            return;
        }
        // inward unit normals (n) and offsets (o) of the three edges: distance inside = n . p + o
        double l1 = length(x2 - x1, y2 - y1);
        double l2 = length(x3 - x2, y3 - y2);
        double l3 = length(x1 - x3, y1 - y3);
        double n1x = -(y2 - y1) / l1;
        double n1y = (x2 - x1) / l1;
        double n2x = -(y3 - y2) / l2;
        double n2y = (x3 - x2) / l2;
        double n3x = -(y1 - y3) / l3;
        double n3y = (x1 - x3) / l3;
        double o1 = -(n1x * x1 + n1y * y1);
        double o2 = -(n2x * x2 + n2y * y2);
        double o3 = -(n3x * x3 + n3y * y3);
        touch(r0, r1, c0, c1);
        for (int y = r0; y <= r1; y++) {
            double py = y + 0.5;
            int row = y * width;
            for (int x = c0; x <= c1; x++) {
                double pxc = x + 0.5;
                // each edge's half-plane covers the pixel by its distance; together, what all three leave
                double cover = half(n1x * pxc + n1y * py + o1) + half(n2x * pxc + n2y * py + o2)
                        + half(n3x * pxc + n3y * py + o3) - 2;
                if (cover > 0) {
                    blend(row + x, argb, cover);
                }
            }
        }
    }

    /** How much of a pixel a half-plane covers whose edge is {@code distance} from the pixel's centre (inside: > 0). */
    private static double half(double distance) {
        return Math.max(0, Math.min(1, distance + 0.5));
    }

    /** Source-over of an opaque colour covering a fraction of a pixel, in premultiplied ARGB. */
    private void blend(int at, int argb, double cover) {
        mix(px, at, argb, (int) (cover * 256 + 0.5));
    }

    /** Source-over of an opaque colour covering {@code a}/256 of a pixel. */
    private static void mix(int[] p, int at, int argb, int a) {
        if (a >= 256) {
            p[at] = argb;
            return;
        }
        if (a <= 0) {
            return;
        }
        int d = p[at];
        int rb = ((argb & 0xff00ff) * a + (d & 0xff00ff) * (256 - a)) >>> 8 & 0xff00ff;
        int ag = (((argb >>> 8) & 0xff00ff) * a + ((d >>> 8) & 0xff00ff) * (256 - a)) & 0xff00ff00;
        p[at] = ag | rb;
    }

    /** Counts the rectangle of rows y0..y1 and columns x0..x1 as written (pixels copied in from elsewhere). */
    void touched(int y0, int y1, int x0, int x1) {
        touch(y0, y1, x0, x1);
    }

    private void touch(int y0, int y1, int x0, int x1) {
        top = Math.min(top, y0);
        bottom = Math.max(bottom, y1);
        left = Math.min(left, x0);
        right = Math.max(right, x1);
    }

    /** sqrt, not {@link Math#hypot}: pixel geometry never overflows, and hypot is several times slower. */
    private static double length(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }
}
