package dev.stagecraft.cli;

import dev.stagecraft.analysis.BlastRadius;
import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** {@code analyze --format text}: the same answers as the JSON, aligned for people. Long lists are cut with "... and N more". */
final class AnalysisText {
    private static final int LIST_LIMIT = 12;
    private static final int TOP = 10;

    private final GraphAnalysis analysis;
    private final ServiceGraph graph;
    private final GraphSnapshot s;

    /** The report of one revision; built {@linkplain GraphAnalysis#of(ServiceGraph) from a graph} (its name). */
    AnalysisText(GraphAnalysis analysis) {
        this.analysis = analysis;
        this.graph = analysis.graph();
        this.s = analysis.snapshot();
    }

    void write(PrintWriter out, int only) {
        String name = graph.metadata().name() == null ? "graph" : graph.metadata().name();
        out.printf("%s: %s, %s%n", name, Plural.of(s.size(), "component"), Plural.of(s.edgeCount(), "dependency"));
        BlastRadius blast = analysis.blastRadius();
        if (only >= 0) {
            writeOne(out, blast, s.id(only));
            out.flush();
            return;
        }
        List<List<String>> cycles = analysis.stronglyConnected().cycles();
        out.printf("%nCycles: %d%n", cycles.size());
        if (!cycles.isEmpty()) {
            out.printf("  %7s  %s%n", "members", "components");
        }
        for (List<String> cycle : cycles) {
            out.printf("  %7d  %s%n", cycle.size(), list(cycle));
        }
        List<List<String>> waves = analysis.waves().waves();
        out.printf("%nWaves: %d%n", waves.size());
        if (!waves.isEmpty()) {
            out.printf("  %4s  %7s  %s%n", "wave", "members", "components");
        }
        for (int w = 0; w < waves.size(); w++) {
            out.printf("  %4d  %7d  %s%n", w, waves.get(w).size(), list(waves.get(w)));
        }
        CriticalPath path = analysis.criticalPath();
        out.printf("%nCritical path: %s, %s%n  %s%n", Plural.of(path.minutes(), "minute"),
                Plural.of(path.path().size(), "component"),
                String.join(" -> ", path.path()));
        int[] sizes = blast.sizes();
        List<Integer> top = IntStream.range(0, s.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(v -> -sizes[v]).thenComparing(s::id))
                .limit(TOP).filter(v -> sizes[v] > 0).toList();
        out.printf("%nLargest blast radius (top %d):%n", top.size());
        int width = Math.max("component".length(), top.stream().mapToInt(v -> s.id(v).length()).max().orElse(0));
        String row = "  %-" + width + "s  %8s  %8s  %8s%n";
        if (!top.isEmpty()) {
            out.printf(row, "component", "affected", "outage", "degraded");
        }
        for (int v : top) {
            String id = s.id(v);
            out.printf(row, id, sizes[v], blast.outage(id).size(), blast.degraded(id).size());
        }
        out.flush();
    }

    private void writeOne(PrintWriter out, BlastRadius blast, String id) {
        List<String> affected = blast.affected(id);
        List<String> outage = blast.outage(id);
        List<String> degraded = blast.degraded(id);
        out.printf("%nBlast radius of %s: %s%n", id, Plural.of(affected.size(), "component"));
        out.printf("  %-8s  %5s  %s%n", "effect", "count", "components");
        out.printf("  %-8s  %5d  %s%n", "outage", outage.size(), list(outage));
        out.printf("  %-8s  %5d  %s%n", "degraded", degraded.size(), list(degraded));
    }

    private static String list(List<String> ids) {
        if (ids.size() <= LIST_LIMIT) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, LIST_LIMIT)) + " ... and " + (ids.size() - LIST_LIMIT) + " more";
    }
}
