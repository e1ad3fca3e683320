package dev.stagecraft.ui.panels;

import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
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
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The rollout plan of the open graph: steps grouped by wave, the summary, a max-parallel setting and
 * the plan's YAML. The plan is rebuilt off the JavaFX thread, from a copy of the graph, a short while
 * after the last edit (edits in quick succession build one plan). Choosing a step hands its components
 * to {@code onSelectComponents}.
 */
public final class PlanPanel extends BorderPane {
    public static final String STYLE_CLASS = "plan-panel";
    private static final Duration DEBOUNCE = Duration.millis(250);

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
    private final GraphListener onEdit = g -> debounce.playFromStart();
    private ServiceGraph graph;
    private long generation;

    public PlanPanel(ReadOnlyObjectProperty<ServiceGraph> source, Consumer<List<String>> onSelectComponents,
                     Runnable onExport) {
        getStyleClass().add(STYLE_CLASS);
        maxParallel.setId("plan-max-parallel");
        maxParallel.setEditable(true);
        maxParallel.setPrefWidth(110);
        steps.setId("plan-steps");
        steps.setShowRoot(false);
        yaml.setId("plan-yaml");
        yaml.setEditable(false);
        yaml.getStyleClass().add("monospace-text");
        summary.setId("plan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button export = new Button("Export plan\u2026");
        export.setId("plan-export");
        export.setOnAction(e -> onExport.run());
        HBox controls = new HBox(8, new Label("Max parallel (0 = unlimited)"), maxParallel, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, controls, summary, steps);
        VBox.setVgrow(steps, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(6));
        SplitPane split = new SplitPane(left, yaml);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        setCenter(split);

        debounce.setOnFinished(e -> rebuild());
        maxParallel.valueProperty().addListener((o, was, now) -> debounce.playFromStart());
        steps.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue().step() != null) {
                onSelectComponents.accept(now.getValue().step().components());
            }
        });
        source.addListener((o, was, now) -> attach(now));
        attach(source.get());
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

    /** Builds the plan of the graph as it is now, on the calling thread (for export: never stale). */
    public RolloutPlan planNow() {
        return new PlanBuilder(graph, options()).build();
    }

    private void attach(ServiceGraph g) {
        if (graph != null) {
            graph.removeListener(onEdit);
        }
        graph = g;
        if (g != null) {
            g.addListener(onEdit);
            rebuild();
        }
    }

    private void rebuild() {
        debounce.stop();
        long ticket = ++generation;
        ServiceGraph copy = graph.copy();
        PlanOptions options = options();
        Task<RolloutPlan> task = new Task<>() {
            @Override
            protected RolloutPlan call() {
                return new PlanBuilder(copy, options).build();
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == generation) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (ticket == generation) {
                summary.setText("The plan cannot be built: " + task.getException().getMessage());
            }
        });
        Thread worker = new Thread(task, "stagecraft-plan");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(RolloutPlan p) {
        plan.set(p);
        PlanSummary s = p.summary();
        summary.setText(s.steps() + " steps in " + s.waves() + " waves \u00b7 about " + s.estimatedMinutes()
                + " min \u00b7 at most " + s.maxParallelism() + " at once \u00b7 critical path "
                + s.criticalPath().minutes() + " min: " + String.join(" \u2192 ", s.criticalPath().path()));
        TreeItem<Row> root = steps.getRoot();
        root.getChildren().clear();
        TreeItem<Row> wave = null;
        int current = Integer.MIN_VALUE;
        for (PlanStep step : p.steps()) {
            if (step.wave() != current) {
                current = step.wave();
                wave = new TreeItem<>(new Row("Wave " + current, null));
                wave.setExpanded(true);
                root.getChildren().add(wave);
            }
            wave.getChildren().add(new TreeItem<>(new Row(describe(step), step)));
        }
        yaml.setText(PlanWriter.toYaml(p));
    }

    private static String describe(PlanStep step) {
        String stages = step.stages().stream().map(c -> c.percent() + "%").collect(Collectors.joining(" "));
        return step.id() + "  [" + String.join(", ", step.components()) + "]"
                + (stages.isEmpty() ? "" : "  stages " + stages)
                + (step.after().isEmpty() ? "" : "  after " + String.join(", ", step.after()))
                + "  " + step.startMinute() + "\u2013" + step.endMinute() + " min";
    }
}
