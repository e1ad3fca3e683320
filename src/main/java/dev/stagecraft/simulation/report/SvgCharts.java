package dev.stagecraft.simulation.report;

import dev.stagecraft.model.StepTiming;
import dev.stagecraft.simulation.Fault;
import dev.stagecraft.simulation.Histogram;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.StepOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The HTML report's charts as inline SVG, written by hand (no script): histograms of one quantity per variant
 * on a shared axis, grouped bars of failure origins' share, and a Gantt-like timeline of one run. Colours are
 * CSS classes of {@link HtmlReport}'s style sheet; sizes are in the viewBox's units (about pixels at 1000 wide).
 */
final class SvgCharts {
    static final double WIDTH = 1000;
    /** Gantt rows drawn; the rest are counted below the chart. */
    static final int GANTT_ROWS = 300;
    private static final int LABEL_CHARS = 28;
    private static final int SERIES_COLOURS = 6;
    /** About the width of a character of the 16-unit text, to space legends. */
    private static final double CHAR = 9.2;

    private SvgCharts() {
    }

    /** One variant's histogram, named for the legend. */
    record Series(String name, Histogram histogram) {
    }

    /**
     * One panel per series, stacked, sharing the x axis so that variants line up; bar height is the share of the
     * variant's runs in the bin. With {@code cumulative}, a line gives the share of runs at or below each bin's
     * end (right axis).
     */
    static String histogram(List<Series> series, String label, String xLabel, boolean cumulative) {
        double lo = series.stream().mapToDouble(s -> s.histogram().min()).min().orElse(0);
        double hi = series.stream().mapToDouble(s -> s.histogram().max()).max().orElse(1);
        if (hi <= lo) {
            lo = Math.max(0, lo - 1);
            hi = lo + 2;
        }
        double[] ticks = ticks(lo, hi, 6);
        lo = Math.min(lo, ticks[0]);
        hi = Math.max(hi, ticks[ticks.length - 1]);
        double top = 0;
        for (Series s : series) {
            for (int c : s.histogram().counts()) {
                top = Math.max(top, 100.0 * c / Math.max(1, s.histogram().total()));
            }
        }
        double[] yTicks = ticks(0, Math.max(top, 1), 4);
        double yMax = yTicks[yTicks.length - 1];
        double left = 90;
        double right = cumulative ? 80 : 30;
        double panel = series.size() == 1 ? 240 : 170;
        double gap = series.size() == 1 ? 20 : 44;
        double plotWidth = WIDTH - left - right;
        double height = series.size() * (panel + gap) + 70;
        Svg svg = new Svg().open(WIDTH, height, label);
        double finalLo = lo;
        double finalHi = hi;
        DoubleUnaryOperator sx = v -> left + (v - finalLo) / (finalHi - finalLo) * plotWidth;
        for (int p = 0; p < series.size(); p++) {
            Histogram h = series.get(p).histogram();
            double y0 = gap + p * (panel + gap);
            double base = y0 + panel;
            if (series.size() > 1) {
                svg.text(left, y0 - 12, "start", "label s" + p % SERIES_COLOURS + "-text", series.get(p).name());
            }
            for (double t : yTicks) {
                double y = base - t / yMax * panel;
                svg.line(left, y, left + plotWidth, y, "grid");
                svg.text(left - 10, y + 6, "end", "small", Svg.n(t) + "%");
            }
            int total = Math.max(1, h.total());
            for (int i = 0; i < h.bins(); i++) {
                int count = h.counts().get(i);
                double x0 = sx.applyAsDouble(h.binStart(i));
                double x1 = sx.applyAsDouble(h.binEnd(i));
                if (h.bins() == 1) { // every run the same value: a narrow bar at it
                    x0 -= 6;
                    x1 += 6;
                }
                double share = 100.0 * count / total;
                svg.rect(x0 + 1, base - share / yMax * panel, x1 - x0 - 2, share / yMax * panel,
                        "bar s" + p % SERIES_COLOURS, Svg.n(h.binStart(i)) + "–" + Svg.n(h.binEnd(i)) + " " + xLabel
                                + ": " + count + " runs (" + ReportTables.number(share, 1) + "%)");
            }
            if (cumulative) {
                double[] xs = new double[h.bins() + 1];
                double[] ys = new double[h.bins() + 1];
                xs[0] = sx.applyAsDouble(h.min());
                ys[0] = base;
                int sum = 0;
                for (int i = 0; i < h.bins(); i++) {
                    sum += h.counts().get(i);
                    xs[i + 1] = sx.applyAsDouble(h.binEnd(i));
                    ys[i + 1] = base - (double) sum / total * panel;
                }
                svg.polyline(xs, ys, "cdf");
                for (int t = 0; t <= 100; t += 50) {
                    svg.text(left + plotWidth + 8, base - t / 100.0 * panel + 6, "start", "small cdf-text", t + "%");
                }
            }
            svg.line(left, base, left + plotWidth, base, "axis");
            for (double t : ticks) {
                double x = sx.applyAsDouble(t);
                svg.line(x, base, x, base + 6, "axis");
                if (p == series.size() - 1) {
                    svg.text(x, base + 28, "middle", "small", Svg.n(t));
                }
            }
            svg.verticalText(24, y0 + panel / 2, "small", "% of runs");
            if (cumulative) {
                svg.verticalText(WIDTH - 14, y0 + panel / 2, "small cdf-text", "cumulative % of runs");
            }
        }
        svg.text(left + plotWidth / 2, height - 8, "middle", "label", xLabel);
        return svg.close();
    }

