package dev.stagecraft.ui.simulate;

import dev.stagecraft.simulation.Distribution;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.OnFailure;
import dev.stagecraft.simulation.report.SimulationReport;
import dev.stagecraft.simulation.report.Variant;
import dev.stagecraft.ui.file.FileDialogs;
import dev.stagecraft.ui.simulate.SimulationSettings.Comparison;
import dev.stagecraft.ui.style.Styles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Monte Carlo panel: the batch's fields, Run / Cancel with a progress bar, the summary of every variant with
 * the differences, the four {@link SimulationCharts charts}, and Export report… It only binds to its
 * {@link SimulationViewModel}; the work and the state live there.
 */
public final class SimulationPanel extends BorderPane {
    /** Height share of the histograms' row; the bar charts get the rest. */
    static final double HISTOGRAM_ROW_PERCENT = 46;
    private final SimulationViewModel model;
    private final FileDialogs dialogs;
    private final SimulationCharts charts;
    private final GridPane summary = new GridPane();
    private final javafx.beans.property.BooleanProperty presenting =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenting");

    /**
     * @param onSelectComponents what clicking a failure origin's or a step's bar selects on the map
     */
    public SimulationPanel(SimulationViewModel model, FileDialogs dialogs, Consumer<List<String>> onSelectComponents) {
        this.model = model;
        this.dialogs = dialogs;
        this.charts = new SimulationCharts(onSelectComponents);
        getStyleClass().add(Styles.SIMULATION_PANEL);
        Node fields = fields();
        // presenting, the fields give the charts the screen until Settings is pressed (the room may ask "and with 4?")
        settings.setId("sim-settings");
        settings.setTooltip(new javafx.scene.control.Tooltip("Show the runs, seed, policy and comparison fields"));
        settings.visibleProperty().bind(presenting);
        settings.managedProperty().bind(presenting);
        fields.visibleProperty().bind(presenting.not().or(settings.selectedProperty()));
        fields.managedProperty().bind(fields.visibleProperty());
        setTop(new VBox(4, fields, actions(), notes()));
        setCenter(body());
        model.resultProperty().addListener((o, was, now) -> show(now));
        show(model.result());
    }

    /** The charts, for tests. */
    SimulationCharts charts() {
        return charts;
    }

    public SimulationViewModel model() {
        return model;
    }

    private final javafx.scene.control.ToggleButton settings = new javafx.scene.control.ToggleButton("Settings");

    /**
     * While presenting, the fields are hidden so the numbers and charts get the screen (Run stays), and a Settings
     * button shows them again.
     */
    public javafx.beans.property.BooleanProperty presentingProperty() {
        return presenting;
    }

