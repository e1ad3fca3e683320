package dev.stagecraft.simulation.report;

import dev.stagecraft.simulation.Histogram;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.WorstMinute;
import dev.stagecraft.simulation.report.ReportTables.Fact;
import dev.stagecraft.simulation.report.ReportTables.Table;
import java.util.List;
import java.util.Locale;

/**
 * The simulation report as Markdown (GitHub flavour) for meeting notes: the plan, the scenario, the run's
 * outcome and timeline, the batch's distributions as tables and its durations as a text histogram, and the
 * comparison. Deterministic: no timestamps, {@link Locale#ROOT} numbers; ids are escaped so that odd characters
 * neither break a table nor turn into markup.
 */
public final class MarkdownReport {
    /** Width in characters of the longest histogram bar. */
    static final int BAR_WIDTH = 40;

    private MarkdownReport() {
    }

    public static String write(SimulationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(ReportTables.title(report))).append("\n\n");
        Variant main = report.main();
        out.append("## Plan\n\n");
        facts(ReportTables.plan(main), out);
        out.append("## Scenario\n\n");
        facts(ReportTables.scenario(report), out);
        if (main.single() != null) {
            out.append("## Run\n\n");
            facts(ReportTables.run(main.single()), out);
            WorstMinute worst = WorstMinute.of(main.single());
            if (worst.minute() >= 0) {
                out.append("### Worst minute\n\n");
                facts(ReportTables.worstMinute(worst), out);
            }
            out.append("### Timeline\n\n");
            table(ReportTables.timeline(main.single()), out);
        }
        batch(main.batch(), out);
        if (!report.others().isEmpty()) {
            out.append("## Comparison\n\nSame seed, so every variant sees the same bad versions; differences from ")
                    .append(escape(main.name())).append(".\n\n");
            table(ReportTables.comparison(report), out);
        }
        return out.toString();
    }

    private static void batch(MonteCarloResult b, StringBuilder out) {
        if (b.runs() > 1) {
            out.append("## Monte Carlo: ").append(b.runs()).append(" runs\n\n");
            facts(ReportTables.probabilities(b), out);
            table(ReportTables.distributions(b), out);
            out.append("### Run durations\n\n");
            histogram(b.durationHistogram(), "min", out);
        }
        if (!b.topFailureOrigins().isEmpty()) {
            out.append("### Top failure origins\n\n");
            table(ReportTables.origins(b), out);
        }
        if (!b.stepImpact().isEmpty()) {
            out.append("### Step impact\n\n");
            table(ReportTables.stepImpact(b), out);
        }
        if (!b.stepHalts().isEmpty()) {
            out.append("### P(halt) per step\n\n");
            table(ReportTables.stepHalts(b), out);
        }
    }

    private static void facts(List<Fact> facts, StringBuilder out) {
        for (Fact f : facts) {
            out.append("- **").append(escape(f.label())).append(":** ").append(escape(f.value())).append('\n');
        }
        out.append('\n');
    }

    private static void table(Table t, StringBuilder out) {
        if (t.rows().isEmpty()) {
            out.append("(none)\n\n");
            return;
        }
        row(t.header(), out);
        out.append('|');
        for (boolean numeric : t.numeric()) {
            out.append(numeric ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> r : t.rows()) {
            row(r, out);
        }
        if (t.omitted() > 0) {
            out.append("\n…and ").append(t.omitted()).append(" more rows not shown.\n");
        }
        out.append('\n');
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(escape(c)).append(" |");
        }
        out.append('\n');
    }

    /** Ten rows (the batch's bins pairwise), a bar of █ proportional to the runs, the count and the share. */
    static void histogram(Histogram h, String unit, StringBuilder out) {
        Histogram rows = h.bins() % 2 == 0 ? h.merged(2) : h;
        int most = rows.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        int total = Math.max(1, rows.total());
        int digits = rows.max() - rows.min() >= 10 * rows.bins() ? 0 : 1;
        String[] ranges = new String[rows.bins()];
        int width = 0;
        for (int i = 0; i < rows.bins(); i++) {
            ranges[i] = String.format(Locale.ROOT, "%." + digits + "f–%." + digits + "f %s", rows.binStart(i),
                    rows.binEnd(i), unit);
            width = Math.max(width, ranges[i].length());
        }
        out.append("```\n");
        for (int i = 0; i < rows.bins(); i++) {
            int count = rows.counts().get(i);
            int bar = most == 0 ? 0 : (int) Math.round((double) BAR_WIDTH * count / most);
            if (bar == 0 && count > 0) {
                bar = 1; // a bin with runs always shows
            }
            out.append(" ".repeat(width - ranges[i].length())).append(ranges[i]).append(" │").append("█".repeat(bar))
                    .append(" ".repeat(BAR_WIDTH - bar))
                    .append(String.format(Locale.ROOT, " %7d runs %5.1f%%%n", count, 100.0 * count / total));
        }
        out.append("```\n\n");
    }

    /** Backslash before the characters that would start markup or end a table cell. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return s.toString();
    }
}
