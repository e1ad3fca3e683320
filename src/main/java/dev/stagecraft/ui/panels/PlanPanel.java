package dev.stagecraft.ui.panels;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.ui.task.TaskExecutor;
import dev.stagecraft.ui.style.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The rollout plan of the open graph: steps grouped by wave, the summary, a max-parallel setting and
 * the plan's YAML. The plan is the document's latest analysed {@link Revision}'s ({@link Revision#plan}, built
 * from its shared analysis), built through the given {@link TaskExecutor} (off the JavaFX thread) when a revision
 * arrives, and only while the panel is shown; a newer rebuild cancels the older one. A new document empties the
 * panel at once. Choosing a step hands its components to {@code onSelectComponents}.
 */
public final class PlanPanel extends BorderPane {
    private static final Duration DEBOUNCE = Duration.millis(250);
    /**
     * Most characters of the plan's YAML shown in the panel. A 20,000-step plan is 23 MB of YAML, which a
     * text area cannot lay out in reasonable time (it froze the window for seconds); beyond this the text
     * ends with a note, and Export plan… writes the whole file.
     */
    static final int MAX_SHOWN_YAML = 200_000;
    /** Rows of the step list always shown (with the default cell height, in pixels): one row showed nothing. */
    static final int MIN_STEP_ROWS = 4;
    static final double STEP_ROW_HEIGHT = 24;

    /** A row of the step tree: a wave heading (step null) or a step. */
    public record Row(String text, PlanStep step) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ReadOnlyObjectWrapper<RolloutPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final Spinner<Integer> maxParallel = new Spinner<>(0, 10_000, 0);
    private final TreeView<Row> steps = new TreeView<>(new TreeItem<>(new Row("Plan", null)));
    private final TextArea yaml = new TextArea();
    private final Label summary = new Label();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final Supplier<TaskExecutor> executor;
    private final Supplier<ServiceGraph> live;
    private Revision revision;
    /** Whether the panel is on screen; a hidden panel builds no plan (a 20,000-step plan is seconds of CPU). */
    private boolean active;
    /** The graph or settings changed since the last plan was built. */
    private boolean stale = true;

