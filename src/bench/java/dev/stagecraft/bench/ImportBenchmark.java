package dev.stagecraft.bench;

import dev.stagecraft.io.dot.DotPaths;
import dev.stagecraft.io.dot.DotReader;
import dev.stagecraft.io.dot.DotWriter;
import dev.stagecraft.io.graphml.GraphmlReader;
import dev.stagecraft.io.graphml.GraphmlWriter;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Importing a 20,000-component / 100,000-dependency graph written as DOT and as GraphML (with yEd graphics):
 * goal under 2 s each. DOT is read two ways side by side: the hand-written parser the reader uses and JGraphT's
 * ANTLR-based importer it replaced, each timed for the parse alone (events counted, nothing kept) and for the
 * whole import. Prints the median of 5 runs after 2 warm-up runs, the first (cold) run too, in ms measured
 * with System.nanoTime; a full collection before each run (not timed) leaves none of the previous run's garbage. The graph is the one {@code stagecraft generate --components 20000 --dependencies
 * 100000 --seed 1} writes. Run:
 * {@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.ImportBenchmark}
 */
public final class ImportBenchmark {
    private static final int RUNS = 5;
    private static final int WARMUP = 2;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        ServiceGraph graph = GraphGenerator.generate(20_000, 100_000, 1);
        System.out.printf("graph: %d components, %d dependencies%n", graph.componentCount(), graph.dependencyCount());
        String dot = new DotWriter().write(graph);
        int events = DotPaths.parse(dot);
        measure("dot parse, hand-written", dot, text -> check(DotPaths.parse(text) == events));
        measure("dot parse, JGraphT", dot, text -> check(DotPaths.parseWithJGraphT(text) == events));
        measure("dot, hand-written", dot, text -> check(new DotReader().read(text, "dot").graph(), graph));
        measure("dot, JGraphT", dot, text -> check(DotPaths.jgrapht().read(text, "dot").graph(), graph));
        measure("graphml", new GraphmlWriter().write(graph),
                text -> check(new GraphmlReader().read(text, "graphml").graph(), graph));
        measure("json", new JsonGraphWriter().write(graph),
                text -> check(new JsonGraphReader().read(text, "json").graph(), graph));
    }

    /** Times {@code read} on the text: the first (cold) run and the median of {@value #RUNS} after warm-up. */
    static void measure(String name, String text, Consumer<String> read) {
        double[] ms = new double[RUNS];
        double cold = 0;
        for (int i = -WARMUP; i < RUNS; i++) {
            // each run starts as a user's one import does: without the garbage of the run before it
            System.gc();
            long t = System.nanoTime();
            read.accept(text);
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (i == -WARMUP) {
                cold = elapsed;
            }
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        Arrays.sort(ms);
        System.out.printf("import %-24s %5.1f MB  cold %7.1f ms  median %7.1f ms  (min %.1f, max %.1f; goal < 2000 ms)%n",
                name, text.length() / 1e6, cold, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }

    private static void check(ServiceGraph back, ServiceGraph graph) {
        check(back.componentCount() == graph.componentCount() && back.dependencyCount() == graph.dependencyCount());
    }

    private static void check(boolean same) {
        if (!same) {
            throw new IllegalStateException("the import lost components, dependencies or events");
        }
    }
}
