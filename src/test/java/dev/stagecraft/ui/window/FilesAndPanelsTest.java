package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanReader;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.file.FileDialogs.Purpose;
import dev.stagecraft.ui.file.FileDialogs.SaveChoice;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
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

/** Files, safety and the panels, driven like a user with the dialogs answered by a script. */
@ExtendWith(ApplicationExtension.class)
class FilesAndPanelsTest {
    private MainWindow window;
    private ServiceGraph graph;
    private ScriptedDialogs dialogs;
    private Path dir;
    private Preferences prefs;
    private WindowServices services;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("stagecraft-files-test");
        prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        dialogs = new ScriptedDialogs();
        services = new WindowServices(dialogs, new RecentFiles(prefs), new RecoveryStore(dir.resolve("recovery")),
                Duration.millis(100));
        graph = TestGraphs.shop(true);
        graph.addComponent(Component.of("lonely", ComponentKind.SERVICE).withPosition(new Position(900, 40)));
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document, services);
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    @Test
    void saveAsThenReopenGivesTheSameModelAndTheSameBytes(FxRobot robot) throws Exception {
        Path file = dir.resolve("shop.yaml");
        dialogs.files.put(Purpose.SAVE, file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(file));
        byte[] first = Files.readAllBytes(file);
        assertTrue(NativeGraphReader.read(file).graph().sameContentAs(graph));
        assertEquals("shop.yaml \u2014 Stagecraft", window.stage().getTitle());
        assertEquals(file.toAbsolutePath().normalize(), services.recent().files().get(0));

        robot.interact(() -> assertTrue(window.open(file)));
        assertTrue(window.document().graph().sameContentAs(graph));
        Files.delete(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void openingKubernetesManifestsImportsThemInsteadOfRefusingThemAsANativeGraph(FxRobot robot) throws Exception {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n"
                + "    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n"
                + "      containers:\n        - name: api\n          image: acme/api:1\n");
        robot.interact(() -> assertTrue(window.open(file)));
        assertTrue(window.document().graph().contains("api"), "the Deployment became a component");
        assertEquals(null, window.document().file(), "imported: saving asks for a native file name");
    }

    @Test
    void anEditPutsTheUnsavedMarkInTheTitle(FxRobot robot) {
        assertFalse(window.stage().getTitle().startsWith("*"));
        robot.drag(screenPointOf("web")).dropBy(60, 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stage().getTitle().startsWith("*"), window.stage().getTitle());
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.drag(screenPointOf("web")).dropBy(60, 30);
        dialogs.saveChoice = SaveChoice.CANCEL;
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.saveQuestions);
        assertTrue(window.stage().isShowing());
        assertTrue(window.document().dirtyProperty().get());

        javafx.stage.WindowEvent close = new javafx.stage.WindowEvent(window.stage(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> window.stage().getOnCloseRequest().handle(close));
        assertEquals(2, dialogs.saveQuestions);
        assertTrue(close.isConsumed(), "Cancel keeps the window open");
    }

    @Test
    void newWithUnsavedChangesAsksAndDontSaveStartsAnEmptyGraph(FxRobot robot) {
        robot.drag(screenPointOf("web")).dropBy(60, 30);
        dialogs.saveChoice = SaveChoice.DONT_SAVE;
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.saveQuestions);
        assertEquals(0, window.document().graph().componentCount());
    }

    @Test
    void thePlanIsBuiltOnlyOnceItsTabIsShownAndThenFollowsEdits(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.planPanel().planProperty().get(), "a hidden plan panel builds nothing");
        robot.clickOn("Plan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.planPanel().planProperty().get() != null);
        var first = window.planPanel().planProperty().get();
        assertEquals(new PlanBuilder(graph, PlanOptions.defaults()).build().steps(), first.steps());
        robot.interact(() -> graph.removeComponent(graph.components().iterator().next().id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.planPanel().planProperty().get() != first);
        assertEquals(new PlanBuilder(graph, PlanOptions.defaults()).build().steps(),
                window.planPanel().planProperty().get().steps());
    }

    @Test
    void exportedPlanReadsBackWithTheBuildersSteps(FxRobot robot) throws Exception {
        Path file = dir.resolve("plan.yaml");
        dialogs.files.put(Purpose.EXPORT_PLAN, file);
        robot.clickOn("Plan");
        robot.clickOn("#plan-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PlanBuilder(graph, PlanOptions.defaults()).build().steps(), PlanReader.read(file).steps());
    }

    @Test
    void maxParallelSettingReshapesThePlanShownAndExported(FxRobot robot) throws Exception {
        Path file = dir.resolve("plan.json");
        dialogs.files.put(Purpose.EXPORT_PLAN, file);
        robot.clickOn("Plan");
        robot.doubleClickOn("#plan-max-parallel .text-field").write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.planPanel().planProperty().get() != null // null while the new plan is computed
                        && window.planPanel().planProperty().get().summary().maxParallel() == 1);
        assertEquals(1, window.planPanel().planProperty().get().summary().maxParallelism());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(file).startsWith("{"));
        assertEquals(new PlanBuilder(graph, PlanOptions.defaults().withMaxParallel(1)).build().steps(),
                PlanReader.read(file).steps());
    }

    @Test
    void clickingAFindingSelectsItsComponent(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> row = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof dev.stagecraft.model.Finding f && f.subjects().contains("lonely"))
                .findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("lonely", window.analysis().selectionProperty().get());
    }

    @Test
    void ctrlFFindsAComponentEnterSelectsItAndEscClosesTheBarKeepingTheSelection(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("users-d");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("users-db", window.analysis().selectionProperty().get());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#find-bar").query().isVisible());
        assertEquals("users-db", window.analysis().selectionProperty().get(), "Esc closed the bar, not the selection");
        assertEquals(List.of("users-db"), window.editor().selection().components());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.analysis().selectionProperty().get(), "a second Esc, on the canvas, clears it");
    }

    @Test
    void unsavedWorkIsWrittenToARecoveryFileAndOfferedAtTheNextStart(FxRobot robot) throws Exception {
        robot.drag(screenPointOf("web")).dropBy(60, 30);
        ServiceGraph edited = window.document().graph().copy();
        Path recovery = dir.resolve("recovery").resolve("untitled.yaml");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(recovery));

        ScriptedDialogs next = new ScriptedDialogs();
        WindowServices again = new WindowServices(next, new RecentFiles(prefs), services.recovery(), Duration.hours(1));
        DocumentViewModel document = new DocumentViewModel();
        robot.interact(() -> {
            MainWindow restarted = new MainWindow(new Stage(), document, again);
            restarted.offerRecovery();
        });
        assertEquals(1, next.recoverQuestions);
        assertTrue(document.graph().sameContentAs(edited));
        assertTrue(document.dirtyProperty().get());
    }

    @Test
    void aBadFileDroppedOrImportedNamesLineAndColumnAndKeepsTheDocument(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.dot");
        Files.writeString(bad, "digraph g {\n  a -> b;\n  c -> ;\n}\n");
        robot.interact(() -> assertFalse(window.drop(bad)));
        assertSame(graph, window.document().graph());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("broken.dot:3:"), dialogs.errors.get(0));

        dialogs.files.put(Purpose.IMPORT, bad);
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(graph, window.document().graph());
        assertEquals(2, dialogs.errors.size());
    }

    @Test
    void aDroppedDotFileIsImportedAndPlaced(FxRobot robot) throws Exception {
        Path dot = dir.resolve("small.dot");
        Files.writeString(dot, "digraph g {\n  web -> api;\n  api -> db;\n}\n");
        robot.interact(() -> assertTrue(window.drop(dot)));
        ServiceGraph imported = window.document().graph();
        assertEquals(3, imported.componentCount());
        assertTrue(imported.components().stream().allMatch(c -> c.position() != null));
        assertEquals(1, dialogs.texts.size());
    }

    @Test
    void exportWritesTheFormatTheNameSaysAndCompareShowsWhatChanged(FxRobot robot) throws Exception {
        Path dot = dir.resolve("shop.dot");
        Path png = dir.resolve("shop.png");
        dialogs.files.put(Purpose.EXPORT, dot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(dot).startsWith("digraph"), Files.readString(dot));
        dialogs.files.put(Purpose.EXPORT, png);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(png) > 1000);

        Path older = dir.resolve("older.yaml");
        ServiceGraph before = graph.copy();
        before.removeComponent("lonely");
        dev.stagecraft.io.nativeyaml.NativeGraphWriter.save(older, before, null);
        dialogs.files.put(Purpose.COMPARE, older);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, dialogs.texts.size());
        assertTrue(dialogs.texts.get(0).contains("lonely"), dialogs.texts.get(0));
    }

    private Point2D screenPointOf(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas().localToScreen(window.canvas().localPointOf(id));
    }

    @Test
    void theCloseQuestionNamesTheDocumentAsTheTitleDoes(FxRobot robot) {
        robot.interact(() -> window.document().history().execute(new dev.stagecraft.ui.command.EditMetadata(
                window.document().graph(), window.document().graph().metadata().withName("demo"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stage().getTitle().startsWith("*demo "), window.stage().getTitle());
        dialogs.saveChoice = SaveChoice.CANCEL;
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("demo"), dialogs.savedNamesAsked);
    }

    @Test
    void thePlanTabShowsItsControlsWholeAndRoomForTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("Plan");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.planPanel().planProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1280, window.stage().getScene().getWidth(), 1);
        javafx.scene.control.Button export = robot.lookup("#plan-export").queryAs(javafx.scene.control.Button.class);
        String shown = export.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElseThrow();
        assertEquals("Export plan\u2026", shown);
        javafx.scene.Node timeline = robot.lookup("#plan-timeline").query();
        assertTrue(timeline.getLayoutBounds().getHeight() >= 120, "room for the legend, the axis and rows: "
                + timeline.getLayoutBounds());
    }

    @Test
    void exportPlanAlsoWritesTheRunbookAndTheEngineFormatsOfExportPlan(FxRobot robot) throws Exception {
        robot.clickOn("Plan");
        var plan = new PlanBuilder(graph, PlanOptions.defaults()).build();
        var settings = dev.stagecraft.plan.export.ExportSettings.DEFAULTS.withComponents(graph.components());
        for (var type : dev.stagecraft.ui.file.PlanFileType.values()) {
            Path file = dir.resolve("release" + type.suffix());
            dialogs.files.put(Purpose.EXPORT_PLAN, file);
            robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(type.write(plan, settings), Files.readString(file), type.name());
        }
        assertEquals(dev.stagecraft.plan.export.PlanExports.MARKDOWN.exporter().export(plan),
                Files.readString(dir.resolve("release.md")));
        assertEquals(dev.stagecraft.plan.export.PlanExports.ARGO_ROLLOUTS.exporter().export(plan, settings).text(),
                Files.readString(dir.resolve("release.argo-rollouts.yaml")));
        assertEquals(dev.stagecraft.plan.PlanWriter.toYaml(plan), Files.readString(dir.resolve("release.yaml")));
    }

    /** Analysis → Check policy…: its rules' findings join the Findings panel and follow edits; a bad one is an error. */
    @Test
    void aCheckedPolicyAddsItsFindingsAndFollowsEdits(FxRobot robot) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, String.join("\n", List.of(
                "apiVersion: stagecraft/v1",
                "kind: Policy",
                "rules:",
                "  - id: owned",
                "    for: component",
                "    severity: warning",
                "    expression: component.team != ''",
                "    message: every component needs a team",
                "")));
        dialogs.files.put(Purpose.POLICY, policy);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().findingsProperty().get().stream()
                .anyMatch(f -> f.code().equals("owned")));
        var owned = window.document().findingsProperty().get().stream().filter(f -> f.code().equals("owned")).toList();
        assertTrue(owned.stream().anyMatch(f -> f.subjects().equals(List.of("lonely"))
                && f.message().equals("component lonely: every component needs a team (policy rule at " + policy
                + ":4:5)")), owned.toString());
        int before = owned.size();
        robot.interact(() -> window.document().history().execute(new dev.stagecraft.ui.command.EditComponent(
                window.document().graph(), "lonely", window.document().graph().requireComponent("lonely")
                        .withTeam("platform"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().findingsProperty().get().stream()
                .filter(f -> f.code().equals("owned")).count() == before - 1);
        robot.interact(() -> window.document().policyProperty().set(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().findingsProperty().get().stream()
                .noneMatch(f -> f.code().equals("owned")));

        Files.writeString(policy, "apiVersion: stagecraft/v1\nkind: Policy\nrules:\n  - {id: x, for: plan, expression: 'plan.waves +'}\n");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains(policy + ":4:"), dialogs.errors.get(0));
        assertNull(window.document().policyProperty().get());
    }
}
