package dev.stagecraft.bench;

import dev.stagecraft.analysis.BlastRadius;
import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.NaiveBlastRadius;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.analysis.RolloutWaves;
import dev.stagecraft.analysis.StronglyConnected;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Times the analyses on a generated 20,000-component / 100,000-dependency graph (and the same graph with a
 * planted 3,000-member cycle). Prints median and p90 over {@value #REPS} repetitions after warm-up (in the
 * Maven JVM, as {@code exec:java} runs it); the naive
 * all-sizes and the JGraphT pipeline run once, for comparison.
 *
 * <p>{@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.AnalysisBenchmark}
 * (optional arguments: components dependencies seed).
 */
public final class AnalysisBenchmark {
    private static final int WARMUP = 15;
    private static final long WARMUP_NANOS = 1_500_000_000L;
    private static final int REPS = 20;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        System.out.printf(Locale.ROOT, "Machine: %d cores visible, Java %s (%s), %s %s; max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "Timer: System.nanoTime; median and p90 of %d runs after at least %d warm-up runs and %.1f s%n",
                REPS, WARMUP, WARMUP_NANOS / 1e9);

        ServiceGraph g = GraphGenerator.generate(n, m, seed);
        run("GraphGenerator.generate(" + n + ", " + m + ", " + seed + ")", g, true);
        ServiceGraph planted = withCycle(g, 3_000, seed);
        run("same graph + a planted 3,000-member cycle", planted, false);
    }

    private static void run(String title, ServiceGraph g, boolean comparisons) {
        GraphSnapshot s = g.snapshot();
        StronglyConnected scc = new StronglyConnected(s);
        int largestScc = 0;
        for (int c = 0; c < scc.count(); c++) {
            largestScc = Math.max(largestScc, scc.size(c));
        }
        RolloutUnits unitsOnce = new RolloutUnits(s);
        System.out.printf(Locale.ROOT, "%n== %s%n   %,d components, %,d dependencies, %d groups; %,d SCCs "
                        + "(%d cycles, largest %,d); %,d units, %d waves%n",
                title, s.size(), s.edgeCount(), s.groupCount(), scc.count(), scc.cycles().size(), largestScc,
                unitsOnce.count(), new RolloutWaves(unitsOnce).count());

        time("(a) all analyses, int results: SCC + units + waves + critical path + every blast-radius size",
                () -> allAnalyses(s, false));
        time("(a) same + the printed lists (cycles, waves, path as sorted ids)", () -> allAnalyses(s, true));
        time("(a) same + the snapshot built from the model", () -> allAnalyses(GraphSnapshot.of(g), true));
        time("    of which: SCC", () -> new StronglyConnected(s).count());
        time("    of which: units (groups + SCC condensation)", () -> new RolloutUnits(s).count());
        time("    of which: every blast-radius size (bit sets)", () -> new FastBlastRadius(s).sizes().length);

        int[] sizes = new FastBlastRadius(s).sizes();
        int largest = 0;
        for (int v = 1; v < sizes.length; v++) {
            if (sizes[v] > sizes[largest]) {
                largest = v;
            }
        }
        int random = new Random(7).nextInt(s.size());
        FastBlastRadius shared = new FastBlastRadius(s);
        for (int v : new int[] {largest, random}) {
            String id = s.id(v);
            BlastRadius.Impact impact = shared.impact(id);
            String label = String.format(Locale.ROOT, "%s '%s' (affected %,d, outage %,d, degraded %,d)",
                    v == largest ? "largest" : "random", id, impact.affected().size(), impact.outage().size(),
                    impact.degraded().size());
            time("(b) one blast radius, affected+outage+degraded, " + label, () -> shared.impact(id).affected().size());
            time("(b)   same on a fresh FastBlastRadius over the same snapshot (id order kept by the snapshot)",
                    () -> new FastBlastRadius(s).impact(id).affected().size());
            time("(b)   same on a brand-new snapshot: build it, order its ids, answer",
                    () -> new FastBlastRadius(g.copy().snapshot()).impact(id).affected().size());
        }

        if (comparisons) {
            once("(c) naive every blast-radius size (one BFS per component)", () -> {
                int[] naive = new NaiveBlastRadius(s).sizes();
                return Arrays.equals(naive, sizes) ? "same sizes as fast" : "DIFFERENT from fast!";
            });
            // JGraphT condenses cycles only; compare with our critical path on the same graph without groups
            ServiceGraph noGroups = g.copy();
            List.copyOf(noGroups.groups()).forEach(grp -> noGroups.removeGroup(grp.id()));
            int ours = new CriticalPath(new RolloutUnits(noGroups.snapshot())).minutes();
            once("(d) JGraphT: Kosaraju getCondensation + TopologicalOrderIterator + longest path (no groups)",
                    () -> jgraphtPipeline(g) + " minutes; ours without groups " + ours
                            + ", with groups " + new CriticalPath(unitsOnce).minutes());
        }
    }

    private static int allAnalyses(GraphSnapshot s, boolean lists) {
        GraphAnalysis a = GraphAnalysis.of(s);
        int check = a.stronglyConnected().count() + a.waves().count() + a.criticalPath().minutes()
                + a.blastRadius().sizes().length;
        if (lists) {
            check += a.stronglyConnected().cycles().size() + a.waves().waves().size() + a.criticalPath().path().size();
        }
        return check;
    }

    private static long jgraphtPipeline(ServiceGraph g) {
        Map<String, Integer> minutes = new HashMap<>();
        s(g).forEach((id, d) -> minutes.put(id, d));
        Graph<Graph<String, Dependency.Key>, DefaultEdge> dag =
                new KosarajuStrongConnectivityInspector<>(g.asJGraphT()).getCondensation();
        List<Graph<String, Dependency.Key>> order = new ArrayList<>();
        new TopologicalOrderIterator<>(dag).forEachRemaining(order::add);
        Map<Graph<String, Dependency.Key>, Long> finish = new HashMap<>();
        long best = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Graph<String, Dependency.Key> unit = order.get(i);
            long before = 0;
            for (DefaultEdge e : dag.outgoingEdgesOf(unit)) {
                before = Math.max(before, finish.get(dag.getEdgeTarget(e)));
            }
            long own = unit.vertexSet().stream().mapToLong(minutes::get).max().orElse(0);
            finish.put(unit, before + own);
            best = Math.max(best, before + own);
        }
        return best;
    }

    private static Map<String, Integer> s(ServiceGraph g) {
        GraphSnapshot s = g.snapshot();
        Map<String, Integer> out = new HashMap<>();
        for (int v = 0; v < s.size(); v++) {
            out.put(s.id(v), s.durationMinutes(v));
        }
        return out;
    }

    /** A copy of g where {@code length} random components are closed into one extra cycle. */
    private static ServiceGraph withCycle(ServiceGraph g, int length, long seed) {
        ServiceGraph copy = g.copy();
        List<String> ids = new ArrayList<>(copy.components().stream().map(c -> c.id()).toList());
        Collections.shuffle(ids, new Random(seed));
        copy.beginUpdate();
        for (int i = 0; i < length; i++) {
            String from = ids.get(i);
            String to = ids.get((i + 1) % length);
            if (copy.dependency(from, to).isEmpty()) {
                copy.addDependency(Dependency.of(from, to));
            }
        }
        copy.endUpdate();
        return copy;
    }

    private static void time(String label, Supplier<Object> work) {
        Object sink = null;
        long warmUntil = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < WARMUP || System.nanoTime() < warmUntil; i++) {
            sink = work.get();
        }
        System.gc();
        long[] ns = new long[REPS];
        for (int i = 0; i < REPS; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "  %-100s median %8.3f ms   p90 %8.3f ms%n", label, ns[REPS / 2] / 1e6,
                ns[(int) Math.ceil(REPS * 0.9) - 1] / 1e6);
        if (sink == null) {
            throw new IllegalStateException();
        }
    }

    private static void once(String label, Supplier<Object> work) {
        long t0 = System.nanoTime();
        Object result = work.get();
        long ns = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "  %-100s once   %9.1f ms   (%s)%n", label, ns / 1e6, result);
    }
}
