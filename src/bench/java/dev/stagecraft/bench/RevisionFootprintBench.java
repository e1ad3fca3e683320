package dev.stagecraft.bench;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one revision keeps alive at 20,000 / 100,000, piece by piece: the heap still in use after a full collection
 * with the piece held, minus without. What survives a young collection is what the collector copies, so this is
 * what a revision costs in pause time. {@code mvn -q -o -Pbench test-compile exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.RevisionFootprintBench}
 */
public final class RevisionFootprintBench {
    private static final List<Object> HELD = new ArrayList<>();

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ServiceGraph g = GraphGenerator.generate(n, m, 42);
        measure("graph copy", g::copy);
        measure("frozen graph copy", g::frozenCopy);
        measure("snapshot", () -> GraphSnapshot.of(g));
        GraphSnapshot s = GraphSnapshot.of(g);
        measure("sccs + waves", () -> {
            GraphAnalysis a = GraphAnalysis.of(s);
            a.waves();
            return a;
        });
        measure("critical path", () -> {
            GraphAnalysis a = GraphAnalysis.of(s);
            a.criticalPath();
            return a;
        });
        measure("blast radius index", () -> {
            GraphAnalysis a = GraphAnalysis.of(s);
            a.blastRadius();
            return a;
        });
        measure("findings", () -> {
            GraphAnalysis a = GraphAnalysis.of(g);
            a.findings();
            return a;
        });
        measure("revision as followed (copy + common analyses)", () -> {
            Revision r = new Revision(1, g.frozenCopy());
            r.analysis().waves();
            r.analysis().criticalPath();
            r.analysis().findings();
            r.analysis().blastRadius();
            return r;
        });
        measure("... and its plan", () -> {
            Revision r = new Revision(1, g.frozenCopy());
            r.analysis().waves();
            r.analysis().criticalPath();
            r.analysis().findings();
            r.analysis().blastRadius();
            r.plan(PlanOptions.defaults());
            return r;
        });
        System.exit(0);
    }

    private static void measure(String what, Supplier<Object> make) {
        long[] sizes = new long[3];
        for (int i = 0; i < sizes.length; i++) {
            long before = used();
            HELD.add(make.get());
            long after = used();
            HELD.clear();
            sizes[i] = after - before;
        }
        java.util.Arrays.sort(sizes);
        System.out.printf("%-50s %8.1f MB%n", what, sizes[1] / 1e6);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
