package dev.stagecraft.bench;

import dev.stagecraft.layout.LayeredLayout;
import dev.stagecraft.layout.LayoutInput;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Wall time of the ELK layered layout (median of 5, after one warm-up) on a generated graph; compare with
 * {@code dot -Tplain} on the same graph exported by {@code stagecraft convert g.yaml g.dot}.
 * Arguments: components dependencies seed (default 2000 8000 1).
 */
public final class LayoutBench {
    private LayoutBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        ServiceGraph g = GraphGenerator.generate(n, m, seed);
        LayoutInput in = LayoutInput.of(g, new LayoutInput.Sizes() {
            @Override
            public double width(String id) {
                return 140;
            }

            @Override
            public double height(String id) {
                return 56;
            }
        });
        LayeredLayout.layout(in, () -> false);
        double[] ms = new double[5];
        for (int r = 0; r < ms.length; r++) {
            long t0 = System.nanoTime();
            LayeredLayout.layout(in, () -> false);
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "ELK layered %d components %d deps %d groups: median %.0f ms (min %.0f, max %.0f)%n",
                g.componentCount(), g.dependencyCount(), g.groups().size(), ms[2], ms[0], ms[4]);
    }
}
