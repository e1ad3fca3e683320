package dev.stagecraft.simulation.report;

/** The simulation report as one offline HTML page (being extended with inline SVG charts). */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String write(SimulationReport report) {
        String text = SimulationText.write(report).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Rollout simulation</title></head>"
                + "<body><h1>Rollout simulation</h1><pre>" + text + "</pre></body></html>\n";
    }
}
