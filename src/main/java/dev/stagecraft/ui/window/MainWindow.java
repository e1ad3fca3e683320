package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.model.Finding;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.edit.Editor;
import dev.stagecraft.ui.edit.EditorMenus;
import dev.stagecraft.ui.inspector.InspectorView;
import dev.stagecraft.ui.inspector.InspectorViewModel;
import dev.stagecraft.ui.palette.AppIcon;
import dev.stagecraft.ui.palette.ComponentPalette;
import dev.stagecraft.ui.layout.LayoutActions;
import dev.stagecraft.ui.navigate.CanvasTooltips;
import dev.stagecraft.ui.navigate.HoverChain;
import dev.stagecraft.ui.task.AfterFrameExecutor;
import dev.stagecraft.ui.task.DaemonThreads;
import dev.stagecraft.ui.style.Styles;
import dev.stagecraft.ui.task.FxTaskExecutor;
import dev.stagecraft.ui.task.TaskExecutor;
import dev.stagecraft.ui.task.TaskIndicator;
import dev.stagecraft.ui.file.Autosave;
import dev.stagecraft.ui.file.FileDialogs;
import dev.stagecraft.ui.file.PlanFileType;
import dev.stagecraft.plan.export.ExportSettings;
import dev.stagecraft.ui.find.FindBar;
import dev.stagecraft.ui.minimap.Minimap;
import dev.stagecraft.ui.panels.FindingsPanel;
import dev.stagecraft.ui.panels.PlanPanel;
import dev.stagecraft.ui.simulate.SimulationViewModel;
import dev.stagecraft.ui.simulate.SimulationWindow;
import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.ui.scenario.ReplayViewModel;
import dev.stagecraft.ui.scenario.ScenarioActions;
import dev.stagecraft.ui.scenario.ScenarioDialogs;
import dev.stagecraft.ui.scenario.ScenarioViewModel;
import dev.stagecraft.ui.scenario.ScenarioPanel;
import dev.stagecraft.diagram.DiagramExport;
import dev.stagecraft.ui.render.PngExport;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menu bar, graph canvas, status bar. It wires views to the two view models and turns
 * menu actions into calls on them; the look comes from the theme's style sheet.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** The share of the screen a new window takes (each way). */
    public static final double SCREEN_SHARE = 0.8;

    private final Stage stage;
    private final DocumentViewModel document;
    private final AnalysisViewModel analysis;
    private final GraphCanvas canvas;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final Scene scene;
    private final FxTextMeasurer measurer = new FxTextMeasurer();
    private final WindowServices services;
    private final FileActions files;
    private final Autosave autosave;
    private final FindBar findBar;
    /** Where the findings/plan panels start: under a third of the height, the drawing keeps the rest. */
    private static final double PANELS_DIVIDER = 0.7;
    private final Minimap minimap;
    private final PlanPanel planPanel;
    private final PlanPlacement planPlacement;
    private final TabPane panels;
    private final SplitPane split;
    private final Editor editor;
    private final FxTaskExecutor fxExecutor = new FxTaskExecutor();
    private TaskExecutor executor = fxExecutor;
    /** Plans get their own lane: a new plan cancels the one being built, never a layout. */
    private final FxTaskExecutor planLane = new FxTaskExecutor();
    /**
     * A large diagram's spatial index is built here while the window shows it, starting 150 ms late: after an edit
     * at 20,000 components the frame showing it and the edit's analysis come first on the two cores (the canvas
     * at fit needs no index; a hit test before then builds it at once).
     */
    private final DaemonThreads indexing = new DaemonThreads("spatial index", 150);
    private TaskExecutor planExecutor = planLane;
    /** Revisions are analysed in their own lane: a newer revision cancels the analysis of an older one. */
    private final FxTaskExecutor analysisLane = new FxTaskExecutor();
    /** Monte Carlo batches get their own lane: a new batch cancels the one under way, never a plan or a layout. */
    private final FxTaskExecutor simulationLane = new FxTaskExecutor();
    private TaskExecutor simulationExecutor = simulationLane;
    private final SimulationViewModel simulation;
    private final SimulationWindow monteCarlo;
    private final LayoutActions layout;
    /** The replay's runs get their own lane: a newer run cancels the one being computed, never a layout. */
    private final FxTaskExecutor replayLane = new FxTaskExecutor();
    private TaskExecutor replayExecutor = replayLane;
    private final ScenarioViewModel scenarios;
    private final ReplayViewModel replay;
    private final ScenarioActions scenarioActions;
    private final Tab scenarioTab;
    private final BorderPane root;
    private final javafx.scene.Node toolBar;
    private final ComponentPalette palette;
    private final InspectorView inspector;
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final javafx.scene.control.Label presentingHint = new javafx.scene.control.Label("Presenting \u00b7 F11 or Esc to leave");
    private final javafx.animation.FadeTransition hintFade = fadeOut(presentingHint);
    private final javafx.beans.property.BooleanProperty presenting =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenting");
    /** The viewport the last fit chose, while the user has not panned or zoomed since; null otherwise. */
    private Viewport fitted;
    /** At most this share of the window's width for the inspector, and for the palette, whatever the text size. */
    static final double INSPECTOR_MAX_SHARE = 0.27;
    static final double PALETTE_MAX_SHARE = 0.17;
    /** Whether the bottom panels were shown before presenting, to restore them after. */
    private boolean panelsBeforePresenting;

    public MainWindow(Stage stage, DocumentViewModel document) {
        this(stage, document, WindowServices.forUser(stage));
    }

    /** With the dialogs, recent-files list and recovery store given (tests pass doubles). */
    public MainWindow(Stage stage, DocumentViewModel document, WindowServices services) {
        this.stage = stage;
        this.document = document;
        this.services = services;
        files = new FileActions(document, services, measurer, indexing);
        document.useAnalysisExecutor(new AfterFrameExecutor(analysisLane, this::afterNextFrame));
        analysis = new AnalysisViewModel(document, measurer, indexing);
        files.openLargeFilesThrough(() -> executor, analysis::usePrepared);
        scenarios = new ScenarioViewModel(document);
        replay = new ReplayViewModel(document.revisionProperty(), scenarios.scenarioProperty(), analysis.diagramProperty(),
                () -> replayExecutor);
        analysis.replayProperty().bind(replay.highlightingProperty());
        scenarioActions = new ScenarioActions(scenarios, document::revision, ScenarioDialogs.textInput(stage),
                (header, message) -> services.dialogs().showError(header, message), this::showReplay);
        canvas = new GraphCanvas(measurer, Palette.of(theme.get()));
        canvas.diagramProperty().bind(analysis.diagramProperty());
        canvas.highlightingProperty().bind(analysis.highlightingProperty());
        canvas.paletteProperty().bind(Bindings.createObjectBinding(() -> Palette.of(theme.get()), theme));
        document.graphProperty().addListener((o, was, now) -> fit());

        root = new BorderPane();
        root.getStyleClass().add(Styles.MAIN_WINDOW);
        editor = new Editor(document, analysis, canvas, new EditorMenus.WindowActions() {
            @Override
            public void inspect() {
                inspector.requestFocus();
            }

            @Override
            public void layout() {
                layout.autoLayout();
            }

            @Override
            public void failAtStage(String component) {
                scenarioActions.failAtStage(component);
            }

            @Override
            public void failAtMinute(String component) {
                scenarioActions.failAtMinute(component);
            }

            @Override
            public void takeDown(String component) {
                scenarioActions.takeDown(component);
            }
        });
        canvas.selectedDependencyProperty().bind(editor.selection().dependencyProperty());
        toolBar = MainToolBar.build(this);
        root.setTop(new VBox(new MainMenu(this).menuBar(), toolBar));
        palette = new ComponentPalette(canvas, editor.actions(), canvas.paletteProperty());
        inspector = new InspectorView(new InspectorViewModel(document, editor.selection()));
        root.setLeft(palette);
        root.setRight(inspector);
        // with large text the side panels grow with it (widths in em); capped, the map keeps most of a 1280 window
        inspector.maxWidthProperty().bind(root.widthProperty().multiply(INSPECTOR_MAX_SHARE));
        palette.maxWidthProperty().bind(root.widthProperty().multiply(PALETTE_MAX_SHARE));
        stage.getIcons().setAll(AppIcon.images());
        findBar = new FindBar(document::graph, this::reveal);
        minimap = new Minimap(analysis.diagramProperty(), canvas.paletteProperty(), canvas.viewportProperty(),
                (x, y) -> canvas.centerOn(x, y));
        StackPane centre = new StackPane(canvas, new HoverChain(canvas,
                () -> analysis.analysedRevision() == null ? null : analysis.analysedRevision().snapshot()), editor.overlay(), findBar, minimap,
                presentingHint);
        StackPane.setAlignment(findBar, Pos.TOP_RIGHT);
        // at the top right, in the strip Fit keeps for the legend (which starts at the left): it covers no component
        StackPane.setAlignment(presentingHint, Pos.TOP_RIGHT);
        presentingHint.setId("presenting-hint");
        presentingHint.getStyleClass().add(Styles.PRESENTING_HINT);
        presentingHint.setMouseTransparent(true);
        presentingHint.setVisible(false);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        for (javafx.scene.Node over : List.of(findBar, minimap)) {
            over.visibleProperty().addListener((o, was, now) -> blockOverlays());
            over.boundsInParentProperty().addListener((o, was, now) -> blockOverlays());
        }
        centre.getStyleClass().add(Styles.CANVAS_STACK);
        new CanvasTooltips(canvas, document::graph, analysis::analysedRevision);
        planPanel = new PlanPanel(document.revisionProperty(), document::graph, () -> planExecutor, this::revealAll,
                this::chooseAndExportPlan, measurer, Palette.of(theme.get()));
        planPanel.timeline().paletteProperty().bind(canvas.paletteProperty());
        planPanel.selectedComponentsProperty().bind(analysis.selection().componentsProperty());
        // the replay's minute is the timeline's playhead while the map replays; dragging the playhead scrubs
        analysis.modeProperty().addListener((o, was, now) -> planPanel.timeline().playheadMinuteProperty()
                .set(now == AnalysisMode.REPLAY ? replay.minuteProperty().get() : null));
        replay.minuteProperty().addListener((o, was, now) -> {
            if (analysis.modeProperty().get() == AnalysisMode.REPLAY) {
                planPanel.timeline().playheadMinuteProperty().set(now.intValue());
            }
        });
        planPanel.timeline().playheadMinuteProperty().addListener((o, was, now) -> {
            if (now != null && now != replay.minuteProperty().get()) {
                replay.minuteProperty().set(now);
            }
        });
        Tab findingsTab = new Tab("Findings", new FindingsPanel(document.findingsProperty(), this::reveal));
        findingsTab.setId("tab-findings");
        Tab planTab = new Tab("Plan", planPanel);
        planTab.setId("tab-plan");
        planTab.selectedProperty().addListener((o, was, now) -> planPanel.setActive(now));
        planPanel.setActive(planTab.isSelected());
        scenarioTab = scenarioTab();
        panels = new TabPane(findingsTab, planTab, scenarioTab);
        // presenting a replay: its transport and event log stay on screen (the room plays and scrubs it)
        analysis.modeProperty().addListener((o, was, now) -> {
            if (presenting.get()) {
                showPresentedPanels();
            }
        });
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.getStyleClass().add(Styles.BOTTOM_PANELS);
        split = new SplitPane(centre, panels);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(PANELS_DIVIDER);
        root.setCenter(split);
        planPlacement = new PlanPlacement(planPanel, planTab, panels, split, PANELS_DIVIDER, () -> togglePanels(true),
                presenting::get, stage, root);
        statusBar = new StatusBar(document, analysis, canvas.viewportProperty());
        statusBar.getChildren().add(new TaskIndicator(fxExecutor));
        root.setBottom(statusBar);
        layout = new LayoutActions(document::graph, analysis.diagramProperty()::get, document::history, () -> executor,
                msg -> services.dialogs().showError("Layout", msg), document::revision);
        layout.setOnApplied(() -> javafx.application.Platform.runLater(this::fit));
        Dimension2D size = initialSize(Screen.getPrimary().getVisualBounds());
        scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Esc ends a mouse gesture under way, and then is not also "Clear selection" (consumed, the accelerator
            // does not see it); only without a gesture does it clear the selection. In a text field (the Find bar,
            // the rename field, the inspector) Esc belongs to the field: closing the Find bar keeps what it found.
            if (e.getCode() != KeyCode.ESCAPE) {
                return;
            }
            if (canvas.cancelGesture()) {
                e.consume();
            } else if (presenting.get()) {
                // while presenting Esc leaves presentation mode (as the note says) and nothing else: the blast
                // radius on show stays selected
                setPresenting(false);
                e.consume();
            } else if (!(e.getTarget() instanceof TextInputControl)) {
                analysis.clearSelection();
            }
        });
        applyTheme();
        theme.addListener((o, was, now) -> applyTheme());
        textSize.addListener((o, was, now) -> applyTextSize());
        applyTextSize();
        // JavaFX's own hint sits in the middle of the screen over the plan's controls for five seconds; ours is a
        // corner of the map, and fades
        stage.setFullScreenExitHint("");
        // Esc leaves presentation mode through the key filter above, which keeps the selection; JavaFX's own exit
        // key would leave full screen first, and the same Esc would then also clear the selection
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        // a view that was fitted stays fitted when the canvas changes size (window resized, panels shown or hidden)
        javafx.beans.InvalidationListener refit = o -> {
            if (fitted != null && fitted.equals(canvas.viewportProperty().get())) {
                javafx.application.Platform.runLater(this::fit);
            }
        };
        canvas.widthProperty().addListener(refit);
        canvas.heightProperty().addListener(refit);
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && presenting.get()) {
                setPresenting(false); // Esc or the window manager left full screen
            }
        });
        stage.titleProperty().bind(document.titleProperty());
        stage.setScene(scene);
        simulation = new SimulationViewModel(document.revisionProperty(), document::documentName, () -> simulationExecutor,
                simulationLane.progressProperty(), Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        monteCarlo = new SimulationWindow(stage, new dev.stagecraft.ui.simulate.SimulationPanel(simulation, services.dialogs(), this::selectAndReveal),
                scene.getStylesheets(), Bindings.createDoubleBinding(() -> (double) shownTextSize().pixels(), textSize, presenting),
                TextSize.LARGE.pixels());
        wireCloseAndDrop();
        autosave = new Autosave(services.autosaveInterval(), () -> document.dirtyProperty().get(), files::writeRecovery);
        autosave.start();
    }

    /** The Scenario tab: the scenario's entries, the replay's transport bar and event log. */
    private Tab scenarioTab() {
        ScenarioPanel panel = new ScenarioPanel(scenarios, replay, scenarioActions,
                () -> analysis.modeProperty().set(AnalysisMode.REPLAY),
                ids -> analysis.selection().selectComponents(ids.stream().filter(document.graph()::contains).toList()));
        Tab tab = new Tab("Scenario", panel);
        tab.setId("tab-scenario");
        Runnable activity = () -> replay.setActive(tab.isSelected() || analysis.modeProperty().get() == AnalysisMode.REPLAY);
        tab.selectedProperty().addListener((o, was, now) -> activity.run());
        analysis.modeProperty().addListener((o, was, now) -> activity.run());
        activity.run();
        return tab;
    }

    /** Tells the map which of its corners the Find bar and the minimap lie over, so its legend and key avoid them. */
    private void blockOverlays() {
        List<double[]> boxes = new ArrayList<>();
        for (javafx.scene.Node over : List.of(findBar, minimap)) {
            if (over.isVisible()) {
                javafx.geometry.Bounds b = over.getBoundsInParent();
                if (b.getWidth() > 0 && b.getHeight() > 0) {
                    boxes.add(new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()});
                }
            }
        }
        canvas.setBlocked(boxes);
    }

    /**
     * While presenting, the bottom panels stay only for an enlarged plan timeline or a replay's controls (then on
     * the Scenario tab).
     */
    private void showPresentedPanels() {
        boolean replaying = analysis.modeProperty().get() == AnalysisMode.REPLAY;
        togglePanels(planPlacement != null && planPlacement.isEnlarged() || replaying);
        if (replaying) {
            panels.getSelectionModel().select(scenarioTab);
        }
    }

    /** After a failure is put in from the map: the Scenario tab and the replay's colours. */
    private void showReplay() {
        if (!presenting.get()) {
            togglePanels(true);
        }
        panels.getSelectionModel().select(scenarioTab);
        analysis.modeProperty().set(AnalysisMode.REPLAY);
    }

    public ScenarioViewModel scenarios() {
        return scenarios;
    }

    public ReplayViewModel replay() {
        return replay;
    }

    /**
     * The window's first size on a screen of this usable area: {@value #SCREEN_SHARE} of it, at least
     * {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} where the screen has room for that, never more than the
     * screen. 1920×1080 (1040 usable): 1536×832; 1280×800 or smaller: the whole usable area.
     */
    static Dimension2D initialSize(Rectangle2D screen) {
        return new Dimension2D(Math.min(screen.getWidth(), Math.max(DEFAULT_WIDTH, Math.round(screen.getWidth() * SCREEN_SHARE))),
                Math.min(screen.getHeight(), Math.max(DEFAULT_HEIGHT, Math.round(screen.getHeight() * SCREEN_SHARE))));
    }

    /** Closing asks about unsaved changes; a graph file dropped anywhere on the window opens or is imported. */
    private void wireCloseAndDrop() {
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                closing();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
            if (!dropped.isEmpty()) {
                // Later, so questions and errors are not shown inside the drag-and-drop gesture.
                javafx.application.Platform.runLater(() -> drop(dropped.get(0).toPath()));
            }
        });
    }

    /** Applies styles and lays the window out before it is shown (the first time costs most). */
    public void prepareLayout() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    public void show() {
        stage.show();
        fit();
        // keys go to the drawing first, not to the first field of the inspector
        canvas.requestFocus();
    }

    public DocumentViewModel document() {
        return document;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public Editor editor() {
        return editor;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public LayoutActions layout() {
        return layout;
    }

    /**
     * Runs {@code r} once after the next pulse's layout, that is after the canvas painted that pulse's frame (its
     * animation timer runs before the scene's layout); before the scene exists, at once.
     */
    private void afterNextFrame(Runnable r) {
        if (scene == null) {
            r.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Background work goes through this executor (tests pass a same-thread one). */
    public void useExecutor(TaskExecutor value) {
        executor = value;
        planExecutor = value;
        simulationExecutor = value;
        replayExecutor = value;
        document.useAnalysisExecutor(value);
    }

    public Stage stage() {
        return stage;
    }

    /** Opens a file; on failure shows what is wrong and where, and keeps the current document. */
    public boolean open(Path file) {
        return files.open(file);
    }

    /** A file dropped on the window (or handed over): asks about unsaved changes, then opens or imports it. */
    public boolean drop(Path file) {
        return files.drop(file);
    }

    /** Writes the open document to the recovery directory now (the last-resort handler's first step). */
    public Path saveRecovery() throws IOException {
        return files.saveRecovery();
    }

    /** Offers the recovery files left by a previous session (called once at start). */
    public void offerRecovery() {
        files.offerRecovery();
    }

    public WindowServices services() {
        return services;
    }

    public PlanPanel planPanel() {
        return planPanel;
    }

    /** The Monte Carlo window (Simulate → Monte Carlo…), made on first use. */
    public SimulationWindow monteCarlo() {
        return monteCarlo;
    }

    /**
     * Analysis → Check policy…: reads and compiles a policy file and checks its rules on every revision from now
     * on, the findings in the Findings panel; a file that cannot be read or compiled is an error dialog naming the
     * line and column, and the policy checked before (if any) stays.
     */
    void checkPolicy() {
        services.dialogs().chooseFile(FileDialogs.Purpose.POLICY, null).ifPresent(f -> {
            try {
                document.policyProperty().set(dev.stagecraft.policy.PolicyEngine.compile(
                        dev.stagecraft.policy.PolicyReader.read(f)));
                panels.getSelectionModel().select(0);
                togglePanels(true);
            } catch (dev.stagecraft.io.GraphFormatException e) {
                services.dialogs().showError("The policy cannot be read", e.getMessage());
            } catch (dev.stagecraft.policy.PolicyException e) {
                StringBuilder b = new StringBuilder();
                e.problems().forEach(p -> b.append(p.describe()).append('\n'));
                services.dialogs().showError("The policy does not compile", b.toString().strip());
            }
        });
    }

    void showMonteCarlo() {
        monteCarlo.show();
    }

    /** Selects these components (those the graph has) and pans the view to the first. */
    private void selectAndReveal(List<String> ids) {
        List<String> known = ids.stream().filter(document.graph()::contains).toList();
        analysis.selection().selectComponents(known);
        if (!known.isEmpty()) {
            canvas.centerOn(known.get(0));
        }
    }

    void newDocument() {
        files.newDocument();
    }

    void chooseAndOpen() {
        files.chooseAndOpen();
    }

    void openRecent(Path file) {
        if (!files.openAsked(file) && !java.nio.file.Files.exists(file)) {
            services.recent().remove(file);
        }
    }

    void save() {
        files.save();
    }

    void saveAs() {
        files.saveAs();
    }

    void chooseAndImport() {
        files.chooseAndImport();
    }

    void chooseAndExport() {
        files.chooseAndExport(this::writePicture);
    }

    void chooseAndCompare() {
        files.chooseAndCompare();
    }

    void chooseAndExportPlan() {
        services.dialogs().chooseFile(FileDialogs.Purpose.EXPORT_PLAN, null).ifPresent(f -> {
            try {
                RolloutPlan plan = planPanel.planNow();
                String text = PlanFileType.of(f).write(plan,
                        ExportSettings.DEFAULTS.withComponents(document.graph().components()));
                AtomicFile.write(f, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                services.dialogs().showError("Cannot export the plan to " + f.getFileName(), String.valueOf(e.getMessage()));
            }
        });
    }

    void find() {
        findBar.open();
    }

    void toggleMinimap(boolean shown) {
        minimap.setWanted(shown);
    }

    void togglePanels(boolean shown) {
        if (shown && !split.getItems().contains(panels)) {
            split.getItems().add(panels);
            split.setDividerPositions(planPlacement != null && planPlacement.isEnlarged()
                    ? planPlacement.enlargedDivider() : PANELS_DIVIDER);
            Tab chosen = panels.getSelectionModel().getSelectedItem();
            if (planPlacement != null && !planPlacement.isEnlarged() && chosen != null
                    && "tab-plan".equals(chosen.getId())) {
                // the Plan tab takes the room its timeline needs (the map keeping half), as when it is chosen: at
                // the usual share its header alone filled the panel while presenting
                javafx.application.Platform.runLater(() -> split.setDividerPositions(planPlacement.roomyDivider()));
            }
        } else if (!shown) {
            split.getItems().remove(panels);
        }
    }

    /** Selects a component and pans the view to it. */
    void reveal(String id) {
        if (document.graph().contains(id)) {
            analysis.select(id);
            canvas.centerOn(id);
        }
    }

    private void reveal(Finding f) {
        f.subjects().stream().filter(document.graph()::contains).findFirst().ifPresent(this::reveal);
    }

    /** Selects these components (a plan step's) and pans the view to the first of them. */
    private void revealAll(List<String> ids) {
        List<String> known = ids.stream().filter(document.graph()::contains).toList();
        if (!known.isEmpty()) {
            analysis.selection().selectComponents(known);
            canvas.centerOn(known.get(0));
        }
    }

    /** Gives the plan panel most of the window (the map above it), or back its usual share. */
    void toggleEnlargedPlan() {
        planPlacement.toggleEnlarged();
    }

    private void writePicture(Path file, String extension) throws IOException {
        var d = analysis.diagramProperty().get();
        var h = analysis.highlighting();
        GraphPainter painter = new GraphPainter(Palette.of(theme.get()));
        Viewport v = DiagramExport.layout(d, h, measurer, 1600);
        if (extension.equals("svg")) {
            DiagramExport.writeSvg(DiagramExport.toSvg(d, h, painter, measurer, v), file);
        } else {
            PngExport.writePng(PngExport.toImage(d, h, painter, measurer, v), file);
        }
    }

    private void closing() {
        fxExecutor.cancel();
        planLane.cancel();
        simulationLane.cancel();
        replayLane.cancel();
        analysisLane.cancel();
        autosave.stop();
        files.discardRecovery();
    }

    void undo() {
        document.history().undo();
    }

    void redo() {
        document.history().redo();
    }

    void quit() {
        if (files.confirmDiscard()) {
            closing();
            stage.close();
        }
    }

    /** The size of the window's text: menus, panels, inspector, status bar (the drawing scales with the zoom). */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty presentingProperty() {
        return presenting;
    }

    /**
     * Presentation mode (F11, View → Present): full screen, the palette, inspector, toolbar and bottom panels
     * hidden so the drawing gets the whole screen, the window's text at least {@link TextSize#LARGE}, and the
     * graph fitted again. Leaving it (F11 again, or Esc, which leaves full screen) restores the window.
     */
    public void setPresenting(boolean on) {
        if (presenting.get() == on) {
            return;
        }
        presenting.set(on);
        canvas.setFitMargin(on ? PRESENTING_FIT_MARGIN : GraphCanvas.FIT_MARGIN);
        if (on) {
            panelsBeforePresenting = split.getItems().contains(panels);
            root.setLeft(null);
            root.setRight(null);
            toolBar.setVisible(false);
            toolBar.setManaged(false);
            // the room reads the drawing, not the counts and hints: the status bar's height goes to the names
            statusBar.setVisible(false);
            statusBar.setManaged(false);
            // an enlarged plan stays (the meeting is looking at the timeline), and so does a replay's panel
            showPresentedPanels();
            root.getStyleClass().add(Styles.PRESENTING);
        } else {
            root.setLeft(palette);
            root.setRight(inspector);
            toolBar.setVisible(true);
            toolBar.setManaged(true);
            statusBar.setVisible(true);
            statusBar.setManaged(true);
            togglePanels(panelsBeforePresenting);
            root.getStyleClass().remove(Styles.PRESENTING);
        }
        applyTextSize();
        showPresentingHint(on);
        stage.setFullScreen(on);
        javafx.application.Platform.runLater(() -> {
            // an enlarged plan leaves the presented map more room (PlanPlacement.PRESENTED_MAP_SHARE), and gives the
            // usual room back afterwards
            if (planPlacement.isEnlarged() && split.getItems().contains(panels)) {
                split.setDividerPositions(planPlacement.enlargedDivider());
            }
            fit();
        });
    }

    private StatusBar statusBar;

    /** Fit's margin while presenting, in pixels. */
    static final double PRESENTING_FIT_MARGIN = 16;

    /** The corner note "Presenting · F11 or Esc to leave", shown on entering and faded out after a few seconds. */
    private void showPresentingHint(boolean on) {
        hintFade.stop();
        presentingHint.setVisible(on);
        presentingHint.setOpacity(1);
        if (on) {
            hintFade.playFromStart();
        }
    }

    /** Zooms to fit and remembers it, so that a change of the canvas's size fits again. */
    void fit() {
        canvas.zoomToFit();
        fitted = canvas.viewportProperty().get();
    }

    private static javafx.animation.FadeTransition fadeOut(javafx.scene.Node node) {
        javafx.animation.FadeTransition fade = new javafx.animation.FadeTransition(javafx.util.Duration.seconds(1), node);
        fade.setDelay(javafx.util.Duration.seconds(4));
        fade.setToValue(0);
        fade.setOnFinished(e -> node.setVisible(false));
        return fade;
    }

    void togglePresenting() {
        setPresenting(!presenting.get());
    }

    private void applyTextSize() {
        root.setStyle("-fx-font-size: " + shownTextSize().pixels() + "px;");
        canvas.setTextScale(shownTextSize().pixels() / (double) TextSize.NORMAL.pixels());
    }

    /** The text size asked for, at least {@link TextSize#LARGE} while presenting. */
    private TextSize shownTextSize() {
        return presenting.get() && textSize.get().compareTo(TextSize.LARGE) < 0 ? TextSize.LARGE : textSize.get();
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(theme.get().styleSheet().toExternalForm(),
                MainWindow.class.getResource("/dev/stagecraft/ui/base.css").toExternalForm());
    }
}
