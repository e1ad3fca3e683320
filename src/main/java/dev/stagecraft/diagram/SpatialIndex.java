package dev.stagecraft.diagram;

import java.util.Arrays;

/**
 * A uniform grid over the diagram that answers "which node boxes and which edges may be inside this
 * rectangle", so drawing and hit testing touch only what is on screen. Nodes are entered into every cell
 * their box overlaps; an edge into the cells its centre-to-centre segment passes through (grid traversal,
 * not its bounding box, so a long diagonal edge costs its length in cells, not its area). Edges longer than
 * {@value #LONG_EDGE_CELLS} cells go into a second grid of cells {@value #COARSE} times as wide: on a generated
 * 20,000-component graph the edges averaged 73 cells each (7.3 million entries, 29 MB rebuilt after every edit);
 * a query then also returns the long edges of the few coarse cells it overlaps.
 *
 * <p>Built in O(V + E + L) where L is the total edge length in cells; storage is compressed rows
 * (one int array per kind), so 40,000 edges cost a few hundred kilobytes. A query costs the cells it
 * covers plus the items found. Answers may contain items that only come close; callers test exactly.
 */
public final class SpatialIndex {
    private static final int MAX_CELLS = 1 << 21;
    /** An edge whose cells run further than this (across plus down) goes into the coarse grid. */
    private static final int LONG_EDGE_CELLS = 16;
    private static final int COARSE = 8;

    /** One grid of edge entries: cells of {@code cell} world units, compressed rows. */
    private static final class EdgeGrid {
        final double cell;
        final int cols;
        final int rows;
        int[] start;
        int[] items;

        EdgeGrid(double cell, double width, double height) {
            this.cell = cell;
            cols = (int) Math.ceil(width / cell) + 1;
            rows = (int) Math.ceil(height / cell) + 1;
        }
    }

    private final double originX;
    private final double originY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] nodeStart;
    private final int[] nodeItems;
    /** Edges spanning at most {@link #LONG_EDGE_CELLS} cells, in the node grid's cells. */
    private final EdgeGrid shortEdges;
    /** Longer edges, in cells {@link #COARSE} times as wide: a 20,000-unit edge then takes 10 entries, not 75. */
    private final EdgeGrid longEdges;
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
        nodeSeen = new int[n];
        edgeSeen = new int[d.edgeCount()];

        forEachNodeCell(d, (item, c) -> nodeStart[c + 1]++);
        prefixSum(nodeStart);
        nodeItems = new int[nodeStart[nodeStart.length - 1]];
        int[] fill = Arrays.copyOf(nodeStart, nodeStart.length);
        forEachNodeCell(d, (item, c) -> nodeItems[fill[c]++] = item);

        shortEdges = new EdgeGrid(cell, b.width(), b.height());
        longEdges = new EdgeGrid(cell * COARSE, b.width(), b.height());
        boolean[] isLong = new boolean[d.edgeCount()];
        for (int e = 0; e < isLong.length; e++) {
            isLong[e] = Math.abs(col(d.centerX(d.edgeFrom(e))) - col(d.centerX(d.edgeTo(e))))
                    + Math.abs(row(d.centerY(d.edgeFrom(e))) - row(d.centerY(d.edgeTo(e)))) > LONG_EDGE_CELLS;
        }
        fill(d, shortEdges, isLong, false);
        fill(d, longEdges, isLong, true);
    }

    private void fill(Diagram d, EdgeGrid g, boolean[] isLong, boolean which) {
        g.start = new int[g.cols * g.rows + 1];
        forEachEdgeCell(d, g, isLong, which, (item, c) -> g.start[c + 1]++);
        prefixSum(g.start);
        g.items = new int[g.start[g.start.length - 1]];
        int[] fill = Arrays.copyOf(g.start, g.start.length);
        forEachEdgeCell(d, g, isLong, which, (item, c) -> g.items[fill[c]++] = item);
    }

    /** Nodes whose cells overlap the rectangle, each once; written to {@code out}, count returned. */
    public int nodesIn(Viewport.Bounds r, int[] out) {
        return query(r, nodeStart, nodeItems, nodeSeen, out);
    }

    /** Edges passing through cells that overlap the rectangle, each once. */
    public int edgesIn(Viewport.Bounds r, int[] out) {
        nextEpoch();
        int count = collect(r, shortEdges.start, shortEdges.items, shortEdges.cell, shortEdges.cols, shortEdges.rows,
                edgeSeen, out, 0);
        return collect(r, longEdges.start, longEdges.items, longEdges.cell, longEdges.cols, longEdges.rows, edgeSeen,
                out, count);
    }

    private int query(Viewport.Bounds r, int[] start, int[] items, int[] seen, int[] out) {
        nextEpoch();
        return collect(r, start, items, cell, cols, rows, seen, out, 0);
    }

    private void nextEpoch() {
        epoch++;
        if (epoch == Integer.MAX_VALUE) {
            Arrays.fill(nodeSeen, 0);
            Arrays.fill(edgeSeen, 0);
            epoch = 1;
        }
    }

    private int collect(Viewport.Bounds r, int[] start, int[] items, double size, int cs, int rs, int[] seen,
                        int[] out, int count) {
        int c0 = cellOf(r.minX() - originX, size, cs);
        int c1 = cellOf(r.maxX() - originX, size, cs);
        int r0 = cellOf(r.minY() - originY, size, rs);
        int r1 = cellOf(r.maxY() - originY, size, rs);
        for (int y = r0; y <= r1; y++) {
            for (int x = c0; x <= c1; x++) {
                int c = y * cs + x;
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

    private static int cellOf(double offset, double size, int count) {
        return Math.max(0, Math.min(count - 1, (int) Math.floor(offset / size)));
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

    /** Amanatides–Woo traversal of the grid's cells along the centre-to-centre segment of each edge it holds. */
    private void forEachEdgeCell(Diagram d, EdgeGrid g, boolean[] isLong, boolean which, CellVisitor v) {
        double size = g.cell;
        int cols = g.cols;
        for (int e = 0; e < d.edgeCount(); e++) {
            if (isLong[e] != which) {
                continue;
            }
            double x0 = (d.centerX(d.edgeFrom(e)) - originX) / size;
            double y0 = (d.centerY(d.edgeFrom(e)) - originY) / size;
            double x1 = (d.centerX(d.edgeTo(e)) - originX) / size;
            double y1 = (d.centerY(d.edgeTo(e)) - originY) / size;
            int cx = Math.max(0, Math.min(cols - 1, (int) Math.floor(x0)));
            int cy = Math.max(0, Math.min(g.rows - 1, (int) Math.floor(y0)));
            int ex = Math.max(0, Math.min(cols - 1, (int) Math.floor(x1)));
            int ey = Math.max(0, Math.min(g.rows - 1, (int) Math.floor(y1)));
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

    private static void prefixSum(int[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1];
        }
    }

    @FunctionalInterface
    private interface CellVisitor {
        void visit(int item, int cell);
    }

    /** Its size, for benchmarks: cells, node entries, edge entries. */
    @Override
    public String toString() {
        return cols + "x" + rows + " cells of " + cell + ", " + nodeItems.length + " node, " + shortEdges.items.length
                + " short-edge and " + longEdges.items.length + " long-edge entries";
    }
}
