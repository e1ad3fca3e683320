package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spatial index returns, each once, every node whose box and every edge whose segment meets a rectangle
 * (short edges from the fine grid, long ones from the coarse grid), on diagrams spread so that many edges are
 * long, for rectangles from a point to the whole diagram.
 */
class SpatialIndexTest {
    static IntStream seeds() {
        return IntStream.range(0, 12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyNodeAndEdgeMeetingARectangleIsReturnedOnce(int seed) {
        Random random = new Random(seed);
        ServiceGraph g = GraphGenerator.generate(300, 900, seed);
        double spread = 2000 + random.nextInt(60000);
        for (Component c : List.copyOf(g.components())) {
            g.replaceComponent(c.id(), c.withPosition(new Position(random.nextDouble() * spread,
                    random.nextDouble() * spread / 3)));
        }
        Diagram d = new Diagram(g, new FixedWidthMeasurer(), (diagram, placed) -> { });
        SpatialIndex index = new SpatialIndex(d);
        int[] out = new int[Math.max(d.size(), d.edgeCount())];
        Viewport.Bounds b = d.bounds();
        for (int q = 0; q < 200; q++) {
            double w = random.nextInt(4) == 0 ? 0 : random.nextDouble() * b.width();
            double h = random.nextInt(4) == 0 ? 0 : random.nextDouble() * b.height();
            double x = b.minX() - 100 + random.nextDouble() * (b.width() + 200);
            double y = b.minY() - 100 + random.nextDouble() * (b.height() + 200);
            Viewport.Bounds r = new Viewport.Bounds(x, y, x + w, y + h);

            int nodes = index.nodesIn(r, out);
            Set<Integer> gotNodes = new HashSet<>();
            for (int k = 0; k < nodes; k++) {
                assertTrue(gotNodes.add(out[k]), "a node returned twice");
            }
            for (int i = 0; i < d.size(); i++) {
                boolean meets = d.left(i) <= r.maxX() && d.left(i) + d.width(i) >= r.minX()
                        && d.top(i) <= r.maxY() && d.top(i) + d.height(i) >= r.minY();
                if (meets) {
                    assertTrue(gotNodes.contains(i), "node " + d.id(i) + " meets " + r);
                }
            }

            int edges = index.edgesIn(r, out);
            Set<Integer> gotEdges = new HashSet<>();
            for (int k = 0; k < edges; k++) {
                assertTrue(gotEdges.add(out[k]), "an edge returned twice");
            }
            for (int e = 0; e < d.edgeCount(); e++) {
                if (segmentMeets(d.centerX(d.edgeFrom(e)), d.centerY(d.edgeFrom(e)), d.centerX(d.edgeTo(e)),
                        d.centerY(d.edgeTo(e)), r)) {
                    assertTrue(gotEdges.contains(e), "edge " + e + " meets " + r + " (seed " + seed + ")");
                }
            }
        }
        assertEquals(d.size(), index.nodesIn(b, out), "the whole diagram: every node");
        assertEquals(d.edgeCount(), index.edgesIn(new Viewport.Bounds(b.minX() - 1, b.minY() - 1, b.maxX() + 1,
                b.maxY() + 1), out), "the whole diagram: every edge");
    }

    /** Whether the segment meets the rectangle (clipped against it, Liang–Barsky), a little inside its edges. */
    private static boolean segmentMeets(double x0, double y0, double x1, double y1, Viewport.Bounds r) {
        double t0 = 0;
        double t1 = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double eps = 1e-6;
        double[] q = {x0 - r.minX() - eps, r.maxX() - x0 - eps, y0 - r.minY() - eps, r.maxY() - y0 - eps};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 <= t1;
    }
}
