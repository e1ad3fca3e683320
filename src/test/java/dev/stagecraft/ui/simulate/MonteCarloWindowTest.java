package dev.stagecraft.ui.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.simulation.Histogram;
import dev.stagecraft.simulation.MonteCarlo;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.file.FileDialogs;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.simulate.SimulationViewModel.State;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Monte Carlo window driven like a user, on the window's real task lanes: run, cancel, run again and compare
 * every chart with {@code stagecraft simulate --format json}; a bar click selects on the map; a comparison; export.
 */
@ExtendWith(ApplicationExtension.class)
class MonteCarloWindowTest {
    private static final Path SHOP = SimulationViewModelTest.SHOP;
    private static final ObjectMapper JSON = new ObjectMapper();
    private MainWindow window;
    private ServiceGraph graph;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("stagecraft-monte-carlo-test");
        Preferences prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(dialogs, new RecentFiles(prefs), new RecoveryStore(dir.resolve("recovery")),
                Duration.hours(1));
        graph = NativeGraphReader.read(SHOP).graph();
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, SHOP, List.of(), null);
        window = new MainWindow(stage, document, services);
        window.show();
    }

    /** The Monte Carlo window is the test's own: closed so the next test's lookups cannot find it. */
    @AfterEach
    void closeMonteCarlo(FxRobot robot) {
        robot.interact(() -> {
            model().cancel();
            if (window.monteCarlo().stage() != null) {
                window.monteCarlo().stage().close();
            }
        });
    }

    private SimulationViewModel model() {
        return window.monteCarlo().panel().model();
    }

    private SimulationCharts charts() {
        return window.monteCarlo().panel().charts();
    }

    private void open(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().revision() != null);
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.monteCarlo().stage(), "Shortcut+Shift+M opens the Monte Carlo window");
        assertTrue(window.monteCarlo().stage().isShowing());
    }

    private void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private void runToCompletion(FxRobot robot) throws Exception {
        robot.clickOn("#sim-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().stateProperty().get() == State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> charts().settled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBatchCancelledShowsNoResultAndRunAgainItsChartsAreTheClisNumbers(FxRobot robot) throws Exception {
        open(robot);
        type(robot, "#sim-runs", "1000000");
        robot.clickOn("#sim-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().progressProperty().get() > 0);
        assertEquals(State.RUNNING, model().stateProperty().get(), "a million runs take seconds");
        assertFalse(robot.lookup("#sim-cancel").query().isDisabled());
        robot.clickOn("#sim-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(State.CANCELLED, model().stateProperty().get());
        assertNull(model().result(), "no result shown as complete");
        assertFalse(shown(charts().duration), "no chart shown");
        assertTrue(robot.lookup("#sim-hint").query().isVisible());
        assertFalse(shown(robot.lookup("#sim-summary").query()), "no summary shown");
        assertEquals("Cancelled; no result.", robot.lookup("#sim-message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#sim-export").query().isDisabled());

        type(robot, "#sim-runs", "3000");
        type(robot, "#sim-seed", "9");
        runToCompletion(robot);
        assertTrue(shown(charts().duration));
        JsonNode cli = JSON.readTree(SimulationViewModelTest.cli("simulate", SHOP.toString(), "--runs", "3000", "--seed", "9",
                "--format", "json"));
        assertEquals(3000, cli.get("runs").asInt());
        assertMarkers(charts().duration, 0, cli.get("durationMinutes"));
        assertMarkers(charts().impact, 0, cli.get("impact"));
        assertBars(charts().origins, 0, cli.get("topFailureOrigins"), "component", "share");
        assertBars(charts().halts, 0, cli.get("stepHalts"), "step", "haltProbability");
        MonteCarloResult engine = engineBatch(3000, 9);
        assertBins(charts().duration.getData().get(0), engine.durationHistogram());
        assertBins(charts().impact.getData().get(0), engine.impactHistogram());
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f%%", 100 * cli.get("haltProbability").asDouble()),
                robot.lookup("#sim-summary-2-2").queryAs(Label.class).getText(), "P(halt) in the summary");

        // again on another seed: the charts reuse their bars and lines, and show that batch's numbers
        type(robot, "#sim-seed", "10");
        runToCompletion(robot);
        JsonNode again = JSON.readTree(SimulationViewModelTest.cli("simulate", SHOP.toString(), "--runs", "3000", "--seed",
                "10", "--format", "json"));
        assertMarkers(charts().duration, 0, again.get("durationMinutes"));
        assertMarkers(charts().impact, 0, again.get("impact"));
        assertBars(charts().origins, 0, again.get("topFailureOrigins"), "component", "share");
        assertBars(charts().halts, 0, again.get("stepHalts"), "step", "haltProbability");
        for (XYChart.Data<Number, String> bar : charts().origins.getData().get(0).getData()) {
            assertEquals(List.of(bar.getYValue()), SimulationCharts.subjectsOf(bar), "a reused bar selects its own component");
        }

        // an edit makes a new revision: the numbers stay, marked stale, and nothing runs by itself
        robot.interact(() -> window.editor().actions().addComponent(ComponentKind.SERVICE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().staleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sim-stale").query().isVisible());
        assertEquals(State.DONE, model().stateProperty().get());
        assertNotNull(model().result());
    }

    /** Whether the node and every parent of it are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The p50/p90/p99 lines of variant {@code index} stand at the JSON's percentiles. */
    private static void assertMarkers(XYChart<Number, Number> chart, int index, JsonNode distribution) {
        for (int p = 0; p < SimulationCharts.PERCENTILES.length; p++) {
            XYChart.Series<Number, Number> line = chart.getData().get(index * 4 + 1 + p);
            double expected = distribution.get(SimulationCharts.PERCENTILES[p]).asDouble();
            for (XYChart.Data<Number, Number> d : line.getData()) {
                assertEquals(expected, d.getXValue().doubleValue(), 0.0, chart.getTitle() + " " + line.getName());
            }
            assertTrue(line.getName().startsWith(SimulationCharts.PERCENTILES[p] + " "), line.getName());
        }
        // equal percentiles overlap on the x axis: each line still shows its own top (p50 tallest)
        double[] tops = new double[SimulationCharts.PERCENTILES.length];
        for (int p = 0; p < tops.length; p++) {
            XYChart.Series<Number, Number> line = chart.getData().get(index * 4 + 1 + p);
            tops[p] = line.getData().get(line.getData().size() - 1).getYValue().doubleValue();
        }
        assertTrue(tops[0] > tops[1] && tops[1] > tops[2], java.util.Arrays.toString(tops));
    }

    /** Bars from the top: the JSON's list in order (at most {@link SimulationCharts#BARS}), each at its share. */
    private static void assertBars(XYChart<Number, String> chart, int series, JsonNode list, String key, String value) {
        List<XYChart.Data<Number, String>> bars = new ArrayList<>(chart.getData().get(series).getData());
        java.util.Collections.reverse(bars);
        assertEquals(Math.min(SimulationCharts.BARS, list.size()), bars.size(), chart.getTitle());
        assertTrue(bars.size() > 0, chart.getTitle() + " has bars");
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(list.get(i).get(key).asText(), bars.get(i).getYValue(), chart.getTitle() + " bar " + i);
            assertEquals(100 * list.get(i).get(value).asDouble(), bars.get(i).getXValue().doubleValue(), 1e-9,
                    chart.getTitle() + " " + bars.get(i).getYValue());
        }
    }

    /** The histogram area: per bin its start and end at the bin's count, between a 0 at each end. */
    private static void assertBins(XYChart.Series<Number, Number> area, Histogram h) {
        List<XYChart.Data<Number, Number>> points = area.getData();
        assertEquals(2 * h.bins() + 2, points.size());
        int total = 0;
        for (int i = 0; i < h.bins(); i++) {
            assertEquals(h.binStart(i), points.get(1 + 2 * i).getXValue().doubleValue(), 0.0);
            assertEquals(h.binEnd(i), points.get(2 + 2 * i).getXValue().doubleValue(), 0.0);
            assertEquals(h.counts().get(i).doubleValue(), points.get(1 + 2 * i).getYValue().doubleValue(), 0.0);
            total += points.get(1 + 2 * i).getYValue().intValue();
        }
        assertEquals(h.total(), total);
    }

    /** The same batch straight from the engine, on one thread (the numbers do not depend on threads). */
    private MonteCarloResult engineBatch(int runs, long seed) {
        GraphAnalysis analysis = GraphAnalysis.of(NativeGraphReader.read(SHOP).graph());
        SimulationPlan plan = new SimulationPlan(analysis, new PlanBuilder(analysis, PlanOptions.defaults()).build(),
                PlanOptions.UNLIMITED);
        return new MonteCarlo(new Simulator(plan, Scenario.random()), runs, seed, 1).run();
    }

    private Node barFor(List<String> ids) {
        for (XYChart<Number, String> chart : List.of(charts().origins, charts().halts)) {
            for (XYChart.Data<Number, String> bar : chart.getData().get(0).getData()) {
                if (ids.equals(SimulationCharts.subjectsOf(bar))) {
                    return bar.getNode();
                }
            }
        }
        throw new AssertionError("no bar selects " + ids);
    }

    @Test
    void clickingABarSelectsItsComponentsOnTheMap(FxRobot robot) throws Exception {
        open(robot);
        runToCompletion(robot);
        String top = model().result().main().batch().topFailureOrigins().get(0).component();
        robot.clickOn(barFor(List.of(top)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(top), window.analysis().selection().components());
        String step = model().result().main().batch().stepHalts().get(0).step();
        List<String> members = model().result().main().plan().plan().steps().stream()
                .filter(s -> s.id().equals(step)).findFirst().orElseThrow().components();
        robot.clickOn(barFor(members));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(members, window.analysis().selection().components());
    }

    @Test
    void aComparisonShowsBothVariantsAndTheirDifferences(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#sim-compare");
        robot.clickOn(SimulationSettings.Comparison.MAX_PARALLEL.toString());
        type(robot, "#sim-compare-limit", "1");
        runToCompletion(robot);
        JsonNode cli = JSON.readTree(SimulationViewModelTest.cli("simulate", SHOP.toString(), "--runs", "1000",
                "--compare", "max-parallel=0,1", "--format", "json"));
        JsonNode b = cli.get("comparison").get(1);
        assertEquals(8, charts().duration.getData().size(), "two areas and their three lines each");
        assertEquals("max-parallel=0", charts().duration.getData().get(0).getName());
        assertEquals("max-parallel=1", charts().duration.getData().get(4).getName());
        assertMarkers(charts().duration, 1, b.get("durationMinutes"));
        assertMarkers(charts().impact, 1, b.get("impact"));
        assertEquals(2, charts().origins.getData().size());
        assertEquals(2, charts().halts.getData().size());
        assertEquals("\u0394 max-parallel=1", robot.lookup("#sim-summary-4-0").queryAs(Label.class).getText());
        JsonNode delta = b.get("difference");
        assertEquals(String.format(java.util.Locale.ROOT, "%+.1f", delta.get("durationMinutes").get("p90").asDouble()),
                robot.lookup("#sim-summary-4-5").queryAs(Label.class).getText(), "Δ p90 duration");
        assertEquals(String.format(java.util.Locale.ROOT, "%+.2f pp", 100 * delta.get("haltProbability").asDouble()),
                robot.lookup("#sim-summary-4-2").queryAs(Label.class).getText(), "Δ P(halt)");
    }

    @Test
    void exportWritesTheEnginesReportAsTheCliWritesIt(FxRobot robot) throws Exception {
        open(robot);
        type(robot, "#sim-runs", "1500");
        runToCompletion(robot);
        Path html = dir.resolve("meeting.html");
        Path md = dir.resolve("meeting.md");
        Path cliHtml = dir.resolve("cli.html");
        Path cliMd = dir.resolve("cli.md");
        SimulationViewModelTest.cli("simulate", SHOP.toString(), "--runs", "1500", "-o", cliHtml.toString());
        SimulationViewModelTest.cli("simulate", SHOP.toString(), "--runs", "1500", "-o", cliMd.toString());
        for (Path[] pair : new Path[][] {{html, cliHtml}, {md, cliMd}}) {
            dialogs.files.put(FileDialogs.Purpose.EXPORT_REPORT, pair[0]);
            robot.clickOn("#sim-export");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Files.readString(pair[1], StandardCharsets.UTF_8), Files.readString(pair[0], StandardCharsets.UTF_8),
                    pair[0].getFileName().toString());
        }
        assertTrue(Files.readString(html).contains("<svg"), "the HTML report carries its charts");
        assertEquals(List.of(), dialogs.errors);
    }
}
