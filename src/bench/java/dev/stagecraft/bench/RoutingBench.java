package dev.stagecraft.bench;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What edge routing costs a frame: routing every dependency of a diagram from cold (after an edit or a layout),
 * and one drag frame (move one box, route every dependency again), for the shop sample and generated graphs of
 * 40 to 60 components (~1.6 dependencies each; routing stops above EdgeRouter.LIMIT, 50). Medians of 15 runs after 5 warm-ups.
 * {@code mvn -q -o -Pbench test-compile && mvn -q -o -Pbench exec:java -Dexec.mainClass=dev.stagecraft.bench.RoutingBench}
 */
public final class RoutingBench {
    private static final int RUNS = 15;
    private static final int WARMUP = 5;

    private RoutingBench() {
    }

    public static void main(String[] args) {
        report("shop sample", GraphFormats.read(Path.of("sample-graphs/shop.yaml"), null).graph());
        for (int n : new int[] {40, 50, 60}) {
            report("generated " + n, GraphGenerator.generate(n, n * 8 / 5, 7));
        }
    }

    private static void report(String what, ServiceGraph g) {
        Diagram d = new Diagram(g, new HeadlessTextMeasurer(),
                new DiagramPlacement(new HighlightAnalysis(g.snapshot())::waves), Runnable::run);
        double[] cold = new double[RUNS];
        double[] drag = new double[RUNS];
        int routed = 0;
        for (int r = -WARMUP; r < RUNS; r++) {
            d.geometryChanged();
            long t0 = System.nanoTime();
            routed = routeAll(d);
            long t1 = System.nanoTime();
            int i = Math.floorMod(r, d.size());
            d.moveNode(i, d.centerX(i) + 3, d.centerY(i) + 2);
            long t2 = System.nanoTime();
            routeAll(d);
            long t3 = System.nanoTime();
            if (r >= 0) {
                cold[r] = (t1 - t0) / 1e6;
                drag[r] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf("%-16s %4d components %4d dependencies (%3d routed around boxes): all edges %6.2f ms, "
                + "drag frame %6.2f ms (medians of %d)%n", what, d.size(), d.edgeCount(), routed, median(cold),
                median(drag), RUNS);
    }

    private static int routeAll(Diagram d) {
        int routed = 0;
        for (int e = 0; e < d.edgeCount(); e++) {
            if (d.route(e) != null) {
                routed++;
            }
        }
        return routed;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
