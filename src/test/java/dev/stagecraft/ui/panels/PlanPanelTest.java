package dev.stagecraft.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.task.SameThreadExecutor;
import dev.stagecraft.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The plan panel builds its plans through the task executor, so a same-thread one makes it synchronous. */
@ExtendWith(ApplicationExtension.class)
class PlanPanelTest {
    @Start
    void start(Stage stage) {
        // the panel is not shown; the extension starts the toolkit
    }

    @Test
    void plansAreBuiltThroughTheExecutorOnlyWhileShown(FxRobot robot) {
        ServiceGraph graph = TestGraphs.shop(true);
        SameThreadExecutor executor = new SameThreadExecutor();
        PlanPanel[] panel = new PlanPanel[1];
        robot.interact(() -> panel[0] = new PlanPanel(new SimpleObjectProperty<>(new Revision(graph.revision(), graph.copy())),
                () -> graph, () -> executor,
                ids -> { }, () -> { }));
        assertNull(panel[0].planProperty().get());
        assertEquals(0, executor.submitted(), "a hidden panel builds nothing");
        robot.interact(() -> panel[0].setActive(true));
        assertEquals(1, executor.submitted());
        assertNotNull(panel[0].planProperty().get());
        assertEquals(new PlanBuilder(graph, PlanOptions.defaults()).build().steps(),
                panel[0].planProperty().get().steps());
    }

    /** The YAML is made only while its view is on: turned on, it shows the plan's; a new revision, the new plan's. */
    @Test
    void theYamlIsMadeWhenShownAndFollowsTheRevision(FxRobot robot) {
        ServiceGraph graph = TestGraphs.shop(true);
        SameThreadExecutor executor = new SameThreadExecutor();
        SimpleObjectProperty<Revision> revision = new SimpleObjectProperty<>(new Revision(graph.revision(), graph.copy()));
        PlanPanel[] panel = new PlanPanel[1];
        robot.interact(() -> {
            panel[0] = new PlanPanel(revision, () -> graph, () -> executor, ids -> { }, () -> { });
            panel[0].setActive(true);
        });
        javafx.scene.control.ToggleButton toggle =
                (javafx.scene.control.ToggleButton) panel[0].lookup("#plan-show-yaml");
        assertEquals(1, executor.submitted(), "the plan; no YAML made while it is not shown");
        robot.interact(() -> toggle.setSelected(true));
        assertEquals(2, executor.submitted(), "the YAML, made when asked for");
        assertEquals(PlanPanel.shownYaml(panel[0].planProperty().get()), panel[0].yamlText());
        String before = panel[0].yamlText();

        robot.interact(() -> {
            graph.replaceComponent("web", graph.requireComponent("web").withChanging(!graph.requireComponent("web").changing()));
            revision.set(new Revision(graph.revision(), graph.copy()));
        });
        assertEquals(PlanPanel.shownYaml(panel[0].planProperty().get()), panel[0].yamlText(), "the new plan's YAML");
        assertNotEquals(before, panel[0].yamlText(), "web changes or not: another plan");
    }

    /** A start date-time in the Start field plans in calendar time; a wrong one says so and plans in minutes. */
    @Test
    void theStartFieldPlansInCalendarTime(FxRobot robot) {
        ServiceGraph graph = dev.stagecraft.io.nativeyaml.NativeGraphReader.read(
                dev.stagecraft.io.TestFiles.text("governance/windows-and-freeze.yaml"), "calendar.yaml").graph();
        SameThreadExecutor executor = new SameThreadExecutor();
        PlanPanel[] panel = new PlanPanel[1];
        robot.interact(() -> {
            panel[0] = new PlanPanel(new SimpleObjectProperty<>(new Revision(graph.revision(), graph.copy())),
                    () -> graph, () -> executor, ids -> { }, () -> { });
            panel[0].setActive(true);
        });
        assertNull(panel[0].planProperty().get().summary().clock(), "empty: relative minutes");
        robot.interact(() -> {
            panel[0].startField().setText("2026-12-07T09:00");
            panel[0].startField().getOnAction().handle(null);
        });
        robot.sleep(600); // the panel's debounce
        var plan = panel[0].planProperty().get();
        assertNotNull(plan.summary().clock());
        assertEquals("2026-12-09T15:00:00+01:00", plan.summary().clock().end(), "in the governance's zone");
        assertEquals(3240, plan.summary().estimatedMinutes());
        javafx.scene.control.Label summary = (javafx.scene.control.Label) panel[0].lookup("#plan-summary");
        org.junit.jupiter.api.Assertions.assertTrue(summary.getText().contains("2340 min waiting"), summary.getText());
        robot.interact(() -> {
            panel[0].startField().setText("next monday");
            panel[0].startField().getOnAction().handle(null);
        });
        robot.sleep(600);
        assertNull(panel[0].planProperty().get().summary().clock());
        org.junit.jupiter.api.Assertions.assertTrue(summary.getText().startsWith("Start 'next monday' is not a"
                + " date-time"), summary.getText());
        org.junit.jupiter.api.Assertions.assertTrue(panel[0].startField().getStyleClass().contains("invalid"));
    }

    @Test
    void aPlanThatFailsIsShownAsSuchAndReportedAsABug(FxRobot robot) {
        List<Throwable> reported = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("a bug in the plan builder");
        TaskExecutor failing = new TaskExecutor() {
            @Override
            public <T> void submit(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
                onFailed.accept(bug);
            }

            @Override
            public void cancel() {
                // nothing runs
            }
        };
        robot.interact(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((t, e) -> reported.add(e));
            try {
                ServiceGraph shop = TestGraphs.shop(true);
                PlanPanel panel = new PlanPanel(new SimpleObjectProperty<>(new Revision(shop.revision(), shop.copy())),
                        () -> shop, () -> failing,
                        ids -> { }, () -> { });
                panel.setActive(true);
                assertNull(panel.planProperty().get());
            } finally {
                fx.setUncaughtExceptionHandler(before == fx.getThreadGroup() ? null : before);
            }
        });
        assertEquals(List.of(bug), reported);
    }
}
