package dev.stagecraft.ui.panels;

import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.diagram.timeline.TimelineText;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStart;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.style.Styles;
import dev.stagecraft.ui.task.TaskExecutor;
import dev.stagecraft.ui.timeline.TimelineView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The rollout plan of the open graph: the max-parallel setting and the summary above the plan's timeline (one bar per
 * step on a minutes axis, by wave, split into canary stages; {@link TimelineView}), with the plan's YAML beside it on
 * demand. The plan is the document's latest analysed {@link Revision}'s ({@link Revision#plan}, built from its shared
 * analysis), built through the given {@link TaskExecutor} (off the JavaFX thread) when a revision arrives, and only
 * while the panel is shown; a newer rebuild cancels the older one. A new document empties the panel at once.
 * Clicking a bar (or Enter on it) hands its step's components to {@code onSelectComponents}; the components selected
 * in the window ({@link #selectedComponentsProperty()}) mark their bars. The window decides what "enlarged" and
 * "detached" mean ({@link #enlargedProperty()}, {@link #detachedProperty()}); the panel only offers the buttons.
 */
public final class PlanPanel extends BorderPane {
    private static final Duration DEBOUNCE = Duration.millis(250);
    /**
     * Most characters of the plan's YAML shown in the panel. A 20,000-step plan is 23 MB of YAML, which a
     * text area cannot lay out in reasonable time (it froze the window for seconds); beyond this the text
     * ends with a note, and Export plan\u2026 writes the whole file.
     */
    static final int MAX_SHOWN_YAML = 200_000;
    /** The timeline always keeps room for its legend, its axis and a few rows (at the normal text size, pixels). */
    static final double MIN_TIMELINE_HEIGHT = 120;

    private final ReadOnlyObjectWrapper<RolloutPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final Spinner<Integer> maxParallel = new Spinner<>(0, 10_000, 0);
    private final TimelineView timeline;
    private final TextArea yaml = new TextArea();
    private final Label summary = new Label();
    private final javafx.scene.control.TextField start = new javafx.scene.control.TextField();
    /** Why the Start field's text was not used, null when it was (or is empty). */
    private String startProblem;
    private final ToggleButton showYaml = new ToggleButton("YAML");
    private final ToggleButton enlarge = new ToggleButton("Enlarge");
    private final ToggleButton detach = new ToggleButton("Detach");
    private final SplitPane split = new SplitPane();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final Supplier<TaskExecutor> executor;
    private final Supplier<ServiceGraph> live;
    private Revision revision;
    /** Whether the panel is on screen; a hidden panel builds no plan (a 20,000-step plan is seconds of CPU). */
    private boolean active;
    /** The graph or settings changed since the last plan was built. */
    private boolean stale = true;

    /**
     * @param source   the document's latest analysed revision
     * @param live     the graph as it is now (for {@link #planNow()})
     * @param executor where plans are built: its own lane, as a new plan cancels the one being built
     */
    public PlanPanel(ReadOnlyObjectProperty<Revision> source, Supplier<ServiceGraph> live,
                     Supplier<TaskExecutor> executor, Consumer<List<String>> onSelectComponents, Runnable onExport) {
        this(source, live, executor, onSelectComponents, onExport, new FxTextMeasurer(), Palette.of(Theme.LIGHT));
    }

    /** With the window's text measurer and palette. */
    public PlanPanel(ReadOnlyObjectProperty<Revision> source, Supplier<ServiceGraph> live,
                     Supplier<TaskExecutor> executor, Consumer<List<String>> onSelectComponents, Runnable onExport,
                     FxTextMeasurer measurer, Palette palette) {
        this.executor = executor;
        this.live = live;
        getStyleClass().add(Styles.PLAN_PANEL);
        timeline = new TimelineView(measurer, palette);
        timeline.setId("plan-timeline");
        timeline.setOnSelectComponents(onSelectComponents);
        timeline.setMinHeight(MIN_TIMELINE_HEIGHT);
        maxParallel.setId("plan-max-parallel");
        maxParallel.setEditable(true);
        maxParallel.setPrefWidth(110);
        yaml.setId("plan-yaml");
        yaml.setEditable(false);
        yaml.getStyleClass().add(Styles.MONOSPACE_TEXT);
        summary.setId("plan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        // the chart's labels are as large as the window's text (which presentation mode enlarges)
        timeline.textSizeProperty().bind(Bindings.createDoubleBinding(() -> summary.getFont().getSize(),
                summary.fontProperty()));
        Button export = new Button("Export plan\u2026");
        export.setId("plan-export");
        export.setOnAction(e -> onExport.run());
        showYaml.setId("plan-show-yaml");
        showYaml.setTooltip(new Tooltip("Show the plan's YAML beside the timeline"));
        enlarge.setId("plan-enlarge");
        enlarge.setTooltip(new Tooltip("Give the plan most of the window, the map above it (Ctrl+Shift+J)"));
        detach.setId("plan-detach");
        detach.setTooltip(new Tooltip("Show the plan in a window of its own"));
        Label maxLabel = new Label("Max parallel (0 = unlimited)");
        Label startLabel = new Label("Start");
        start.setId("plan-start");
        start.setPromptText("none: minutes; e.g. 2026-12-14T09:00");
        start.setPrefColumnCount(17);
        start.setTooltip(new Tooltip("Plan in calendar time from this date-time, within the graph's change windows and"
                + " freezes (its governance: section).\nWrite " + PlanStart.FORMS + ".\nEmpty: relative minutes."));
        start.setOnAction(e -> planLater());
        start.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                planLater();
            }
        });
        startLabel.setLabelFor(start);
        FlowPane controls = new FlowPane(8, 4, maxLabel, maxParallel, startLabel, start, export, showYaml, enlarge,
                detach);
        // the controls keep their whole text (a squeezed "Export pl\u2026" said nothing) and wrap to a second line
        // where the panel is narrow (large text); the summary, under them, wraps across the whole width
        for (Region r : List.of(maxLabel, maxParallel, startLabel, start, export, showYaml, enlarge, detach)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        summary.setMaxWidth(Double.MAX_VALUE);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(0);
        VBox top = new VBox(4, controls, summary);
        top.setPadding(new Insets(4, 6, 4, 6));
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(timeline);
        showYaml.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                split.getItems().setAll(timeline, yaml);
                split.setDividerPositions(0.62);
                yamlIfMissing();
            } else {
                split.getItems().setAll(timeline);
            }
        });
        setTop(top);
        setCenter(split);

        debounce.setOnFinished(e -> rebuild());
        maxParallel.valueProperty().addListener((o, was, now) -> planLater());
        source.addListener((o, was, now) -> attach(now));
        attach(source.get());
    }

    /** The timeline view (its playhead minute is the replay's to drive). */
    public TimelineView timeline() {
        return timeline;
    }

    /** The components selected in the window; their steps' bars are marked. */
    public ObjectProperty<List<String>> selectedComponentsProperty() {
        return timeline.selectedComponentsProperty();
    }

    /** Whether the panel is enlarged (the Enlarge button); the window gives it the room. */
    public BooleanProperty enlargedProperty() {
        return enlarge.selectedProperty();
    }

    /** Whether the panel is in a window of its own (the Detach button); the window moves it there. */
    public BooleanProperty detachedProperty() {
        return detach.selectedProperty();
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

    /** What the YAML view holds (tests: the view is a split pane's item, not found by lookup without a skin). */
    String yamlText() {
        return yaml.getText();
    }

    /** The last plan built, null before the first one is ready. */
    public ReadOnlyObjectProperty<RolloutPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The options the panel's settings stand for. */
    public PlanOptions options() {
        Integer value = maxParallel.getValue();
        PlanOptions options = value == null || value <= 0 ? PlanOptions.defaults()
                : PlanOptions.defaults().withMaxParallel(value);
        String text = start.getText();
        startProblem = null;
        start.getStyleClass().remove(Styles.INVALID);
        if (text != null && !text.isBlank()) {
            try {
                options = options.withStart(PlanStart.parse(text, live.get().metadata().governance()));
            } catch (IllegalArgumentException e) {
                startProblem = "Start " + e.getMessage() + "; planned in relative minutes.";
                start.getStyleClass().add(Styles.INVALID);
            }
        }
        return options;
    }

    /** The Start field (tests). */
    javafx.scene.control.TextField startField() {
        return start;
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
            timeline.layoutProperty().set(null);
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
        // the YAML (a long text at 20,000 steps) only when it is shown; the toggle makes it when it is asked for
        boolean withYaml = showYaml.isSelected();
        building = true;
        executor.get().submit("Plan", progress -> {
            RolloutPlan p = r.plan(options);
            if (progress.isCancelled()) {
                throw new CancellationException("a newer plan is being built");
            }
            return new Built(p, TimelineLayout.of(p, r.analysis()), withYaml ? shownYaml(p) : null);
        }, this::show, failure -> {
            building = false;
            summary.setText("The plan cannot be built: " + failure.getMessage());
            if (!(failure instanceof dev.stagecraft.plan.UnschedulableException)) {
                TaskExecutor.reportUnexpected(failure); // windows that never meet are the graph's, not a bug
            }
        });
    }

    /** A plan with what the panel shows of it, made off the JavaFX thread; {@code yaml} null when not shown. */
    private record Built(RolloutPlan plan, TimelineLayout layout, String yaml) {
    }

    /** The plan whose YAML the text area holds. */
    private RolloutPlan yamlOf;

    /** A plan is being built in the lane (its result, or a newer one's, will come to {@link #show}). */
    private boolean building;

    private void show(Built built) {
        building = false;
        plan.set(built.plan());
        summary.setText((startProblem == null ? "" : startProblem + " ") + TimelineText.summary(built.plan()));
        timeline.layoutProperty().set(built.layout());
        if (built.yaml() != null) {
            yaml.setText(built.yaml());
            yamlOf = built.plan();
        } else {
            yamlIfMissing();
        }
    }

    /** Makes the shown plan's YAML (off the JavaFX thread) when the YAML view is on and holds another plan's. */
    private void yamlIfMissing() {
        RolloutPlan p = plan.get();
        if (!showYaml.isSelected() || p == null || p == yamlOf || building) {
            return; // (a plan being built brings its YAML: a task here would cancel that build in the lane)
        }
        yaml.clear();
        yamlOf = p;
        executor.get().submit("Plan YAML", progress -> shownYaml(p), text -> {
            if (yamlOf == p) {
                yaml.setText(text);
            }
        }, TaskExecutor::reportUnexpected);
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
}