    /** @param executor where plans are built: its own lane, as a new plan cancels the one being built */
    /**
     * @param source the document's latest analysed revision
     * @param live   the graph as it is now (for {@link #planNow()})
     */
    public PlanPanel(ReadOnlyObjectProperty<Revision> source, Supplier<ServiceGraph> live,
                     Supplier<TaskExecutor> executor, Consumer<List<String>> onSelectComponents, Runnable onExport) {
        this.executor = executor;
        this.live = live;
        getStyleClass().add(Styles.PLAN_PANEL);
        maxParallel.setId("plan-max-parallel");
        maxParallel.setEditable(true);
        maxParallel.setPrefWidth(110);
        steps.setId("plan-steps");
        steps.setShowRoot(false);
        yaml.setId("plan-yaml");
        yaml.setEditable(false);
        yaml.getStyleClass().add(Styles.MONOSPACE_TEXT);
        summary.setId("plan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button export = new Button("Export plan\u2026");
        export.setId("plan-export");
        export.setOnAction(e -> onExport.run());
        Label maxLabel = new Label("Max parallel (0 = unlimited)");
        // the controls keep their whole text (a squeezed "Export pl…" said nothing); the summary wraps beside them
        for (javafx.scene.layout.Region r : List.of(maxLabel, maxParallel, export)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox controls = new HBox(8, maxLabel, maxParallel, export, summary);
        HBox.setHgrow(summary, javafx.scene.layout.Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 4, 6));
        steps.setMinHeight(MIN_STEP_ROWS * STEP_ROW_HEIGHT);
        SplitPane split = new SplitPane(steps, yaml);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        setTop(controls);
        setCenter(split);

        debounce.setOnFinished(e -> rebuild());
        maxParallel.valueProperty().addListener((o, was, now) -> planLater());
        steps.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue().step() != null) {
                onSelectComponents.accept(now.getValue().step().components());
            }
        });
        source.addListener((o, was, now) -> attach(now));
        attach(source.get());
    }

    /**
     * Tells the panel whether it is shown. While hidden it only notes that the plan is stale; shown, it
     * builds the plan if it is, and rebuilds after edits.
     */
    public void setActive(boolean value) {
        active = value;
        if (active && stale && revision != null) {
            rebuild();
        }
    }

    private void planLater() {
        stale = true;
        if (active) {
            debounce.playFromStart();
        }
    }

    /** The last plan built, null before the first one is ready. */
    public ReadOnlyObjectProperty<RolloutPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The options the panel's settings stand for. */
    public PlanOptions options() {
        Integer value = maxParallel.getValue();
        return value == null || value <= 0 ? PlanOptions.defaults() : PlanOptions.defaults().withMaxParallel(value);
    }

    /**
     * The plan of the graph as it is now (for export: never stale): the latest revision's when it is the graph's
     * current one, else built on the calling thread.
     */
    public RolloutPlan planNow() {
        ServiceGraph g = live.get();
        Revision r = revision;
        return r != null && r.number() == g.revision() ? r.plan(options()) : new PlanBuilder(g.copy(), options()).build();
    }

    private void attach(Revision r) {
        revision = r;
        stale = true;
        if (r == null) {
            plan.set(null);
            summary.setText("");
            steps.getRoot().getChildren().clear();
            yaml.clear();
        } else if (active) {
            rebuild();
        }
    }

    private void rebuild() {
        debounce.stop();
        Revision r = revision;
        if (r == null) {
            return;
        }
        stale = false;
        PlanOptions options = options();
        executor.get().submit("Plan", progress -> {
            RolloutPlan p = r.plan(options);
            if (progress.isCancelled()) {
                throw new CancellationException("a newer plan is being built");
            }
            return new Built(p, waveItems(p), shownYaml(p));
        }, this::show, failure -> {
            summary.setText("The plan cannot be built: " + failure.getMessage());
            TaskExecutor.reportUnexpected(failure);
        });
    }

    /** A plan with what the panel shows of it, made off the JavaFX thread. */
    private record Built(RolloutPlan plan, List<TreeItem<Row>> waves, String yaml) {
    }

    private void show(Built built) {
        RolloutPlan p = built.plan();
        plan.set(p);
        PlanSummary s = p.summary();
        summary.setText(s.steps() + " steps in " + s.waves() + " waves \u00b7 about " + s.estimatedMinutes()
                + " min \u00b7 at most " + s.maxParallelism() + " at once \u00b7 critical path of the plan (changing components only) "
                + s.criticalPath().minutes() + " min: " + String.join(" \u2192 ", s.criticalPath().path()));
        steps.getRoot().getChildren().setAll(built.waves());
        yaml.setText(built.yaml());
    }

    /** The step tree's rows: a heading per wave with its steps under it. */
    private static List<TreeItem<Row>> waveItems(RolloutPlan p) {
        List<TreeItem<Row>> waves = new ArrayList<>();
        TreeItem<Row> wave = null;
        int current = Integer.MIN_VALUE;
        for (PlanStep step : p.steps()) {
            if (step.wave() != current) {
                current = step.wave();
                wave = new TreeItem<>(new Row("Wave " + current, null));
                wave.setExpanded(true);
                waves.add(wave);
            }
            wave.getChildren().add(new TreeItem<>(new Row(describe(step), step)));
        }
        return waves;
    }

    /** The plan's YAML, cut at {@link #MAX_SHOWN_YAML} characters (at a line end) with a note saying so. */
    static String shownYaml(RolloutPlan p) {
        String text = PlanWriter.toYaml(p);
        if (text.length() <= MAX_SHOWN_YAML) {
            return text;
        }
        int cut = text.lastIndexOf('\n', MAX_SHOWN_YAML) + 1;
        return text.substring(0, cut) + String.format(Locale.ROOT, "# ... %,d more characters: Export plan\u2026"
                + " writes the whole plan%n", text.length() - cut);
    }

    private static String describe(PlanStep step) {
        String stages = step.stages().stream().map(c -> c.percent() + "%").collect(Collectors.joining(" "));
        return step.id() + "  [" + String.join(", ", step.components()) + "]"
                + (stages.isEmpty() ? "" : "  stages " + stages)
                + (step.after().isEmpty() ? "" : "  after " + String.join(", ", step.after()))
                + "  " + step.startMinute() + "\u2013" + step.endMinute() + " min";
    }
}
