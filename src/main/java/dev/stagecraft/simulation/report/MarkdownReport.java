package dev.stagecraft.simulation.report;

/** The simulation report as Markdown for meeting notes (being extended with charts' tables). */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String write(SimulationReport report) {
        return "# Rollout simulation\n\n```\n" + SimulationText.write(report) + "```\n";
    }
}
