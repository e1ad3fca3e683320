package dev.stagecraft.io;

import dev.stagecraft.model.ServiceGraph;
import java.util.Objects;

/** A graph read from a file, with the report of what the reader inferred, guessed and skipped. */
public record ImportResult(ServiceGraph graph, ImportReport report) {
    /** From this many components on, an import with fewer than one dependency per {@link #FEW_PER} is reported. */
    static final int FEW_FROM = 10;
    static final int FEW_PER = 5;

    public ImportResult {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(report, "report");
    }

    /**
     * This result, with a warning when the graph has too few dependencies to plan with (at least {@value #FEW_FROM}
     * components and fewer than one dependency per {@value #FEW_PER}): such a plan puts nearly everything in the first
     * wave, and the file most likely states its dependencies in a way the importer does not read.
     */
    public ImportResult checkedForPlanning() {
        int n = graph.componentCount();
        int m = graph.dependencyCount();
        if (n < FEW_FROM || m * FEW_PER >= n) {
            return this;
        }
        java.util.List<dev.stagecraft.model.Finding> entries = new java.util.ArrayList<>(report.entries());
        entries.add(new dev.stagecraft.model.Finding(dev.stagecraft.model.Severity.WARNING, "few-dependencies",
                "only " + m + " dependenc" + (m == 1 ? "y" : "ies") + " among " + n + " components: a plan would"
                        + " roll out nearly everything at once; check how the file states what depends on what",
                java.util.List.of(), null));
        return new ImportResult(graph, new ImportReport(report.format(), entries));
    }
}
