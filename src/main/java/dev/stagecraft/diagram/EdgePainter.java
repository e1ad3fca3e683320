package dev.stagecraft.diagram;

import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.diagram.Highlighting.EdgeState;
import java.util.Arrays;

/**
 * Draws dependencies as arrows from the dependent to the dependency, clipped to the box borders:
 * sync solid, async dashed, data dotted, config thin; soft lighter; highlighted edges thicker and in
 * their highlight colour. Edges are collected into one batch per style and each batch is stroked as a
 * single path, dimmed ones first so emphasised ones stay on top. At low detail an edge is a 1-pixel
 * line without arrowhead, and edges shorter than a pixel on screen are skipped.
 */
final class EdgePainter {
    static final double WIDTH = 1.6;
    static final double CONFIG_WIDTH = 0.9;
    static final double PAIR_OFFSET = 6;
    private static final EdgeState[] ORDER = {EdgeState.DIM, EdgeState.NORMAL, EdgeState.DEGRADED,
        EdgeState.OUTAGE, EdgeState.CYCLE, EdgeState.CRITICAL};
    private static final int KINDS = DependencyKind.values().length;

    private final Palette palette;
    private final Batch[] batches = new Batch[EdgeState.values().length * KINDS * 2];

    EdgePainter(Palette palette) {
        this.palette = palette;
        for (int i = 0; i < batches.length; i++) {
            batches[i] = new Batch();
        }
    }

    /**
     * Draws the edges {@code visible[0..count)} of the diagram (only the emphasised ones when asked;
     * plain ones as one-pixel lines when {@code hairlines}, the cheap look while the view moves).
     */
    void paint(Surface s, Diagram d, Highlighting h, int[] visible, int count, double scale, boolean arrows,
               boolean dashes, boolean onlyEmphasised, boolean hairlines) {
        for (Batch b : batches) {
            b.clear();
        }
        double minLength = 1 / scale;
        for (int k = 0; k < count; k++) {
            int e = visible[k];
            int a = d.edgeFrom(e);
            int b = d.edgeTo(e);
            EdgeState state = h.edgeState(a, b, d.edgeHard(e));
            if (onlyEmphasised && !emphasised(state)) {
                continue;
            }
            boolean soft = !d.edgeHard(e);
            Batch batch = batches[(state.ordinal() * KINDS + d.edgeKind(e).ordinal()) * 2 + (soft ? 1 : 0)];
            if (a == b) {
                if (arrows) {
                    selfLoop(d, a, batch, emphasised(state));
                }
                continue;
            }
            addEdge(d, e, a, b, batch, arrows, emphasised(state), minLength);
        }
        for (EdgeState state : ORDER) {
            for (DependencyKind kind : DependencyKind.values()) {
                for (int soft = 0; soft < 2; soft++) {
                    Batch b = batches[(state.ordinal() * KINDS + kind.ordinal()) * 2 + soft];
                    if (b.segments == 0) {
                        continue;
                    }
                    if (!arrows) {
                        s.strokeHairlines(b.seg, b.segments, color(state, soft == 1));
                        continue;
                    }
                    if (hairlines && !emphasised(state)) {
                        s.strokeHairlines(b.seg, b.segments, color(state, soft == 1));
                        s.fillTriangles(b.tri, b.triangles, color(state, soft == 1));
                        continue;
                    }
                    Pen pen = pen(state, kind, soft == 1, dashes);
                    s.strokeSegments(b.seg, b.segments, pen);
                    s.fillTriangles(b.tri, b.triangles, pen.color());
                }
            }
        }
    }

    /** Draws one dependency on its own, wide and in {@code color}: the selected dependency. */
    void paintOne(Surface s, Diagram d, int e, Rgb color) {
        Batch one = new Batch();
        int a = d.edgeFrom(e);
        int b = d.edgeTo(e);
        if (a == b) {
            selfLoop(d, a, one, true);
        } else {
            addEdge(d, e, a, b, one, true, true, 0);
        }
        s.strokeSegments(one.seg, one.segments, new Pen(color, WIDTH * 3, Pen.LineStyle.SOLID));
        s.fillTriangles(one.tri, one.triangles, color);
    }

    private void addEdge(Diagram d, int e, int a, int b, Batch batch, boolean arrows, boolean strong, double minLength) {
        double[] route = d.route(e);
        if (route != null) {
            addRoute(d, route, a, b, batch, arrows, strong);
            return;
        }
        double ax = d.centerX(a);
        double ay = d.centerY(a);
        double bx = d.centerX(b);
        double by = d.centerY(b);
        double dx = bx - ax;
        double dy = by - ay;
        // sqrt, not hypot: no overflow to guard against at screen sizes, and hypot is several times slower
        double len = Math.sqrt(dx * dx + dy * dy);
        if (len < minLength) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        if (d.edgeHasReverse(e)) {
            // the pair a->b and b->a: each moves to its own right-hand side
            ax -= uy * PAIR_OFFSET;
            ay += ux * PAIR_OFFSET;
            bx -= uy * PAIR_OFFSET;
            by += ux * PAIR_OFFSET;
        }
        if (!arrows) {
            batch.segment(ax, ay, bx, by);
            return;
        }
        double startT = exit(d.width(a) / 2, d.height(a) / 2, ux, uy);
        double endT = exit(d.width(b) / 2, d.height(b) / 2, ux, uy);
        if (startT + endT + 4 >= len) {
            return; // boxes overlap: nothing sensible to draw between them
        }
        double sx = ax + ux * startT;
        double sy = ay + uy * startT;
        double tipX = bx - ux * (endT + 1);
        double tipY = by - uy * (endT + 1);
        arrow(batch, sx, sy, tipX, tipY, ux, uy, strong);
    }

