package dev.stagecraft.bench;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import dev.stagecraft.synthetic.GraphGenerator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
 * <pre>mvn -q -o -Pbench test-compile exec:java -Dmain.class=dev.stagecraft.bench.NativeFormatBenchmark
 *     [-Dexec.args="components dependencies runs [implicit-defaults]"]</pre>
 * (the exec plugin's main class is configured in the pom, so {@code -Dmain.class=...} selects this one).
 */
public final class NativeFormatBenchmark {
    private NativeFormatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int dependencies = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        ServiceGraph graph = GraphGenerator.generate(components, dependencies, 42);
        if (args.length > 3 && args[3].equals("implicit-defaults")) {
            graph = withImplicitDefaults(graph);
        }
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
            long[] readGc = new long[runs];
            long[] write = new long[runs];
            long[] save = new long[runs];
            LoadResult last = null;
            for (int i = 0; i < runs; i++) {
                long gc0 = gcMillis();
                long t0 = System.nanoTime();
                last = NativeGraphReader.read(file);
                long t1 = System.nanoTime();
                readGc[i] = (gcMillis() - gc0) * 1_000_000;
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
            System.out.printf(Locale.ROOT, "      of which in garbage collection:        %s%n", stats(readGc));
            System.out.printf(Locale.ROOT, "write (graph -> text):                       %s%n", stats(write));
            System.out.printf(Locale.ROOT, "save  (graph -> file, atomic, fsync):        %s%n", stats(save));
            System.out.printf(Locale.ROOT, "findings on read: %d; round trip identical: %b%n", last.findings().size(),
                    last.graph().sameContentAs(graph));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The same graph with {@code kind: sync} and {@code strength: hard} left out, as a person writes a
     * file (the generator spells them out on every dependency): a smaller file with fewer scalars.
     */
    private static ServiceGraph withImplicitDefaults(ServiceGraph g) {
        ServiceGraph out = new ServiceGraph();
        out.setMetadata(g.metadata());
        g.components().forEach(out::addComponent);
        for (Dependency d : g.dependencies()) {
            out.addDependency(new Dependency(d.from(), d.to(), d.kind() == DependencyKind.SYNC ? null : d.kind(),
                    d.strength() == Strength.HARD ? null : d.strength(), d.extras()));
        }
        g.groups().forEach(out::addGroup);
        return out;
    }

    /** Time the collectors report having spent, all threads together. */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %7.1f ms, best %7.1f ms (%d runs)",
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted.length);
    }
}
