package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The native reader's two paths side by side on a generated graph (default 20,000 components, 100,000
 * dependencies): the hand-written {@link BlockYamlScanner} and Jackson's streaming parser. Prints the
 * first (cold) read of the path named first, then the median and best of several warm reads of each, in
 * milliseconds. For a truly cold number of the other path, run again with it first.
 *
 * <pre>mvn -q -o -Pbench test-compile exec:java -Dmain.class=dev.stagecraft.io.nativeyaml.ReaderBenchmark
 *     [-Dexec.args="components dependencies runs fast|jackson"]</pre>
 */
public final class ReaderBenchmark {
    private ReaderBenchmark() {
    }

    private interface Path {
        LoadResult read(String text);
    }

    public static void main(String[] args) {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int dependencies = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        boolean jacksonFirst = args.length > 3 && args[3].equals("jackson");
        ServiceGraph graph = GraphGenerator.generate(components, dependencies, 1);
        String text = NativeGraphWriter.write(graph, "benchmark graph");
        int limit = Integer.MAX_VALUE - 1;
        Path fast = t -> {
            LoadResult r = GraphDecoder.decodeFast(t, "bench.yaml", limit, null);
            if (r == null) {
                throw new IllegalStateException("the fast path gave up on a canonical file");
            }
            return r;
        };
        Path jackson = t -> GraphDecoder.decodeWithJackson(t, "bench.yaml", limit, null);
        System.out.printf(Locale.ROOT, "graph: %,d components, %,d dependencies; %,d characters%n",
                components, dependencies, text.length());
        Path first = jacksonFirst ? jackson : fast;
        long t0 = System.nanoTime();
        first.read(text);
        System.out.printf(Locale.ROOT, "%s path, first read in this JVM: %d ms%n", jacksonFirst ? "jackson" : "fast",
                (System.nanoTime() - t0) / 1_000_000);
        for (int i = 0; i < 3; i++) {
            fast.read(text);
            jackson.read(text);
        }
        report("fast   ", fast, text, runs);
        report("jackson", jackson, text, runs);
    }

    private static void report(String name, Path path, String text, int runs) {
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            path.read(text);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s warm: median %d ms, best %d ms (%d runs)%n", name, ms[runs / 2], ms[0], runs);
    }
}
