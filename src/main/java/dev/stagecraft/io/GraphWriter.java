package dev.stagecraft.io;

import dev.stagecraft.model.ServiceGraph;
import java.util.List;

/** Writes a {@link ServiceGraph} in one file format. Deterministic: the same graph gives the same text. */
public interface GraphWriter {
    String write(ServiceGraph graph);

    /** What of this graph the format cannot carry, one sentence each (empty when nothing is lost). */
    default List<String> losses(ServiceGraph graph) {
        return List.of();
    }

    /**
     * The sentence for the scenarios saved with the graph, which only the native and JSON formats carry; null when the graph
     * has none.
     */
    static String scenarioLoss(ServiceGraph graph, String format) {
        int n = graph.metadata().scenarios().size();
        return n == 0 ? null : format + " does not carry the " + (n == 1 ? "scenario" : n + " scenarios")
                + " saved with the graph (" + graph.metadata().scenarios().stream().map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ")) + "); keep the native file for " + (n == 1 ? "it" : "them");
    }
}
