package dev.stagecraft.bench;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reading and writing the native YAML format on a generated graph (default 20,000 components,
 * 100,000 dependencies; goal: reading under 1 s after warm-up). Prints the file size and the median
 * and best of several runs, in milliseconds.
 *
 * <pre>mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.NativeFormatBenchmark
 *     [-Dexec.args="components dependencies runs"]</pre>
 */
public final class NativeFormatBenchmark {
    private NativeFormatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int dependencies = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        ServiceGraph graph = GraphGenerator.generate(components, dependencies, 42);
        String header = "# benchmark graph";
        Path file = Files.createTempFile("stagecraft-bench", ".yaml");
        try {
            NativeGraphWriter.save(file, graph, header);
            long bytes = Files.size(file);
            System.out.printf(Locale.ROOT, "graph: %,d components, %,d dependencies; file %,d bytes (%.1f MB)%n",
                    graph.componentCount(), graph.dependencyCount(), bytes, bytes / 1e6);

            for (int i = 0; i < 3; i++) { // warm-up
                NativeGraphReader.read(file);
                NativeGraphWriter.write(graph, header);
            }
            long[] read = new long[runs];
            long[] write = new long[runs];
            long[] save = new long[runs];
            LoadResult last = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                last = NativeGraphReader.read(file);
                long t1 = System.nanoTime();
                String text = NativeGraphWriter.write(last.graph(), last.headerComment());
                long t2 = System.nanoTime();
                NativeGraphWriter.save(file, last.graph(), last.headerComment());
                long t3 = System.nanoTime();
                read[i] = t1 - t0;
                write[i] = t2 - t1;
                save[i] = t3 - t2;
                if (text.getBytes(StandardCharsets.UTF_8).length != bytes) {
                    throw new IllegalStateException("round trip changed the file size");
                }
            }
            System.out.printf(Locale.ROOT, "read  (file -> graph, findings, source map): %s%n", stats(read));
            System.out.printf(Locale.ROOT, "write (graph -> text):                       %s%n", stats(write));
            System.out.printf(Locale.ROOT, "save  (graph -> file, atomic, fsync):        %s%n", stats(save));
            System.out.printf(Locale.ROOT, "findings on read: %d; round trip identical: %b%n", last.findings().size(),
                    last.graph().sameContentAs(graph));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %7.1f ms, best %7.1f ms (%d runs)",
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted.length);
    }
}
