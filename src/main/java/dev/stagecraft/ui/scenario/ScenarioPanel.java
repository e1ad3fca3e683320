package dev.stagecraft.ui.scenario;

import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.ui.style.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Scenario tab: on the left the scenario (its bad versions and faults, editable, the on-failure policy, the
 * detection minutes, whether it is saved with the graph), on the right the replay: a transport bar (previous event,
 * play/pause, next event, speed, the playhead minute as a slider) over the run's event log, whose current event
 * is selected; choosing an event jumps there and selects its components. Keys while the tab has the focus: Space
 * play/pause, Right next event, Left previous event.
 */
public final class ScenarioPanel extends BorderPane {
    private final ScenarioViewModel scenarios;
    private final ReplayViewModel replay;
    private final ScenarioActions actions;
    private final ListView<Object> entries = new ListView<>();
    private final ListView<SimulationEvent> events = new ListView<>();
    private final Button play = new Button("Play");
    private boolean following;

    /**
     * @param onReplay         called when the user starts looking at the replay (play, scrub, an event): the window
     *                         switches the map to replay colours
     * @param selectComponents selects these components on the map
     */
    public ScenarioPanel(ScenarioViewModel scenarios, ReplayViewModel replay, ScenarioActions actions,
                           Runnable onReplay, Consumer<List<String>> selectComponents) {
        this.scenarios = scenarios;
        this.replay = replay;
        this.actions = actions;
        getStyleClass().add(Styles.SCENARIO_PANEL);
        Region log = eventLog(onReplay, selectComponents);
        SplitPane split = new SplitPane(scenarioEditor(), log);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        setTop(transport(onReplay));
        setCenter(split);
        split.setMinHeight(0);
        events.setMinHeight(0);
        setMinHeight(0);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextField || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                onReplay.run();
                replay.togglePlaying();
            } else if (e.getCode() == KeyCode.RIGHT) {
                onReplay.run();
                replay.nextEvent();
            } else if (e.getCode() == KeyCode.LEFT) {
                onReplay.run();
                replay.previousEvent();
            } else {
                return;
            }
            e.consume();
        });
    }

    // ---- the scenario ---------------------------------------------------------------------

    private Region scenarioEditor() {
        ComboBox<String> saved = new ComboBox<>();
        saved.setId("scenario-saved-list");
        saved.setPromptText("Saved scenarios");
        saved.setTooltip(new Tooltip("Scenarios saved with the graph; choose one to work on it"));
        Runnable fillSaved = () -> {
            saved.getItems().setAll(scenarios.savedNamesProperty().get());
            saved.setVisible(!saved.getItems().isEmpty());
            saved.setManaged(saved.isVisible());
        };
        scenarios.savedNamesProperty().addListener((o, was, now) -> fillSaved.run());
        fillSaved.run();
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                scenarios.open(saved.getValue());
            }
        });
        TextField name = new TextField(scenarios.scenario().name());
        name.setId("scenario-name");
        name.setPrefColumnCount(12);
        name.setTooltip(new Tooltip("The scenario's name in the file ([a-z0-9][a-z0-9._-]*); simulate --scenario NAME runs it"));
        Runnable rename = () -> {
            actions.rename(name.getText());
            name.setText(scenarios.scenario().name()); // a refused name goes back
        };
        name.setOnAction(e -> rename.run());
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                rename.run();
            }
        });
        CheckBox save = new CheckBox("Save with the graph");
        save.setId("scenario-save");
        save.setTooltip(new Tooltip("Keep this scenario in the graph file's scenarios: section (undoable)"));
        save.setSelected(scenarios.savedProperty().get());
        scenarios.savedProperty().addListener((o, was, now) -> save.setSelected(now));
        save.setOnAction(e -> scenarios.setSaved(save.isSelected()));

        ChoiceBox<String> policy = new ChoiceBox<>();
        policy.setId("scenario-on-failure");
        policy.getItems().setAll(SavedScenario.POLICIES);
        policy.setTooltip(new Tooltip("On a failed gate: roll back the failed step only (halt), also what depends on it,"
                + " or everything started"));
        Spinner<Integer> detection = new Spinner<>(0, 100_000, 5);
        detection.setId("scenario-detection");
        detection.setEditable(true);
        detection.setPrefWidth(90);
        detection.setTooltip(new Tooltip("Minutes to notice a bad version that appears after its step completed"));
        Label detectionLabel = new Label("Detection min");

        Label problems = new Label();
        problems.setId("scenario-problems");
        problems.getStyleClass().add(Styles.SCENARIO_PROBLEM);
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);

        entries.setId("scenario-entries");
        entries.setPlaceholder(new Label("Nothing injected: the replay shows the plan going well.\n"
                + "Right-click a component on the map: Fail its new version\u2026 or Take it down\u2026"));
        entries.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        entries.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                actions.editEntry(entries.getSelectionModel().getSelectedIndex());
            }
        });
        Button addBad = button("Add bad version\u2026", "scenario-add-bad", "Add a bad version: ID@K (stage K) or ID@Mm (minute M)",
                actions::addBadVersion);
        Button addFault = button("Add fault\u2026", "scenario-add-fault", "Add a fault: ID@A-Bm (down from minute A to B)",
                actions::addFault);
        Button edit = button("Edit\u2026", "scenario-edit", "Edit the chosen entry (or double-click it)",
                () -> actions.editEntry(entries.getSelectionModel().getSelectedIndex()));
        Button remove = button("Remove", "scenario-remove", "Remove the chosen entry",
                () -> actions.removeEntry(entries.getSelectionModel().getSelectedIndex()));
        edit.disableProperty().bind(entries.getSelectionModel().selectedIndexProperty().lessThan(0));
        remove.disableProperty().bind(edit.disableProperty());

        Runnable show = () -> {
            SavedScenario s = scenarios.scenario();
            following = true;
            try {
                if (!name.isFocused()) {
                    name.setText(s.name());
                }
                policy.setValue(s.onFailure() == null ? "halt" : s.onFailure());
                detection.getValueFactory().setValue(s.detectionMinutes() == null ? 5 : s.detectionMinutes());
                int chosen = entries.getSelectionModel().getSelectedIndex();
                entries.getItems().setAll(s.inject());
                entries.getItems().addAll(s.faults());
                if (chosen >= 0 && chosen < entries.getItems().size()) {
                    entries.getSelectionModel().select(chosen);
                }
            } finally {
                following = false;
            }
        };
        scenarios.scenarioProperty().addListener((o, was, now) -> show.run());
        show.run();
        Runnable showProblems = () -> {
            List<String> lines = new java.util.ArrayList<>(scenarios.problemsProperty().get());
            if (replay.errorProperty().get() != null) {
                lines.add("Cannot simulate: " + replay.errorProperty().get());
            }
            problems.setText(String.join("\n", lines));
            problems.setVisible(!lines.isEmpty());
            problems.setManaged(!lines.isEmpty());
        };
        scenarios.problemsProperty().addListener((o, was, now) -> showProblems.run());
        replay.errorProperty().addListener((o, was, now) -> showProblems.run());
        showProblems.run();
        policy.valueProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                scenarios.setOnFailure(now);
            }
        });
        detection.valueProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                scenarios.setDetectionMinutes(now);
            }
        });

        Region top = flow(new Label("Scenario"), saved, name, save);
        Region settings = flow(new Label("On failure"), policy, detectionLabel, detection);
        Region buttons = flow(addBad, addFault, edit, remove);
        VBox box = new VBox(2, top, settings, buttons, problems, entries);
        VBox.setVgrow(entries, Priority.ALWAYS);
        entries.setMinHeight(2 * 24);
        box.setPadding(new Insets(4, 6, 4, 6));
        box.getStyleClass().add(Styles.SCENARIO_EDITOR);
        // the bottom panels are short at 1280x800: the editor scrolls rather than pushing over the transport bar
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        return scroll;
    }

    static String describe(Object entry) {
        if (entry instanceof SavedScenario.BadVersion b) {
            return b.stage() != null ? "bad version of " + b.component() + " from stage " + b.stage()
                    : "bad version of " + b.component() + " from minute " + b.minute();
        }
        SavedScenario.Outage f = (SavedScenario.Outage) entry;
        return f.component() + " down from minute " + f.from() + " to " + f.to();
    }

    // ---- the replay -----------------------------------------------------------------------

    private Region transport(Runnable onReplay) {
        Button previous = button("\u25c0 Event", "replay-previous", "Previous event (Left)", () -> {
            onReplay.run();
            replay.previousEvent();
        });
        play.setId("replay-play");
        play.setTooltip(new Tooltip("Play / pause (Space)"));
        play.setOnAction(e -> {
            onReplay.run();
            replay.togglePlaying();
        });
        replay.playingProperty().addListener((o, was, now) -> play.setText(now ? "Pause" : "Play"));
        play.setMinWidth(Region.USE_PREF_SIZE);
        Button next = button("Event \u25b6", "replay-next", "Next event (Right)", () -> {
            onReplay.run();
            replay.nextEvent();
        });
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.setId("replay-speed");
        speed.getItems().setAll(ReplayViewModel.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.0f min/s", v);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setValue(replay.speedProperty().get());
        speed.setTooltip(new Tooltip("Plan minutes per second of replay"));
        speed.valueProperty().addListener((o, was, now) -> replay.speedProperty().set(now));
        Slider minute = new Slider(0, 1, 0);
        minute.setId("replay-minute");
        minute.setFocusTraversable(false);
        minute.maxProperty().bind(replay.endMinuteProperty());
        minute.setBlockIncrement(1);
        minute.valueProperty().bindBidirectional(replay.minuteProperty());
        minute.valueChangingProperty().addListener((o, was, now) -> {
            if (now) {
                onReplay.run();
            }
        });
        minute.setOnMousePressed(e -> onReplay.run());
        HBox.setHgrow(minute, Priority.ALWAYS);
        minute.setMaxWidth(Double.MAX_VALUE);
        Label at = new Label();
        at.setId("replay-minute-label");
        at.setMinWidth(Region.USE_PREF_SIZE);
        Runnable showMinute = () -> at.setText("minute " + replay.minuteProperty().get() + " / "
                + replay.endMinuteProperty().get());
        replay.minuteProperty().addListener((o, was, now) -> showMinute.run());
        replay.endMinuteProperty().addListener((o, was, now) -> showMinute.run());
        showMinute.run();
        HBox transport = row(new Label("Replay"), previous, play, next, speed, minute, at);
        transport.getStyleClass().add(Styles.REPLAY_TRANSPORT);
        transport.setPadding(new Insets(4, 6, 2, 6));
        return transport;
    }

    private Region eventLog(Runnable onReplay, Consumer<List<String>> selectComponents) {
        events.setId("replay-events");
        events.getStyleClass().add(Styles.REPLAY_EVENTS);
        events.setPlaceholder(new Label("The run's events appear here once it is simulated."));
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SimulationEvent item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : eventText(item));
            }
        });
        replay.runProperty().addListener((o, was, now) -> {
            following = true;
            try {
                events.getItems().setAll(now == null ? List.of() : now.events());
                selectCurrent();
            } finally {
                following = false;
            }
        });
        replay.currentEventProperty().addListener((o, was, now) -> selectCurrent());
        events.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!following && now.intValue() >= 0) {
                onReplay.run();
                replay.jumpToEvent(now.intValue());
                selectComponents.accept(events.getItems().get(now.intValue()).components());
            }
        });
        AnimationTimer timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    replay.advance((now - last) / 1e9);
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        replay.playingProperty().addListener((o, was, now) -> {
            if (now) {
                timer.start();
            } else {
                timer.stop();
            }
        });
        return events;
    }

    private void selectCurrent() {
        int i = replay.currentEventProperty().get();
        following = true;
        try {
            if (i < 0) {
                events.getSelectionModel().clearSelection();
            } else if (events.getSelectionModel().getSelectedIndex() != i) {
                events.getSelectionModel().select(i);
                events.scrollTo(Math.max(0, i - 3));
            }
        } finally {
            following = false;
        }
    }

    static String eventText(SimulationEvent e) {
        return String.format(Locale.ROOT, "%4d  %-14s %s%s  (%s)", e.minute(), e.type().id(), e.step(),
                e.percent() < 0 ? "" : " " + e.percent() + "%", String.join(", ", e.components()));
    }

    /** The list's entries: the bad versions, then the faults (for tests). */
    public List<Object> entries() {
        return List.copyOf(entries.getItems());
    }

    int chosenEntry() {
        return entries.getSelectionModel().getSelectedIndex();
    }

    /** Controls that wrap to the next line when the tab is narrow, each keeping its whole text. */
    private static Region flow(javafx.scene.Node... nodes) {
        javafx.scene.layout.FlowPane pane = new javafx.scene.layout.FlowPane(6, 3, nodes);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.setPadding(new Insets(2, 0, 2, 0));
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return pane;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 0, 2, 0));
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r && !(n instanceof Slider)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