    /** The last leg of a dependency, from (sx, sy) to just short of the tip along (ux, uy), and its arrowhead. */
    private static void arrow(Batch batch, double sx, double sy, double tipX, double tipY, double ux, double uy,
                              boolean strong) {
        double head = strong ? 15 : 12;
        double half = strong ? 6.5 : 5;
        batch.segment(sx, sy, tipX - ux * head * 0.8, tipY - uy * head * 0.8);
        double baseX = tipX - ux * head;
        double baseY = tipY - uy * head;
        batch.triangle(tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half);
    }

    /** A routed dependency: its polyline, clipped to the two boxes, the arrowhead on its last leg. */
    private static void addRoute(Diagram d, double[] p, int a, int b, Batch batch, boolean arrows, boolean strong) {
        int last = p.length - 2;
        if (!arrows) {
            for (int k = 0; k < last; k += 2) {
                batch.segment(p[k], p[k + 1], p[k + 2], p[k + 3]);
            }
            return;
        }
        double fx = p[2] - p[0];
        double fy = p[3] - p[1];
        double fl = Math.sqrt(fx * fx + fy * fy);
        double lx = p[last] - p[last - 2];
        double ly = p[last + 1] - p[last - 1];
        double ll = Math.sqrt(lx * lx + ly * ly);
        if (fl == 0 || ll == 0) {
            return;
        }
        double startT = exit(d.width(a) / 2, d.height(a) / 2, fx / fl, fy / fl);
        double endT = exit(d.width(b) / 2, d.height(b) / 2, lx / ll, ly / ll) + 1;
        double ux = lx / ll;
        double uy = ly / ll;
        double tipX = p[last] - ux * endT;
        double tipY = p[last + 1] - uy * endT;
        double x1 = p[0] + fx / fl * startT;
        double y1 = p[1] + fy / fl * startT;
        for (int k = 0; k + 2 < last; k += 2) {
            batch.segment(x1, y1, p[k + 2], p[k + 3]);
            x1 = p[k + 2];
            y1 = p[k + 3];
        }
        arrow(batch, x1, y1, tipX, tipY, ux, uy, strong);
    }

    /** A small loop on the right side of the box, for a component that depends on itself. */
    private static void selfLoop(Diagram d, int v, Batch batch, boolean strong) {
        double right = d.left(v) + d.width(v);
        double y = d.centerY(v);
        double out = 26;
        batch.segment(right, y - 12, right + out, y - 12);
        batch.segment(right + out, y - 12, right + out, y + 12);
        batch.segment(right + out, y + 12, right + 12, y + 12);
        double half = strong ? 6.5 : 5;
        batch.triangle(right + 1, y + 12, right + 13, y + 12 - half, right + 13, y + 12 + half);
    }

    /** Distance from a box centre to its border along the unit direction (ux, uy). */
    private static double exit(double halfW, double halfH, double ux, double uy) {
        double tx = ux == 0 ? Double.POSITIVE_INFINITY : halfW / Math.abs(ux);
        double ty = uy == 0 ? Double.POSITIVE_INFINITY : halfH / Math.abs(uy);
        return Math.min(tx, ty);
    }

    private static boolean emphasised(EdgeState s) {
        return s != EdgeState.NORMAL && s != EdgeState.DIM;
    }

    private Pen pen(EdgeState state, DependencyKind kind, boolean soft, boolean dashes) {
        double width = kind == DependencyKind.CONFIG ? CONFIG_WIDTH : WIDTH;
        if (emphasised(state)) {
            width *= 2;
        }
        Pen.LineStyle style = !dashes ? Pen.LineStyle.SOLID : switch (kind) {
            case SYNC, CONFIG -> Pen.LineStyle.SOLID;
            case ASYNC -> Pen.LineStyle.DASHED;
            case DATA -> Pen.LineStyle.DOTTED;
        };
        return new Pen(color(state, soft), width, style);
    }

    private Rgb color(EdgeState state, boolean soft) {
        return switch (state) {
            case NORMAL -> palette.get(soft ? Palette.Token.EDGE_SOFT : Palette.Token.EDGE);
            case DIM -> palette.get(Palette.Token.DIM);
            case OUTAGE -> palette.get(Palette.Token.OUTAGE);
            case DEGRADED -> palette.get(Palette.Token.DEGRADED);
            case CRITICAL -> palette.get(Palette.Token.CRITICAL);
            case CYCLE -> palette.get(Palette.Token.CYCLE);
        };
    }

    /** Growable coordinate lists for one style, reused from frame to frame. */
    private static final class Batch {
        double[] seg = new double[64];
        double[] tri = new double[48];
        int segments;
        int triangles;

        void clear() {
            segments = 0;
            triangles = 0;
        }

        void segment(double x1, double y1, double x2, double y2) {
            if ((segments + 1) * 4 > seg.length) {
                seg = Arrays.copyOf(seg, seg.length * 2);
            }
            int k = segments++ * 4;
            seg[k] = x1;
            seg[k + 1] = y1;
            seg[k + 2] = x2;
            seg[k + 3] = y2;
        }

        void triangle(double x1, double y1, double x2, double y2, double x3, double y3) {
            if ((triangles + 1) * 6 > tri.length) {
                tri = Arrays.copyOf(tri, tri.length * 2);
            }
            int k = triangles++ * 6;
            tri[k] = x1;
            tri[k + 1] = y1;
            tri[k + 2] = x2;
            tri[k + 3] = y2;
            tri[k + 4] = x3;
            tri[k + 5] = y3;
        }
    }
}
