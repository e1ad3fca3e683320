package dev.stagecraft.diagram;

import java.util.Arrays;

/**
 * A uniform grid over the diagram that answers "which node boxes and which edges may be inside this
 * rectangle", so drawing and hit testing touch only what is on screen. Nodes are entered into every cell
 * their box overlaps; an edge into the cells its centre-to-centre segment passes through (grid traversal,
 * not its bounding box, so a long diagonal edge costs its length in cells, not its area).
 *
 * <p>Built in O(V + E + L) where L is the total edge length in cells; storage is compressed rows
 * (one int array per kind), so 40,000 edges cost a few hundred kilobytes. A query costs the cells it
 * covers plus the items found. Answers may contain items that only come close; callers test exactly.
 */
public final class SpatialIndex {
    private static final int MAX_CELLS = 1 << 21;

    private final double originX;
    private final double originY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] nodeStart;
    private final int[] nodeItems;
    private final int[] edgeStart;
    private final int[] edgeItems;
    private final int[] nodeSeen;
    private final int[] edgeSeen;
    private int epoch;

    /** Indexes the diagram's current node boxes and edges. */
    public SpatialIndex(Diagram d) {
        Viewport.Bounds b = d.bounds();
        int n = d.size();
        double area = Math.max(1, b.width() * b.height());
        double size = Math.max(160, Math.sqrt(area / Math.max(1, n)) * 1.5);
        while ((Math.ceil(b.width() / size) + 1) * (Math.ceil(b.height() / size) + 1) > MAX_CELLS) {
            size *= 2;
        }
        cell = size;
        originX = b.minX();
        originY = b.minY();
        cols = (int) Math.ceil(b.width() / size) + 1;
        rows = (int) Math.ceil(b.height() / size) + 1;
        nodeStart = new int[cols * rows + 1];
        edgeStart = new int[cols * rows + 1];
        nodeSeen = new int[n];
        edgeSeen = new int[d.edgeCount()];

        forEachNodeCell(d, (item, c) -> nodeStart[c + 1]++);
        prefixSum(nodeStart);
        nodeItems = new int[nodeStart[nodeStart.length - 1]];
        int[] fill = Arrays.copyOf(nodeStart, nodeStart.length);
        forEachNodeCell(d, (item, c) -> nodeItems[fill[c]++] = item);

        forEachEdgeCell(d, (item, c) -> edgeStart[c + 1]++);
        prefixSum(edgeStart);
        edgeItems = new int[edgeStart[edgeStart.length - 1]];
        int[] efill = Arrays.copyOf(edgeStart, edgeStart.length);
        forEachEdgeCell(d, (item, c) -> edgeItems[efill[c]++] = item);
    }

    /** Nodes whose cells overlap the rectangle, each once; written to {@code out}, count returned. */
    public int nodesIn(Viewport.Bounds r, int[] out) {
        return query(r, nodeStart, nodeItems, nodeSeen, out);
    }

    /** Edges passing through cells that overlap the rectangle, each once. */
    public int edgesIn(Viewport.Bounds r, int[] out) {
        return query(r, edgeStart, edgeItems, edgeSeen, out);
    }

    private int query(Viewport.Bounds r, int[] start, int[] items, int[] seen, int[] out) {
        epoch++;
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(nodeSeen, 0);
            Arrays.fill(edgeSeen, 0);
            epoch = 1;
        }
        int c0 = col(r.minX());
        int c1 = col(r.maxX());
        int r0 = row(r.minY());
        int r1 = row(r.maxY());
        int count = 0;
        for (int y = r0; y <= r1; y++) {
            for (int x = c0; x <= c1; x++) {
                int c = y * cols + x;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    int item = items[k];
                    if (seen[item] != epoch) {
                        seen[item] = epoch;
                        out[count++] = item;
                    }
                }
            }
        }
        return count;
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - originX) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - originY) / cell)));
    }

    private void forEachNodeCell(Diagram d, CellVisitor v) {
        for (int i = 0; i < d.size(); i++) {
            int c0 = col(d.left(i));
            int c1 = col(d.left(i) + d.width(i));
            int r0 = row(d.top(i));
            int r1 = row(d.top(i) + d.height(i));
            for (int y = r0; y <= r1; y++) {
                for (int x = c0; x <= c1; x++) {
                    v.visit(i, y * cols + x);
                }
            }
        }
    }

    /** Amanatides–Woo traversal of the cells along each edge's centre-to-centre segment. */
    private void forEachEdgeCell(Diagram d, CellVisitor v) {
        for (int e = 0; e < d.edgeCount(); e++) {
            double x0 = (d.centerX(d.edgeFrom(e)) - originX) / cell;
            double y0 = (d.centerY(d.edgeFrom(e)) - originY) / cell;
            double x1 = (d.centerX(d.edgeTo(e)) - originX) / cell;
            double y1 = (d.centerY(d.edgeTo(e)) - originY) / cell;
            int cx = clampCol((int) Math.floor(x0));
            int cy = clampRow((int) Math.floor(y0));
            int ex = clampCol((int) Math.floor(x1));
            int ey = clampRow((int) Math.floor(y1));
            int stepX = Integer.signum(ex - cx);
            int stepY = Integer.signum(ey - cy);
            double dx = x1 - x0;
            double dy = y1 - y0;
            double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dx);
            double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : Math.abs(1 / dy);
            double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY
                    : (stepX > 0 ? (Math.floor(x0) + 1 - x0) : (x0 - Math.floor(x0))) * tDeltaX;
            double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY
                    : (stepY > 0 ? (Math.floor(y0) + 1 - y0) : (y0 - Math.floor(y0))) * tDeltaY;
            v.visit(e, cy * cols + cx);
            int guard = Math.abs(ex - cx) + Math.abs(ey - cy);
            for (int s = 0; s < guard && (cx != ex || cy != ey); s++) {
                if (tMaxX < tMaxY && cx != ex || cy == ey) {
                    cx += stepX;
                    tMaxX += tDeltaX;
                } else {
                    cy += stepY;
                    tMaxY += tDeltaY;
                }
                v.visit(e, cy * cols + cx);
            }
        }
    }

    private int clampCol(int c) {
        return Math.max(0, Math.min(cols - 1, c));
    }

    private int clampRow(int r) {
        return Math.max(0, Math.min(rows - 1, r));
    }

    private static void prefixSum(int[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1];
        }
    }

    @FunctionalInterface
    private interface CellVisitor {
        void visit(int item, int cell);
    }
}
