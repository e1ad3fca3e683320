package dev.stagecraft.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.file.RecentFiles;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.ui.file.ScriptedDialogs;
import dev.stagecraft.ui.window.MainWindow;
import dev.stagecraft.ui.window.WindowServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector in the window at 1280×800: the defaults in force shown in empty fields, and nothing clipped. */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) throws Exception {
        prefs = Preferences.userRoot().node("dev/stagecraft/test/" + UUID.randomUUID());
        WindowServices services = new WindowServices(new ScriptedDialogs(), new RecentFiles(prefs),
                new RecoveryStore(Files.createTempDirectory("stagecraft-inspector-test").resolve("recovery")),
                Duration.hours(1));
        LoadResult shop = NativeGraphReader.read(Files.readString(Path.of("sample-graphs/shop.yaml"), StandardCharsets.UTF_8),
                "shop.yaml");
        ServiceGraph graph = shop.graph();
        // one component of each kind and tier with no rollout settings at all, so every default is in force
        int x = 0;
        for (ComponentKind kind : ComponentKind.values()) {
            for (int tier = 0; tier <= 3; tier++) {
                graph.addComponent(Component.of("bare-" + kind.id() + "-" + tier, kind).withTier(tier)
                        .withPosition(new Position(x += 200, 2000)));
            }
        }
        graph.addComponent(Component.of("untiered", ComponentKind.QUEUE).withPosition(new Position(0, 2200)));
        graph.addComponent(Component.of("runbook", ComponentKind.DATABASE).withName("Orders ledger database")
                .withRollout(Rollout.NONE.withRollback(List.of(
                        "kubectl -n payments-production rollout undo statefulset/orders-ledger-primary",
                        "restore the orders ledger from the snapshot taken before the migration")))
                .withPosition(new Position(200, 2200)));
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document, services);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> window.editor().selection().selectComponents(List.of(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextInputControl field(FxRobot robot, String key) {
        return robot.lookup("#inspector-component-" + key).queryAs(TextInputControl.class);
    }

    @Test
    void emptyFieldsShowTheDefaultsInForceOfTheComponentsKindAndTier(FxRobot robot) {
        List<String> ids = window.document().graph().components().stream().map(Component::id)
                .filter(id -> id.startsWith("bare-") || id.equals("untiered")).toList();
        for (String id : ids) {
            select(robot, id);
            Component c = window.document().graph().requireComponent(id);
            RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
            Map<String, String> expected = Map.of(
                    "durationMinutes", String.valueOf(r.durationMinutes()),
                    "stages", String.join(", ", r.stages().stream().map(String::valueOf).toList()),
                    "bakeMinutes", String.valueOf(r.bakeMinutes()),
                    "failureProbability", String.valueOf(r.failureProbability()),
                    "gates", r.gates().isEmpty() ? "none" : String.join("; ", r.gates().stream().map(InspectorWindowTest::gate).toList()),
                    "rollbackMinutes", String.valueOf(r.rollbackMinutes()),
                    "rollback", "none");
            expected.forEach((key, value) -> {
                TextInputControl f = field(robot, key);
                assertEquals("", f.getText(), id + " " + key + " is not set");
                assertEquals(value, f.getPromptText(), id + " " + key + ": the value in force, as RolloutDefaults gives it");
                assertNotNull(f.getTooltip(), id + " " + key);
                assertTrue(f.getTooltip().getText().contains("default"), f.getTooltip().getText());
                assertTrue(f.getTooltip().getText().contains(c.kind().id() + " of tier " + c.effectiveTier()),
                        f.getTooltip().getText());
            });
            assertEquals(String.valueOf(Component.DEFAULT_TIER), field(robot, "tier").getPromptText());
            assertEquals(id, field(robot, "name").getPromptText(), "an unnamed component shows its id");
        }
    }

    @Test
    void twoSelectedComponentsAreSummarisedAndCanBeMarkedChangingFromTheInspector(FxRobot robot) {
        robot.interact(() -> window.editor().selection().selectComponents(List.of("untiered", "runbook")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label summary = robot.lookup("#inspector-selection-summary").queryAs(javafx.scene.control.Label.class);
        assertTrue(summary.isVisible(), "a multi-selection is not a blank inspector");
        assertEquals("1 database, 1 queue \u00b7 0 of 2 changing", summary.getText());
        robot.clickOn("#inspector-mark-changing");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().graph().requireComponent("untiered").changing());
        assertTrue(window.document().graph().requireComponent("runbook").changing());
        assertEquals("1 database, 1 queue \u00b7 2 of 2 changing",
                robot.lookup("#inspector-selection-summary").queryAs(javafx.scene.control.Label.class).getText());
        javafx.scene.control.Hyperlink link = robot.from(robot.lookup("#inspector-components").queryAs(Node.class))
                .lookup("Component runbook").queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("runbook"), window.editor().selection().components());
    }

    @Test
    void aSetValueIsShownAndItsTooltipStillNamesTheDefault(FxRobot robot) {
        select(robot, "checkout");
        TextInputControl duration = field(robot, "durationMinutes");
        assertEquals("55", duration.getText());
        assertTrue(duration.getTooltip().getText().startsWith("Set for this component; the default for a service of tier 0"),
                duration.getTooltip().getText());
        Component bare = window.document().graph().requireComponent("checkout").withRollout(Rollout.NONE.withStages(
                List.of(1, 5, 25, 50, 100)).withBakeMinutes(10));
        assertTrue(duration.getTooltip().getText().contains(", " + RolloutDefaults.effective(bare).durationMinutes() + ","),
                "the default duration with the stages and bake in force: " + duration.getTooltip().getText());
    }

    @Test
    void gatesRollbackStepsAndDependencyLinksAreShownWholeAt1280x800(FxRobot robot) {
        for (String id : List.of("checkout", "orders", "runbook")) {
            select(robot, id);
            Node inspector = robot.lookup("#inspector").query();
            Bounds box = inspector.localToScene(inspector.getLayoutBounds());
            List<String> clipped = new ArrayList<>();
            for (Node n : robot.from(inspector).lookup((java.util.function.Predicate<Node>) node -> node.getScene() != null).queryAll()) {
                if (!visible(n)) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > box.getMaxX() + 0.5 && b.getWidth() > 0) {
                    clipped.add(describe(n) + " reaches past the inspector's right edge");
                }
                if (n instanceof Labeled l && !(l.getText() == null || l.getText().isEmpty()) && shownText(l) != null
                        && !shownText(l).equals(l.getText())) {
                    clipped.add(describe(n) + " shows '" + shownText(l) + "' of '" + l.getText() + "'");
                }
                if (n instanceof TextField f && width(f.getText(), f) > f.getWidth() - f.getPadding().getLeft()
                        - f.getPadding().getRight()) {
                    clipped.add(describe(n) + " cannot show '" + f.getText() + "' whole");
                }
                if (n instanceof TextArea a) {
                    double room = a.getWidth() - a.getPadding().getLeft() - a.getPadding().getRight() - 24;
                    for (String word : a.getText().split("\\s+")) {
                        if (width(word, a) > room) {
                            clipped.add(describe(n) + " breaks the word '" + word + "'");
                        }
                    }
                }
            }
            assertTrue(clipped.isEmpty(), id + ": " + clipped);
        }
        select(robot, "orders");
        assertEquals("error_rate <= 0.005\np99_latency_ms <= 400", field(robot, "gates").getText());
        assertEquals(List.of(new Gate("error_rate", 0.005), new Gate("p99_latency_ms", 400)),
                window.document().graph().requireComponent("orders").rollout().gates());
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String shownText(Labeled l) {
        return l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse(null);
    }

    private static double width(String text, TextInputControl f) {
        Text t = new Text(text);
        t.setFont(f.getFont());
        return t.getLayoutBounds().getWidth();
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }

    private static String gate(Gate g) {
        double v = g.max();
        return g.metric() + " <= " + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
    }
}
