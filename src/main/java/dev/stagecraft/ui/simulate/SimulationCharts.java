package dev.stagecraft.ui.simulate;

import dev.stagecraft.simulation.Distribution;
import dev.stagecraft.simulation.Histogram;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.report.SimulationReport;
import dev.stagecraft.simulation.report.Variant;
import dev.stagecraft.ui.style.Styles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The four charts of a Monte Carlo report, drawn with JavaFX charts from the engine's numbers only: the duration
 * and impact histograms (the batch's {@link Histogram} bins as steps, one area per variant) with each variant's
 * p50/p90/p99 as vertical lines, the top failure origins (share of impact) and P(halt) per step as horizontal
 * bars, one series per variant. Clicking a bar hands its components to {@code onSelectComponents}.
 *
 * <p>Series order is fixed so the style sheet can colour them: in a histogram, variant A, its p50, p90, p99, then
 * variant B and its three (JavaFX's {@code default-color0..7}); in a bar chart, A then B.
 */
final class SimulationCharts {
    /** Bars shown per bar chart (the engine keeps ten): more would not leave each its label at 1280×800. */
    static final int BARS = 8;
    /**
     * Share of the tallest bin the percentile lines reach, p50 highest: lines of equal value (p50 = p90 = p99 in a
     * batch without failures) are drawn over each other, and each still shows its own top.
     */
    private static final double[] MARKER_HEADROOM = {1.16, 1.10, 1.04};
    static final String[] PERCENTILES = {"p50", "p90", "p99"};

    final AreaChart<Number, Number> duration = histogramChart("Run duration", "run duration (minutes)");
    final AreaChart<Number, Number> impact = histogramChart("Impact per run", "impact (weighted component-minutes)");
    final BarChart<Number, String> origins = barChart("Top failure origins", "share of impact (%)");
    final BarChart<Number, String> halts = barChart("P(halt) per step", "runs halted by its gate (%)");
    private final Consumer<List<String>> onSelectComponents;
    private final OnePerFrame frames = new OnePerFrame();

    SimulationCharts(Consumer<List<String>> onSelectComponents) {
        this.onSelectComponents = onSelectComponents;
        duration.setId("sim-duration-chart");
        impact.setId("sim-impact-chart");
        origins.setId("sim-origins-chart");
        halts.setId("sim-halts-chart");
    }

    private final FlowPane durationLegend = legendPane("sim-duration-legend");
    private final FlowPane impactLegend = legendPane("sim-impact-legend");

    List<XYChart<?, ?>> all() {
        return List.of(duration, impact, origins, halts);
    }

    /** The four charts as laid out: each histogram with its own legend under it. */
    List<Node> panes() {
        return List.of(withLegend(duration, durationLegend), withLegend(impact, impactLegend), origins, halts);
    }

    private static Node withLegend(XYChart<?, ?> chart, FlowPane legend) {
        VBox box = new VBox(chart, legend);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinSize(0, 0);
        legend.setMinWidth(0);
        return box;
    }

    private static FlowPane legendPane(String id) {
        FlowPane legend = new FlowPane(14, 2);
        legend.setId(id);
        legend.getStyleClass().add(Styles.SIMULATION_LEGEND);
        legend.setAlignment(Pos.CENTER);
        legend.setPadding(new Insets(0, 6, 4, 6));
        return legend;
    }

    /**
     * Per variant: its colour and name, then its p50, p90 and p99 lines with their values (the chart's own legend
     * would give each line a row of its own).
     */
    private static void fillLegend(FlowPane legend, List<Variant> variants,
                                   Function<MonteCarloResult, Distribution> distribution, String unit) {
        legend.getChildren().clear();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            Rectangle swatch = new Rectangle(14, 14);
            swatch.getStyleClass().addAll(Styles.SIMULATION_SWATCH, Styles.simulationVariant(i));
            Label name = new Label(v.name(), swatch);
            HBox row = new HBox(10, name);
            row.setAlignment(Pos.CENTER_LEFT);
            Distribution d = distribution.apply(v.batch());
            double[] values = {d.p50(), d.p90(), d.p99()};
            for (int p = 0; p < PERCENTILES.length; p++) {
                Line line = new Line(0, 0, 22, 0);
                line.getStyleClass().addAll(Styles.SIMULATION_MARKER, Styles.simulationPercentile(PERCENTILES[p]));
                if (i > 0) {
                    line.getStyleClass().add(Styles.SIMULATION_DASHED);
                }
                row.getChildren().add(new Label(markerName(PERCENTILES[p], values[p], p == 2 ? unit : "", null), line));
            }
            legend.getChildren().add(row);
        }
    }

    /**
     * Shows the report, one chart a frame: the four charts restyled and laid out in one pulse took 15 to 43 ms of
     * the JavaFX thread (MonteCarloPulseBench), so each is filled at the start of its own pulse and laid out in it,
     * the first one pulse after the summary table's.
     * A newer report (or null, which empties them at once) replaces the parts not yet shown.
     */
    void show(SimulationReport report) {
        List<Variant> variants = report == null ? List.of() : report.variants();
        List<Runnable> parts = List.of(
            () -> { },
            () -> {
                fillHistogram(duration, variants, b -> b.durationHistogram(), MonteCarloResult::durationMinutes, "min");
                fillLegend(durationLegend, variants, MonteCarloResult::durationMinutes, "min");
            },
            () -> {
                fillHistogram(impact, variants, b -> b.impactHistogram(), MonteCarloResult::impact, "");
                fillLegend(impactLegend, variants, MonteCarloResult::impact, "");
            },
            () -> fillBars(origins, variants, b -> {
                Map<String, Double> m = new LinkedHashMap<>();
                b.topFailureOrigins().forEach(o -> m.put(o.component(), 100 * o.share()));
                return m;
            }, (v, component) -> List.of(component)),
            () -> fillBars(halts, variants, b -> {
                Map<String, Double> m = new LinkedHashMap<>();
                b.stepHalts().forEach(h -> m.put(h.step(), 100 * h.haltProbability()));
                return m;
            }, (v, step) -> stepComponents(v, step)));
        if (report == null) {
            parts.forEach(Runnable::run);
            frames.replace(List.of());
        } else {
            frames.replace(parts);
        }
    }

    /** True when every chart shows the last report given to {@link #show}. */
    boolean settled() {
        return frames.idle();
    }

    private static List<String> stepComponents(Variant v, String step) {
        return v.plan().plan().steps().stream().filter(s -> s.id().equals(step)).findFirst()
                .map(s -> s.components()).orElse(List.of());
    }

    private static AreaChart<Number, Number> histogramChart(String title, String xLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("runs");
        AreaChart<Number, Number> chart = new AreaChart<>(x, y);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add(Styles.SIMULATION_CHART);
        return chart;
    }

    private static BarChart<Number, String> barChart(String title, String xLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel(xLabel);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setMinSize(0, 0);
        chart.getStyleClass().add(Styles.SIMULATION_CHART);
        return chart;
    }

    /**
     * Each variant's bins as a step outline (two points per bin, at its start and end, so the area is the
     * histogram), then its percentiles as lines from 0 to just above the tallest bin. A histogram of one value
     * (every run the same) is drawn one unit wide around it.
     */
    private static void fillHistogram(AreaChart<Number, Number> chart, List<Variant> variants,
                                      Function<MonteCarloResult, Histogram> histogram,
                                      Function<MonteCarloResult, Distribution> distribution, String unit) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        int tallest = 1;
        for (Variant v : variants) {
            tallest = Math.max(tallest, histogram.apply(v.batch()).counts().stream().mapToInt(Integer::intValue)
                    .max().orElse(1));
        }
        for (Variant v : variants) {
            Histogram h = histogram.apply(v.batch());
            XYChart.Series<Number, Number> bins = new XYChart.Series<>();
            bins.setName(v.name());
            if (h.max() == h.min()) {
                bins.getData().add(new XYChart.Data<>(h.min() - 0.5, 0));
                bins.getData().add(new XYChart.Data<>(h.min() - 0.5, h.counts().get(0)));
                bins.getData().add(new XYChart.Data<>(h.min() + 0.5, h.counts().get(0)));
                bins.getData().add(new XYChart.Data<>(h.min() + 0.5, 0));
            } else {
                bins.getData().add(new XYChart.Data<>(h.binStart(0), 0));
                for (int i = 0; i < h.bins(); i++) {
                    bins.getData().add(new XYChart.Data<>(h.binStart(i), h.counts().get(i)));
                    bins.getData().add(new XYChart.Data<>(h.binEnd(i), h.counts().get(i)));
                }
                bins.getData().add(new XYChart.Data<>(h.max(), 0));
            }
            all.add(bins);
            Distribution d = distribution.apply(v.batch());
            double[] values = {d.p50(), d.p90(), d.p99()};
            for (int i = 0; i < PERCENTILES.length; i++) {
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.setName(markerName(PERCENTILES[i], values[i], unit, variants.size() > 1 ? v.name() : null));
                line.getData().add(new XYChart.Data<>(values[i], 0));
                line.getData().add(new XYChart.Data<>(values[i], tallest * MARKER_HEADROOM[i]));
                all.add(line);
            }
        }
        replaceData(chart, all);
    }

    /**
     * Shows these series in the chart, reusing its series and data points where their numbers match: a new batch
     * then only moves what is drawn, instead of making new nodes that need styling (the next pulse took 50 to 240 ms
     * of the JavaFX thread at 2 cores under load when every series was new).
     */
    static <X, Y> void replaceData(XYChart<X, Y> chart, List<XYChart.Series<X, Y>> fresh) {
        if (chart.getData().size() != fresh.size()) {
            chart.getData().setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            XYChart.Series<X, Y> old = chart.getData().get(i);
            XYChart.Series<X, Y> now = fresh.get(i);
            old.setName(now.getName());
            if (old.getData().size() != now.getData().size()) {
                old.getData().setAll(List.copyOf(now.getData()));
                continue;
            }
            for (int j = 0; j < now.getData().size(); j++) {
                XYChart.Data<X, Y> was = old.getData().get(j);
                XYChart.Data<X, Y> is = now.getData().get(j);
                was.setXValue(is.getXValue());
                was.setYValue(is.getYValue());
                was.setExtraValue(is.getExtraValue());
            }
        }
    }

    static String markerName(String percentile, double value, String unit, String variant) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
        return percentile + " " + number + (unit.isEmpty() ? "" : " " + unit) + (variant == null ? "" : " (" + variant + ")");
    }

    /** What a bar stands for on the map: its components in a variant. */
    @FunctionalInterface
    private interface Subjects {
        List<String> of(Variant v, String category);
    }

    /**
     * One series per variant over the categories of all of them (the first variant's order, largest first, then
     * the others' new ones; {@value #BARS} in all), drawn largest at the top; a category a variant lacks is 0 for it.
     */
    private void fillBars(BarChart<Number, String> chart, List<Variant> variants,
                          Function<MonteCarloResult, Map<String, Double>> values, Subjects subjects) {
        List<String> categories = new ArrayList<>();
        List<Map<String, Double>> perVariant = new ArrayList<>();
        for (Variant v : variants) {
            Map<String, Double> m = values.apply(v.batch());
            perVariant.add(m);
            m.keySet().stream().limit(BARS).filter(c -> !categories.contains(c)).forEach(categories::add);
        }
        List<String> bottomUp = new ArrayList<>(categories.subList(0, Math.min(BARS, categories.size())));
        java.util.Collections.reverse(bottomUp);
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(bottomUp);
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(v.name());
            for (String c : bottomUp) {
                XYChart.Data<Number, String> bar = new XYChart.Data<>(perVariant.get(i).getOrDefault(c, 0.0), c,
                        subjects.of(v, c));
                bar.nodeProperty().addListener((o, was, node) -> clickable(node, bar));
                series.getData().add(bar);
            }
            all.add(series);
        }
        replaceData(chart, all);
        chart.setLegendVisible(variants.size() > 1);
    }

    /** The components a bar selects (its data's extra value, kept up to date as a new batch reuses the bar). */
    @SuppressWarnings("unchecked")
    static List<String> subjectsOf(XYChart.Data<?, ?> bar) {
        return bar.getExtraValue() instanceof List<?> ids ? (List<String>) ids : List.of();
    }

    private void clickable(Node node, XYChart.Data<Number, String> bar) {
        if (node != null) {
            node.setOnMouseClicked(e -> onSelectComponents.accept(subjectsOf(bar)));
        }
    }

    /** Runs queued work one item at the start of each pulse (an animation timer, stopped when the queue is empty). */
    private static final class OnePerFrame extends AnimationTimer {
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        /** Read by tests off the JavaFX thread. */
        private volatile boolean busy;

        void replace(List<Runnable> work) {
            queue.clear();
            queue.addAll(work);
            busy = !queue.isEmpty();
            if (queue.isEmpty()) {
                stop();
            } else {
                start();
            }
        }

        boolean idle() {
            return !busy;
        }

        @Override
        public void handle(long now) {
            Runnable next = queue.poll();
            if (next != null) {
                next.run();
            }
            if (queue.isEmpty()) {
                busy = false;
                stop();
            }
        }
    }
}
