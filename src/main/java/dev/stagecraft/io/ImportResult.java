package dev.stagecraft.io;

import dev.stagecraft.model.ServiceGraph;
import java.util.Objects;

/** A graph read from a file, with the report of what the reader inferred, guessed and skipped. */
public record ImportResult(ServiceGraph graph, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(report, "report");
    }
}