    /** Horizontal bars, one group per origin (the first variant's order, then new ones), one bar per variant. */
    static String origins(List<Variant> variants) {
        Set<String> names = new LinkedHashSet<>();
        for (Variant v : variants) {
            for (MonteCarloResult.OriginShare o : v.batch().topFailureOrigins()) {
                names.add(o.component());
            }
        }
        List<String> origins = new ArrayList<>(names).subList(0, Math.min(10, names.size()));
        double top = 0;
        for (Variant v : variants) {
            for (MonteCarloResult.OriginShare o : v.batch().topFailureOrigins()) {
                top = Math.max(top, 100 * o.share());
            }
        }
        double[] ticks = ticks(0, Math.max(top, 1), 5);
        double xMax = ticks[ticks.length - 1];
        double left = labelWidth(origins);
        double right = 90;
        double bar = 24;
        double group = variants.size() * bar + 16;
        double legend = variants.size() > 1 ? 40 : 0;
        double height = legend + origins.size() * group + 70;
        double plotWidth = WIDTH - left - right;
        Svg svg = new Svg().open(WIDTH, height, "Top failure origins: share of impact");
        legend(svg, variants.stream().map(Variant::name).toList(), left);
        for (double t : ticks) {
            double x = left + t / xMax * plotWidth;
            svg.line(x, legend, x, legend + origins.size() * group, "grid");
            svg.text(x, legend + origins.size() * group + 28, "middle", "small", Svg.n(t) + "%");
        }
        for (int g = 0; g < origins.size(); g++) {
            double y0 = legend + g * group + 8;
            svg.text(left - 12, y0 + group / 2 - 2, "end", "label", shorten(origins.get(g)));
            for (int v = 0; v < variants.size(); v++) {
                double share = share(variants.get(v), origins.get(g));
                double w = share / xMax * plotWidth;
                double y = y0 + v * bar;
                svg.rect(left, y, w, bar - 4, "bar s" + v % SERIES_COLOURS, origins.get(g) + " in "
                        + variants.get(v).name() + ": " + ReportTables.number(share, 1) + "% of impact");
                svg.text(left + w + 8, y + bar - 9, "start", "small", ReportTables.number(share, 1) + "%");
            }
        }
        svg.line(left, legend, left, legend + origins.size() * group, "axis");
        svg.text(left + plotWidth / 2, height - 8, "middle", "label", "share of the batch's impact (%)");
        return svg.close();
    }

    private static double share(Variant v, String origin) {
        return v.batch().topFailureOrigins().stream().filter(o -> o.component().equals(origin))
                .mapToDouble(o -> 100 * o.share()).findFirst().orElse(0);
    }

