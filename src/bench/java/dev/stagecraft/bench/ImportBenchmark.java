package dev.stagecraft.bench;

import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.GraphWriter;
import dev.stagecraft.io.dot.DotReader;
import dev.stagecraft.io.dot.DotWriter;
import dev.stagecraft.io.graphml.GraphmlReader;
import dev.stagecraft.io.graphml.GraphmlWriter;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.Arrays;

/**
 * Importing a 20,000-component / 100,000-dependency graph written as DOT and as GraphML (with yEd graphics):
 * goal under 2 s each. Prints the median of 5 runs after 2 warm-up runs, the first (cold) run too, in ms
 * measured with System.nanoTime. Run:
 * {@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.ImportBenchmark}
 */
public final class ImportBenchmark {
    private static final int RUNS = 5;
    private static final int WARMUP = 2;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        ServiceGraph graph = GraphGenerator.generate(20_000, 100_000, 42);
        System.out.printf("graph: %d components, %d dependencies%n", graph.componentCount(), graph.dependencyCount());
        measure("dot", new DotWriter(), new DotReader(), graph);
        measure("graphml", new GraphmlWriter(), new GraphmlReader(), graph);
        measure("json", new JsonGraphWriter(), new JsonGraphReader(), graph);
    }

    private static void measure(String name, GraphWriter writer, GraphReader reader, ServiceGraph graph) {
        String text = writer.write(graph);
        double[] ms = new double[RUNS];
        double cold = 0;
        for (int i = -WARMUP; i < RUNS; i++) {
            long t = System.nanoTime();
            ServiceGraph back = reader.read(text, name).graph();
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (back.componentCount() != graph.componentCount() || back.dependencyCount() != graph.dependencyCount()) {
                throw new IllegalStateException(name + " lost components or dependencies");
            }
            if (i == -WARMUP) {
                cold = elapsed;
            }
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        Arrays.sort(ms);
        System.out.printf("import %-8s %6.1f MB  cold %7.1f ms  median %7.1f ms  (min %.1f, max %.1f; goal < 2000 ms)%n",
                name, text.length() / 1e6, cold, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }
}
