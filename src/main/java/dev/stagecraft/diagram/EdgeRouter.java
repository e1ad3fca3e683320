package dev.stagecraft.diagram;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Routes dependencies around the boxes they would cross: an edge whose straight line from centre to centre
 * passes through another box becomes the shortest polyline through the corners of the boxes in the way, each
 * corner {@value #CLEARANCE} units off its box, with {@value #BEND} units of length charged per bend so that
 * few-bend routes win. A visibility-graph search (A* over box corners, Euclidean heuristic), the method of
 * obstacle-avoiding connector routers such as libavoid, run over the positions as drawn, so it routes a drawing
 * someone made as well as a computed layout, and a dragged box's edges follow it.
 *
 * <p>Cost: visibility between two points is tested against every box, O(V); a route pops O(C) corners and tests
 * each against the unexpanded ones, with the corner-to-corner answers cached across routes (C = 4V). Bounded in
 * practice by {@link #LIMIT} (RoutingBench: ~4 ms for every edge of 40 components, ~10 ms at 50, 21 ms at 60,
 * ~630 ms at 160, so 50 keeps a drag frame that re-routes every edge under 16 ms): above it the diagram keeps straight edges (a graph that large is read at overview
 * zoom, where routes would be noise and cost a frame).
 */
final class EdgeRouter {
    /** Largest diagram (components) whose edges are routed. */
    static final int LIMIT = 50;
    /** How far a route keeps from a box it passes. */
    static final double CLEARANCE = 10;
    /** Length charged per bend. */
    static final double BEND = 24;

    private final int n;
    private final double[] left;
    private final double[] top;
    private final double[] right;
    private final double[] bottom;
    /** Corner points, four per box; {@code usable} false where a corner lies inside another box's margin. */
    private final double[] px;
    private final double[] py;
    private final boolean[] usable;
    /** Cached corner-to-corner visibility, 0 unknown, 1 visible, 2 blocked (the pair's boxes never excluded). */
    private final byte[] seen;

    EdgeRouter(Diagram d) {
        n = d.size();
        left = new double[n];
        top = new double[n];
        right = new double[n];
        bottom = new double[n];
        double m = CLEARANCE - 0.5;
        for (int i = 0; i < n; i++) {
            left[i] = d.left(i) - m;
            top[i] = d.top(i) - m;
            right[i] = d.left(i) + d.width(i) + m;
            bottom[i] = d.top(i) + d.height(i) + m;
        }
        px = new double[4 * n];
        py = new double[4 * n];
        usable = new boolean[4 * n];
        for (int i = 0; i < n; i++) {
            double l = d.left(i) - CLEARANCE;
            double t = d.top(i) - CLEARANCE;
            double r = d.left(i) + d.width(i) + CLEARANCE;
            double b = d.top(i) + d.height(i) + CLEARANCE;
            set(4 * i, l, t);
            set(4 * i + 1, r, t);
            set(4 * i + 2, r, b);
            set(4 * i + 3, l, b);
        }
        for (int c = 0; c < 4 * n; c++) {
            usable[c] = !insideAnyMargin(px[c], py[c]);
        }
        seen = new byte[4 * n * 4 * n];
    }

    private void set(int c, double x, double y) {
        px[c] = x;
        py[c] = y;
    }

    /**
     * The route of a dependency from box a's centre (ax, ay) to box b's centre (bx, by) as x, y pairs, both centres
     * included; null when the straight line is clear of every other box, or when no route exists (the line is drawn
     * straight then).
     */
    double[] route(int a, int b, double ax, double ay, double bx, double by) {
        if (a == b || clear(ax, ay, bx, by, a, b)) {
            return null;
        }
        int corners = 4 * n;
        int start = corners;
        int goal = corners + 1;
        double[] dist = new double[corners + 2];
        int[] prev = new int[corners + 2];
        boolean[] done = new boolean[corners + 2];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(prev, -1);
        dist[start] = 0;
        PriorityQueue<double[]> open = new PriorityQueue<>((p, q) -> Double.compare(p[0], q[0]));
        open.add(new double[] {Math.hypot(bx - ax, by - ay), start});
        while (!open.isEmpty()) {
            int u = (int) open.poll()[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            if (u == goal) {
                break;
            }
            double ux = u == start ? ax : px[u];
            double uy = u == start ? ay : py[u];
            // the goal first: most routes need one or two corners
            if (u != start && visible(u, goal, ux, uy, bx, by, a, b)) {
                relax(u, goal, ux, uy, bx, by, bx, by, dist, prev, open);
            }
            for (int v = 0; v < corners; v++) {
                if (!usable[v] || done[v] || v / 4 == a || v / 4 == b) {
                    continue;
                }
                if (visible(u, v, ux, uy, px[v], py[v], a, b)) {
                    relax(u, v, ux, uy, px[v], py[v], bx, by, dist, prev, open);
                }
            }
        }
        if (prev[goal] < 0) {
            return null;
        }
        int count = 0;
        for (int v = goal; v != -1; v = prev[v]) {
            count++;
        }
        double[] path = new double[2 * count];
        int k = count - 1;
        for (int v = goal; v != -1; v = prev[v], k--) {
            path[2 * k] = v == start ? ax : v == goal ? bx : px[v];
            path[2 * k + 1] = v == start ? ay : v == goal ? by : py[v];
        }
        return path;
    }

    private static void relax(int u, int v, double ux, double uy, double vx, double vy, double gx, double gy,
                              double[] dist, int[] prev, PriorityQueue<double[]> open) {
        double cost = dist[u] + Math.hypot(vx - ux, vy - uy) + BEND;
        if (cost < dist[v]) {
            dist[v] = cost;
            prev[v] = u;
            open.add(new double[] {cost + Math.hypot(gx - vx, gy - vy), v});
        }
    }

    /** Whether two points see each other past every box but a and b; corner pairs are cached. */
    private boolean visible(int u, int v, double ux, double uy, double vx, double vy, int a, int b) {
        int corners = 4 * n;
        if (u < corners && v < corners) {
            int key = u * corners + v;
            byte known = seen[key];
            if (known == 0) {
                // cached without excluding a and b; a blocked answer is re-asked when one of them is in the way
                known = clear(ux, uy, vx, vy, -1, -1) ? (byte) 1 : (byte) 2;
                seen[key] = known;
                seen[v * corners + u] = known;
            }
            return known == 1 || clear(ux, uy, vx, vy, a, b);
        }
        return clear(ux, uy, vx, vy, a, b);
    }

    /** Whether the segment passes through no box's margin but a's and b's. */
    private boolean clear(double x1, double y1, double x2, double y2, int a, int b) {
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double minY = Math.min(y1, y2);
        double maxY = Math.max(y1, y2);
        for (int i = 0; i < n; i++) {
            if (i == a || i == b || right[i] <= minX || left[i] >= maxX || bottom[i] <= minY || top[i] >= maxY) {
                continue;
            }
            if (crosses(x1, y1, x2, y2, left[i], top[i], right[i], bottom[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether some box's margin holds the point. */
    private boolean insideAnyMargin(double x, double y) {
        for (int i = 0; i < n; i++) {
            if (x > left[i] && x < right[i] && y > top[i] && y < bottom[i]) {
                return true;
            }
        }
        return false;
    }

    /** Liang–Barsky: whether the segment has a stretch of positive length inside the open rectangle. */
    static boolean crosses(double x1, double y1, double x2, double y2, double l, double t, double r, double b) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - l, r - x1, y1 - t, b - y1};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] <= 0) {
                    return false;
                }
            } else {
                double s = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, s);
                } else {
                    t1 = Math.min(t1, s);
                }
            }
        }
        return t1 - t0 > 1e-6;
    }
}