    /**
     * One row per started step (by start minute, then plan order): a bar while it advances, coloured by where it
     * ends (completed, held, rolled back), white ticks at its stage boundaries, a cross where its gate failed, a
     * dark bar while its rollback runs; the halt minute as a dashed line, fault windows shaded.
     */
    static String gantt(RunResult run) {
        SimulationPlan plan = run.plan();
        List<Integer> steps = new ArrayList<>();
        for (int k = 0; k < plan.stepCount(); k++) {
            if (run.started(k)) {
                steps.add(k);
            }
        }
        steps.sort(Comparator.<Integer>comparingInt(plan::start).thenComparingInt(k -> k));
        int hidden = Math.max(0, steps.size() - GANTT_ROWS);
        steps = steps.subList(0, steps.size() - hidden);
        int end = Math.max(1, run.durationMinutes());
        for (int k : steps) {
            end = Math.max(end, Math.max(advancedUntil(run, k), run.rollbackEnd(k)));
        }
        double[] ticks = ticks(0, end, 8);
        double xMax = ticks[ticks.length - 1];
        double left = labelWidth(steps.stream().map(plan::stepId).toList());
        double right = 130;
        double row = 34;
        double legend = 44;
        double top = legend + (run.faults().isEmpty() ? 30 : 56); // fault labels above the halt label
        double plotWidth = WIDTH - left - right;
        double height = top + Math.max(1, steps.size()) * row + 70;
        DoubleUnaryOperator sx = m -> left + m / xMax * plotWidth;
        Svg svg = new Svg().open(WIDTH, height, "Timeline of the run's steps");
        String[] kinds = {"completed", "held", "rolled back", "rollback running"};
        String[] classes = {"completed", "held", "rolledback", "rollback"};
        double legendWidth = 0;
        for (String kind : kinds) {
            legendWidth += 54 + kind.length() * CHAR;
        }
        legendWidth += 54 + ("gate failed".length() + "halt".length()) * CHAR + 24;
        double lx = legendStart(left, legendWidth);
        for (int i = 0; i < kinds.length; i++) {
            svg.rect(lx, 12, 22, 22, classes[i], null);
            svg.text(lx + 30, 30, "start", "small", kinds[i]);
            lx += 54 + kinds[i].length() * CHAR;
        }
        cross(svg, lx + 11, 12, 22);
        svg.text(lx + 30, 30, "start", "small", "gate failed");
        lx += 54 + "gate failed".length() * CHAR;
        svg.line(lx + 11, 10, lx + 11, 36, "halt");
        svg.text(lx + 24, 30, "start", "small", "halt");
        for (double t : ticks) {
            double x = sx.applyAsDouble(t);
            svg.line(x, top, x, top + steps.size() * row, "grid");
            svg.text(x, top + steps.size() * row + 28, "middle", "small", Svg.n(t));
        }
        for (Fault f : run.faults()) { // shaded under the bars
            double x0 = sx.applyAsDouble(Math.min(f.from(), xMax));
            double x1 = sx.applyAsDouble(Math.min(f.to(), xMax));
            svg.rect(x0, top, x1 - x0, steps.size() * row, "fault", "fault " + f.text());
            svg.text(x0, top - 34, "start", "small", "fault " + shorten(f.component()) + ", " + f.from() + "–" + f.to()
                    + " min");
        }
        for (int r = 0; r < steps.size(); r++) {
            int k = steps.get(r);
            double y = top + r * row + 6;
            double h = row - 12;
            StepOutcome outcome = run.stepOutcome(k);
            String id = plan.stepId(k);
            svg.text(left - 12, y + h - 4, "end", "label", shorten(id));
            int from = plan.start(k);
            int until = advancedUntil(run, k);
            String css = switch (outcome) {
                case COMPLETED -> "completed";
                case HELD -> "held";
                default -> "rolledback";
            };
            svg.rect(sx.applyAsDouble(from), y, sx.applyAsDouble(until) - sx.applyAsDouble(from), h, css,
                    id + ": minute " + from + "–" + until + ", " + outcomeWord(outcome));
            StepTiming t = plan.timing(k);
            for (int i = 1; i <= run.lastStage(k); i++) {
                int m = from + t.stageStart(i);
                if (m < until) {
                    svg.line(sx.applyAsDouble(m), y, sx.applyAsDouble(m), y + h, "tick");
                }
            }
            double rowEnd = sx.applyAsDouble(until);
            if (run.rolledBack(k)) {
                svg.line(sx.applyAsDouble(until), y + h / 2, sx.applyAsDouble(run.rollbackStart(k)), y + h / 2, "wait");
                svg.rect(sx.applyAsDouble(run.rollbackStart(k)), y, sx.applyAsDouble(run.rollbackEnd(k))
                        - sx.applyAsDouble(run.rollbackStart(k)), h, "rollback", id + ": rollback minute "
                        + run.rollbackStart(k) + "–" + run.rollbackEnd(k));
                rowEnd = sx.applyAsDouble(run.rollbackEnd(k));
            }
            if (run.gateFailMinute(k) >= 0) {
                cross(svg, sx.applyAsDouble(run.gateFailMinute(k)), y - 2, h + 4);
            }
            svg.text(rowEnd + 10, y + h - 4, "start", "small", outcomeWord(outcome));
        }
        if (run.haltMinute() >= 0) {
            double x = sx.applyAsDouble(run.haltMinute());
            svg.line(x, top - 8, x, top + steps.size() * row, "halt");
            svg.text(x, top - 12, "middle", "small", "halt, minute " + run.haltMinute());
        }
        svg.line(left, top + steps.size() * row, left + plotWidth, top + steps.size() * row, "axis");
        String axis = "minutes from the start of the rollout"
                + (hidden > 0 ? " (" + hidden + " more started steps not drawn)" : "");
        svg.text(left + plotWidth / 2, height - 8, "middle", "label", axis);
        return svg.close();
    }

