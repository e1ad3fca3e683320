package dev.stagecraft.simulation.report;

import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.WorstMinute;
import dev.stagecraft.simulation.report.ReportTables.Fact;
import dev.stagecraft.simulation.report.ReportTables.Table;
import java.util.List;

/**
 * The simulation report as one self-contained HTML page: the Markdown report's content with charts as inline
 * SVG (run durations, impact with its cumulative share, failure origins, the run's step timeline). It opens
 * offline: inline CSS, no script, no font, image or link fetched from anywhere. Large type and dark-on-light
 * colours (Okabe–Ito, safe for colour-blind readers) for a projector; a print style for paper. The markup is
 * also well-formed XML (closed and quoted tags, escaped text), so tests can parse it. Deterministic.
 */
public final class HtmlReport {
    private static final String STYLE = """
            :root { --text: #111; --muted: #444; --line: #999; --grid: #ddd;
              --s0: #0072b2; --s1: #d55e00; --s2: #009e73; --s3: #cc79a7; --s4: #e69f00; --s5: #56b4e9; }
            body { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 20px;
              line-height: 1.45; color: var(--text); background: #fff; max-width: 1100px; margin: 0 auto; padding: 1em; }
            h1 { font-size: 1.9em; margin: 0.2em 0 0.6em; }
            h2 { font-size: 1.45em; margin-top: 1.6em; border-bottom: 3px solid var(--s0); padding-bottom: 0.15em; }
            h3 { font-size: 1.15em; margin-top: 1.3em; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1.2em; margin: 0.5em 0; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            table { border-collapse: collapse; margin: 0.6em 0 1em; font-variant-numeric: tabular-nums; }
            th, td { border: 1px solid var(--line); padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #e8eef4; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            tr.diff td { background: #f4f4f4; font-style: italic; }
            table.timeline { font-size: 0.8em; }
            table.timeline td:nth-child(2), table.timeline td:nth-child(3) { white-space: nowrap; }
            table.comparison { font-size: 0.85em; }
            table.comparison td:first-child { overflow-wrap: anywhere; min-width: 8em; }
            p.note { color: var(--muted); }
            figure { margin: 1em 0 1.5em; }
            figcaption { font-weight: bold; margin-bottom: 0.3em; }
            svg { width: 100%; height: auto; display: block; }
            svg text { fill: var(--text); font-family: inherit; paint-order: stroke; stroke: #fff; stroke-width: 4px;
              stroke-linejoin: round; }
            svg .label { font-size: 19px; }
            svg .small { font-size: 16px; }
            svg .axis { stroke: var(--text); stroke-width: 1.5; }
            svg .grid { stroke: var(--grid); stroke-width: 1; }
            svg .s0 { fill: var(--s0); } svg .s1 { fill: var(--s1); } svg .s2 { fill: var(--s2); }
            svg .s3 { fill: var(--s3); } svg .s4 { fill: var(--s4); } svg .s5 { fill: var(--s5); }
            svg .s0-text { fill: var(--s0); } svg .s1-text { fill: var(--s1); } svg .s2-text { fill: var(--s2); }
            svg .s3-text { fill: var(--s3); } svg .s4-text { fill: var(--s4); } svg .s5-text { fill: var(--s5); }
            svg .s0-text, svg .s1-text, svg .s2-text, svg .s3-text, svg .s4-text, svg .s5-text { font-weight: bold; }
            svg .cdf { fill: none; stroke: var(--text); stroke-width: 2.5; }
            svg .cdf-text { fill: var(--muted); }
            svg .completed { fill: var(--s2); } svg .held { fill: var(--s4); }
            svg .rolledback { fill: var(--s1); } svg .rollback { fill: #6b1d00; }
            svg .tick { stroke: #fff; stroke-width: 2; }
            svg .wait { stroke: var(--muted); stroke-width: 2; stroke-dasharray: 4 3; }
            svg .fail { stroke: #000; stroke-width: 3.5; }
            svg .fault { fill: #f3d9d0; }
            svg .fail-halo { stroke: #fff; stroke-width: 8; }
            svg .halt { stroke: #000; stroke-width: 2.5; stroke-dasharray: 8 5; }
            @media print {
              body { font-size: 11pt; max-width: none; padding: 0; }
              h2, h3, figcaption { break-after: avoid; }
              figure, tr { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private HtmlReport() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder();
        String title = ReportTables.title(report);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(Svg.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Svg.escape(title)).append("</h1>\n");
        Variant main = report.main();
        out.append("<h2>Plan</h2>\n");
        facts(ReportTables.plan(main), out);
        out.append("<h2>Scenario</h2>\n");
        facts(ReportTables.scenario(report), out);
        if (main.single() != null) {
            out.append("<h2>Run</h2>\n");
            facts(ReportTables.run(main.single()), out);
            figure("Steps over time", SvgCharts.gantt(main.single()), out);
            WorstMinute worst = WorstMinute.of(main.single());
            if (worst.minute() >= 0) {
                out.append("<h3>Worst minute</h3>\n");
                facts(ReportTables.worstMinute(worst), out);
            }
            out.append("<h3>Timeline</h3>\n");
            table(ReportTables.timeline(main.single()), "timeline", out);
        }
        batch(report, out);
        if (!report.others().isEmpty()) {
            out.append("<h2>Comparison</h2>\n<p>Same seed, so every variant sees the same bad versions; ")
                    .append("differences (Δ) from ").append(Svg.escape(main.name())).append(".</p>\n");
            table(ReportTables.comparison(report), "comparison", report.variants().size(), out);
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** The main variant's numbers; the charts show every variant side by side. */
    private static void batch(SimulationReport report, StringBuilder out) {
        MonteCarloResult b = report.main().batch();
        List<Variant> charted = report.variants().stream().filter(v -> v.batch().runs() > 1).toList();
        if (b.runs() > 1) {
            out.append("<h2>Monte Carlo: ").append(b.runs()).append(" runs</h2>\n");
            facts(ReportTables.probabilities(b), out);
            table(ReportTables.distributions(b), "distributions", out);
        }
        if (!charted.isEmpty()) {
            figure("Run durations", SvgCharts.histogram(charted.stream()
                    .map(v -> new SvgCharts.Series(v.name(), v.batch().durationHistogram())).toList(),
                    "Histogram of run durations", "run duration (minutes)", false), out);
            figure("Impact (bars: share of runs; line: cumulative share)", SvgCharts.histogram(charted.stream()
                    .map(v -> new SvgCharts.Series(v.name(), v.batch().impactHistogram())).toList(),
                    "Histogram of run impact", "impact per run (weighted component-minutes)", true), out);
        }
        boolean anyOrigin = report.variants().stream().anyMatch(v -> !v.batch().topFailureOrigins().isEmpty());
        if (anyOrigin) {
            out.append("<h3>Top failure origins</h3>\n");
            figure("Share of impact by failure origin", SvgCharts.origins(report.variants()), out);
            table(ReportTables.origins(b), "origins", out);
        }
        if (!b.stepImpact().isEmpty()) {
            out.append("<h3>Step impact</h3>\n");
            table(ReportTables.stepImpact(b), "steps", out);
        }
        if (!b.stepHalts().isEmpty()) {
            out.append("<h3>P(halt) per step</h3>\n");
            table(ReportTables.stepHalts(b), "halts", out);
        }
    }

    private static void figure(String caption, String svg, StringBuilder out) {
        out.append("<figure>\n<figcaption>").append(Svg.escape(caption)).append("</figcaption>\n").append(svg)
                .append("</figure>\n");
    }

    private static void facts(List<Fact> facts, StringBuilder out) {
        out.append("<dl class=\"facts\">\n");
        for (Fact f : facts) {
            out.append("<dt>").append(Svg.escape(f.label())).append("</dt><dd>").append(Svg.escape(f.value()))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static void table(Table t, String cssClass, StringBuilder out) {
        table(t, cssClass, t.rows().size(), out);
    }

    /** @param plainRows rows after the first {@code plainRows} are differences, shown apart */
    private static void table(Table t, String cssClass, int plainRows, StringBuilder out) {
        if (t.rows().isEmpty()) {
            out.append("<p class=\"note\">None.</p>\n");
            return;
        }
        out.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>");
        for (int c = 0; c < t.header().size(); c++) {
            out.append(t.numeric().get(c) ? "<th class=\"num\">" : "<th>").append(Svg.escape(t.header().get(c)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            out.append(r >= plainRows ? "<tr class=\"diff\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(t.numeric().get(c) ? "<td class=\"num\">" : "<td>").append(Svg.escape(row.get(c)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (t.omitted() > 0) {
            out.append("<p class=\"note\">…and ").append(t.omitted()).append(" more rows not shown.</p>\n");
        }
    }
}
