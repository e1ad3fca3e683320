package dev.stagecraft.bench;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.layout.LayoutInput;
import dev.stagecraft.layout.UnplacedPlacement;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Wall time of {@link UnplacedPlacement} on the generated 20,000-component / 100,000-dependency graph (the one
 * {@code stagecraft generate --components 20000 --dependencies 100000 --seed 1} writes) with every position
 * removed, boxes sized by {@link HeadlessTextMeasurer} as {@code convert} sizes them. Goal: well under 100 ms.
 * Timed with System.nanoTime, median of 15 runs after 5 warm-up runs, min and max beside it:
 * <ul>
 * <li>bands: the placement alone, on a prepared input, waves computed once beforehand (as the window has them);</li>
 * <li>bands through the diagram: {@link DiagramPlacement} on a built diagram (copying its boxes and edges into
 *     the input, then moving the nodes), which is what opening or importing a file without positions adds;</li>
 * <li>neighbours: {@value UnplacedPlacement#NEIGHBOUR_LIMIT} unplaced components among 19,936 placed ones;</li>
 * <li>what {@code convert} adds: {@link DiagramPlacement#placeUnpositioned} on a fresh copy of the graph (waves,
 *     a headless diagram with its labels measured and its spatial index, the placement, the model batch).</li>
 * </ul>
 * The waves (the shared analysis's condensation and longest path) are timed once, apart.
 * Run: {@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.PlacementBench}
 * (arguments: components dependencies seed, default 20000 100000 1).
 */
public final class PlacementBench {
    private static final int RUNS = 15;
    private static final int WARMUP = 5;

    private PlacementBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        ServiceGraph positioned = GraphGenerator.generate(n, m, seed);
        ServiceGraph bare = positioned.copy();
        for (Component c : List.copyOf(bare.components())) {
            bare.replaceComponent(c.id(), c.withPosition(null));
        }
        System.out.printf(Locale.ROOT, "graph: %d components, %d dependencies, %d groups, no positions%n",
                bare.componentCount(), bare.dependencyCount(), bare.groups().size());

        long t = System.nanoTime();
        int[] waves = new HighlightAnalysis(bare.snapshot()).waves();
        System.out.printf(Locale.ROOT, "waves (once, cold): %.1f ms%n", (System.nanoTime() - t) / 1e6);

        Diagram diagram = new Diagram(bare, new HeadlessTextMeasurer(), new DiagramPlacement(() -> waves));
        LayoutInput in = LayoutInput.of(bare, sizes(diagram));
        measure("bands, placement alone", () -> {
            UnplacedPlacement p = new UnplacedPlacement(in, () -> waves);
            check(p.rule() == UnplacedPlacement.Rule.BANDS && p.added().size() == n);
            return p.added().size();
        });
        boolean[] nonePlaced = new boolean[n];
        DiagramPlacement placement = new DiagramPlacement(() -> waves);
        measure("bands, through the diagram", () -> {
            placement.place(diagram, nonePlaced);
            return diagram.size();
        });

        LayoutInput few = withFewUnplaced(LayoutInput.of(positioned, sizes(diagram)));
        measure("neighbours, 64 among " + (n - UnplacedPlacement.NEIGHBOUR_LIMIT), () -> {
            UnplacedPlacement p = new UnplacedPlacement(few, () -> waves);
            check(p.rule() == UnplacedPlacement.Rule.NEIGHBOURS);
            return p.added().size();
        });

        HeadlessTextMeasurer headless = new HeadlessTextMeasurer();
        measure("convert's placeUnpositioned", bare::copy,
                g -> check(DiagramPlacement.placeUnpositioned(g, headless, Runnable::run).size() == n));
    }

    private static LayoutInput.Sizes sizes(Diagram d) {
        return new LayoutInput.Sizes() {
            @Override
            public double width(String id) {
                return d.width(d.indexOf(id));
            }

            @Override
            public double height(String id) {
                return d.height(d.indexOf(id));
            }
        };
    }

    /** Every position kept but those of 64 components spread over the graph. */
    private static LayoutInput withFewUnplaced(LayoutInput in) {
        Position[] positions = in.positions().clone();
        int step = in.size() / UnplacedPlacement.NEIGHBOUR_LIMIT;
        for (int k = 0; k < UnplacedPlacement.NEIGHBOUR_LIMIT; k++) {
            positions[k * step] = null;
        }
        return new LayoutInput(in.ids(), in.widths(), in.heights(), in.edges(), in.groups(), positions, 0);
    }

    private static void measure(String name, Supplier<Integer> run) {
        measure(name, () -> null, ignored -> run.get());
    }

    /** Times {@code run} on what {@code setup} makes afresh for each run (the setup is not timed). */
    private static <T> void measure(String name, Supplier<T> setup, Consumer<T> run) {
        double[] ms = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            T input = setup.get();
            long t = System.nanoTime();
            run.accept(input);
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-34s median %6.1f ms  (min %.1f, max %.1f; %d runs)%n", name,
                ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS);
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("the placement did not place what it should");
        }
    }
}