    /** An X centred on x from y down {@code size}, black on a white halo so it shows on any bar. */
    private static void cross(Svg svg, double x, double y, double size) {
        double half = size / 3;
        for (String css : new String[] {"fail-halo", "fail"}) {
            svg.line(x - half, y, x + half, y + size, css).line(x - half, y + size, x + half, y, css);
        }
    }

    /** Where the step stopped advancing: done, held, or stopped for its rollback (its gate failure at the latest). */
    private static int advancedUntil(RunResult run, int k) {
        if (run.doneMinute(k) >= 0) {
            return run.doneMinute(k);
        }
        if (run.holdMinute(k) >= 0) {
            return run.holdMinute(k);
        }
        if (run.rollbackTrigger(k) >= 0) {
            return run.rollbackTrigger(k);
        }
        return Math.max(run.gateFailMinute(k), run.plan().start(k));
    }

    private static String outcomeWord(StepOutcome outcome) {
        return switch (outcome) {
            case COMPLETED -> "completed";
            case HELD -> "held";
            case ROLLED_BACK -> "rolled back";
            case NOT_STARTED -> "not started";
        };
    }

    private static void legend(Svg svg, List<String> names, double left) {
        if (names.size() < 2) {
            return;
        }
        double width = 0;
        for (String name : names) {
            width += 54 + shorten(name).length() * CHAR;
        }
        double x = legendStart(left, width);
        for (int i = 0; i < names.size(); i++) {
            svg.rect(x, 8, 22, 22, "bar s" + i % SERIES_COLOURS, null);
            String name = shorten(names.get(i));
            svg.text(x + 30, 26, "start", "small", name);
            x += 54 + name.length() * CHAR;
        }
    }

    /** Aligned with the plot when the legend fits, else moved left as far as needed (one line, never clipped). */
    private static double legendStart(double left, double width) {
        return Math.max(10, Math.min(left, WIDTH - 10 - width));
    }

    /** Room for the longest label at about 10.5 units a character, within a quarter to a third of the width. */
    private static double labelWidth(List<String> labels) {
        int longest = labels.stream().mapToInt(s -> shorten(s).length()).max().orElse(4);
        return Math.max(WIDTH / 8, Math.min(WIDTH / 3, 24 + longest * 10.5));
    }

    private static String shorten(String id) {
        return id.length() <= LABEL_CHARS ? id : id.substring(0, LABEL_CHARS - 1) + "…";
    }

    /** Round ticks (1, 2 or 5 times a power of ten) covering [lo, hi] in about {@code count} steps. */
    static double[] ticks(double lo, double hi, int count) {
        double raw = (hi - lo) / count;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power
                : 10 * power;
        long first = (long) Math.floor(lo / step);
        long last = (long) Math.ceil(hi / step);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }
}