    private Node fields() {
        TextField runs = field("sim-runs", model.runsProperty(), 8);
        TextField seed = field("sim-seed", model.seedProperty(), 8);
        TextField limit = field("sim-max-parallel", model.maxParallelProperty(), 4);
        ComboBox<OnFailure> policy = new ComboBox<>();
        policy.getItems().setAll(OnFailure.values());
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(OnFailure p) {
                return p == null ? "" : p.id();
            }

            @Override
            public OnFailure fromString(String text) {
                return OnFailure.parse(text).orElse(OnFailure.HALT);
            }
        });
        policy.setId("sim-on-failure");
        policy.valueProperty().bindBidirectional(model.onFailureProperty());
        ComboBox<Comparison> compare = new ComboBox<>();
        compare.getItems().setAll(Comparison.values());
        compare.setId("sim-compare");
        compare.valueProperty().bindBidirectional(model.comparisonProperty());
        TextField otherLimit = field("sim-compare-limit", model.compareLimitProperty(), 4);
        Label otherLimitLabel = new Label("max parallel");
        Button chooseFile = new Button("Choose graph\u2026");
        chooseFile.setId("sim-compare-file");
        chooseFile.setOnAction(e -> dialogs.chooseFile(FileDialogs.Purpose.COMPARE, model.compareFileProperty().get())
                .ifPresent(model.compareFileProperty()::set));
        Label fileName = new Label();
        fileName.setId("sim-compare-file-name");
        fileName.textProperty().bind(Bindings.createStringBinding(() -> model.compareFileProperty().get() == null
                ? "none chosen" : model.compareFileProperty().get().getFileName().toString(), model.compareFileProperty()));
        for (Node n : List.of(otherLimit, otherLimitLabel)) {
            showWhen(n, Comparison.MAX_PARALLEL);
        }
        for (Node n : List.of(chooseFile, fileName)) {
            showWhen(n, Comparison.GRAPH_FILE);
        }
        FlowPane row = new FlowPane(8, 4, labelled("Runs", runs), labelled("Seed", seed),
                labelled("On failure", policy), labelled("Max parallel (0 = unlimited)", limit),
                labelled("Compare with", compare), otherLimitLabel, otherLimit, chooseFile, fileName);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 8, 0, 8));
        return row;
    }

    private void showWhen(Node n, Comparison c) {
        n.visibleProperty().bind(model.comparisonProperty().isEqualTo(c));
        n.managedProperty().bind(n.visibleProperty());
    }

    private Node actions() {
        Button run = new Button("Run");
        run.setId("sim-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.inputProblemProperty().isNotEmpty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("sim-cancel");
        cancel.disableProperty().bind(model.runningBinding().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("sim-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        Label message = new Label();
        message.setId("sim-message");
        message.textProperty().bind(model.messageProperty());
        Button export = new Button("Export report\u2026");
        export.setId("sim-export");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> export());
        Region gap = new Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, run, cancel, bar, message, gap, settings, export);
        for (Region r : List.of(run, cancel, settings, export)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 8, 0, 8));
        return row;
    }

    private Node notes() {
        Label problem = new Label();
        problem.setId("sim-problem");
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(model.inputProblemProperty());
        problem.visibleProperty().bind(model.inputProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label stale = new Label("The graph changed since this batch ran: these numbers are of the earlier graph. Run again to update them.");
        stale.setId("sim-stale");
        stale.getStyleClass().add(Styles.SIMULATION_STALE);
        stale.visibleProperty().bind(model.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        for (Label l : List.of(problem, stale)) {
            l.setWrapText(true);
            l.setPadding(new Insets(0, 8, 0, 8));
        }
        VBox box = new VBox(2, problem, stale);
        return box;
    }

    private Node body() {
        summary.setId("sim-summary");
        summary.getStyleClass().add(Styles.SIMULATION_SUMMARY);
        summary.setHgap(14);
        summary.setVgap(2);
        summary.setPadding(new Insets(6, 8, 4, 8));
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(4);
        List<? extends Node> four = charts.panes();
        for (int i = 0; i < four.size(); i++) {
            grid.add(four.get(i), i % 2, i / 2);
            if (four.get(i) instanceof Region r) {
                r.setMinSize(0, 0); // the grid's shares decide, not the charts' preferred sizes
            }
        }
        grid.setMinSize(0, 0);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            // the bar charts need a text row per bar (the category axis drops labels that do not fit)
            r.setPercentHeight(i == 0 ? HISTOGRAM_ROW_PERCENT : 100 - HISTOGRAM_ROW_PERCENT);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        Label hint = new Label("Run a batch: each run draws bad versions from the components' failureProbability."
                + " The same runs and seed give the numbers of 'stagecraft simulate FILE --runs N --seed S'.");
        hint.setId("sim-hint");
        hint.getStyleClass().add(Styles.SIMULATION_HINT);
        hint.setWrapText(true);
        hint.setPadding(new Insets(24));
        hint.visibleProperty().bind(model.resultProperty().isNull());
        grid.visibleProperty().bind(hint.visibleProperty().not());
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(grid, hint);
        javafx.scene.layout.StackPane.setAlignment(hint, Pos.TOP_LEFT);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(summary, stack);
    }

    private void export() {
        SimulationReport report = model.result();
        if (report == null) {
            return;
        }
        dialogs.chooseFile(FileDialogs.Purpose.EXPORT_REPORT, Path.of("simulation.html")).ifPresent(f -> {
            try {
                model.export(f);
            } catch (IOException e) {
                dialogs.showError("Cannot export the report to " + f.getFileName(), String.valueOf(e.getMessage()));
            }
        });
    }

    /**
     * Shows a report; with none (a batch runs, or was cancelled) the summary and the charts are hidden, not emptied:
     * emptying them changes the charts' sizes and data, which re-lays the four out in one pulse (12 to 19 ms of the
     * JavaFX thread measured at the start of a batch), and the next result does that anyway.
     */
    private void show(SimulationReport report) {
        summary.setVisible(report != null);
        if (report == null) {
            return;
        }
        summary.getChildren().clear();
        charts.show(report);
        String[] header = {"Variant", "Plan min", "P(halt)", "P(rollback)", "p50", "p90", "p99", "mean",
            "p50", "p90", "p99", "mean"};
        summary.add(cell("Duration (min)", Styles.SIMULATION_HEADER), 4, 0, 4, 1);
        summary.add(cell("Impact", Styles.SIMULATION_HEADER), 8, 0, 4, 1);
        for (int c = 0; c < header.length; c++) {
            summary.add(cell(header[c], Styles.SIMULATION_HEADER), c, 1);
        }
        int row = 2;
        for (Variant v : report.variants()) {
            addRow(row++, values(v), null);
        }
        Variant base = report.main();
        for (Variant v : report.others()) {
            addRow(row++, difference(v, base), Styles.SIMULATION_DIFFERENCE);
        }
        for (Variant v : report.variants()) {
            String waits = signOffs(v);
            if (waits != null) {
                Label l = cell(waits, null);
                l.setId("sim-signoffs-" + row);
                summary.add(l, 0, row++, header.length, 1);
            }
        }
    }

    /** How much of a variant's duration is waiting for people, or {@code null} when no step needs a sign-off. */
    static String signOffs(Variant v) {
        Distribution d = v.batch().approvalWaitMinutes();
        if (d == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%s: waiting for sign-offs %s min at p50, %s at p90 (mean %s; latency drawn "
                + "per run from each rule's median and p90)", v.name(), number(d.p50(), 0, false),
                number(d.p90(), 0, false), number(d.mean(), 0, false));
    }

    private void addRow(int row, List<String> cells, String styleClass) {
        for (int c = 0; c < cells.size(); c++) {
            Label l = cell(cells.get(c), styleClass);
            l.setId("sim-summary-" + row + "-" + c);
            summary.add(l, c, row);
        }
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    /** A variant's row, formatted as the engine's reports format it. */
    static List<String> values(Variant v) {
        MonteCarloResult b = v.batch();
        List<String> cells = new ArrayList<>(List.of(v.name(), String.valueOf(v.plan().makespan()),
                percent(b.haltProbability(), false), percent(b.rollbackProbability(), false)));
        cells.addAll(distribution(b.durationMinutes(), 1, false));
        cells.addAll(distribution(b.impact(), 2, false));
        return cells;
    }

    /** "Δ name": the variant minus the main one, signed, shares in percentage points. */
    static List<String> difference(Variant v, Variant base) {
        MonteCarloResult a = base.batch();
        MonteCarloResult b = v.batch();
        List<String> cells = new ArrayList<>(List.of("\u0394 " + v.name(),
                String.format(Locale.ROOT, "%+d", v.plan().makespan() - base.plan().makespan()),
                percent(b.haltProbability() - a.haltProbability(), true),
                percent(b.rollbackProbability() - a.rollbackProbability(), true)));
        cells.addAll(distribution(minus(b.durationMinutes(), a.durationMinutes()), 1, true));
        cells.addAll(distribution(minus(b.impact(), a.impact()), 2, true));
        return cells;
    }

    private static Distribution minus(Distribution x, Distribution y) {
        return new Distribution(x.p50() - y.p50(), x.p90() - y.p90(), x.p99() - y.p99(), x.mean() - y.mean());
    }

    private static List<String> distribution(Distribution d, int digits, boolean signed) {
        return List.of(number(d.p50(), digits, signed), number(d.p90(), digits, signed), number(d.p99(), digits, signed),
                number(d.mean(), digits, signed));
    }

    private static String number(double value, int digits, boolean signed) {
        double v = Math.abs(value) < 0.5 * Math.pow(10, -digits) ? 0 : value;
        return String.format(Locale.ROOT, "%" + (signed ? "+" : "") + "." + digits + "f", v);
    }

    private static String percent(double share, boolean signed) {
        return number(100 * share, 2, signed) + (signed ? " pp" : "%");
    }

    private static Node labelled(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(4, l, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
