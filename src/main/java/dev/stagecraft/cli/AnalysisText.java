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
        out.printf("%s: %d components, %d dependencies%n", name, s.size(), s.edgeCount());
        BlastRadius blast = analysis.blastRadius();
        if (only >= 0) {
            writeOne(out, blast, s.id(only));
            out.flush();
            return;
        }
        List<List<String>> cycles = analysis.stronglyConnected().cycles();
        out.printf("%nCycles: %d%n", cycles.size());
        for (List<String> cycle : cycles) {
            out.println("  " + list(cycle));
        }
        List<List<String>> waves = analysis.waves().waves();
        out.printf("%nWaves: %d%n", waves.size());
        for (int w = 0; w < waves.size(); w++) {
            out.printf("  %3d  %5d  %s%n", w, waves.get(w).size(), list(waves.get(w)));
        }
        CriticalPath path = analysis.criticalPath();
        out.printf("%nCritical path: %d minutes, %d components%n  %s%n", path.minutes(), path.path().size(),
                String.join(" -> ", path.path()));
        int[] sizes = blast.sizes();
        List<Integer> top = IntStream.range(0, s.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(v -> -sizes[v]).thenComparing(s::id))
                .limit(TOP).filter(v -> sizes[v] > 0).toList();
        out.printf("%nLargest blast radius (top %d):%n", top.size());
        int width = top.stream().mapToInt(v -> s.id(v).length()).max().orElse(0);
        for (int v : top) {
            String id = s.id(v);
            out.printf("  %-" + width + "s  %6d   outage %6d   degraded %6d%n", id, sizes[v],
                    blast.outage(id).size(), blast.degraded(id).size());
        }
        out.flush();
    }

    private void writeOne(PrintWriter out, BlastRadius blast, String id) {
        List<String> affected = blast.affected(id);
        List<String> outage = blast.outage(id);
        List<String> degraded = blast.degraded(id);
        out.printf("%nBlast radius of %s: %d component(s)%n", id, affected.size());
        out.printf("  outage   %5d  %s%n", outage.size(), list(outage));
        out.printf("  degraded %5d  %s%n", degraded.size(), list(degraded));
    }

    private static String list(List<String> ids) {
        if (ids.size() <= LIST_LIMIT) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, LIST_LIMIT)) + " ... and " + (ids.size() - LIST_LIMIT) + " more";
    }
}
