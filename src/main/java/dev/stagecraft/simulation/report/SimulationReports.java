package dev.stagecraft.simulation.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats {@code simulate -o} writes, chosen by the file name's ending. */
public enum SimulationReports {
    JSON(".json"),
    TEXT(".txt"),
    MARKDOWN(".md"),
    HTML(".html");

    private final String suffix;

    SimulationReports(String suffix) {
        this.suffix = suffix;
    }

    public static Optional<SimulationReports> forFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (SimulationReports r : values()) {
            if (name.endsWith(r.suffix) || r == HTML && name.endsWith(".htm")) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public String render(SimulationReport report) {
        return switch (this) {
            case JSON -> SimulationJson.write(report);
            case TEXT -> SimulationText.write(report);
            case MARKDOWN -> MarkdownReport.write(report);
            case HTML -> HtmlReport.write(report);
        };
    }

    public static String choices() {
        return ".json, .txt, .md, .html";
    }
}
