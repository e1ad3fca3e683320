package dev.stagecraft.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.timeline.TimelineLayout;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanCriticalPath;
import dev.stagecraft.plan.PlanMetadata;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.StepBlastRadius;
import dev.stagecraft.ui.render.FxTextMeasurer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline view on its own: one canvas whatever the plan's size, painted once per change. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final int STEPS = 20_000;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView(new FxTextMeasurer(), Palette.of(Theme.LIGHT));
        stage.setScene(new Scene(view, 1000, 360));
        stage.show();
    }

    /** A chain of steps, 10 minutes each, 100 per wave, each waiting for the one before. */
    private static TimelineLayout chain(int n) {
        List<PlanStep> steps = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            List<String> after = k == 0 ? List.of() : List.of("s" + (k - 1));
            steps.add(new PlanStep("s" + k, List.of("c" + k), after, k / 100, k * 10, k * 10 + 10, 10,
                    List.of(new CanaryStage(10, 2, List.of()), new CanaryStage(100, 3, List.of())), List.of(),
                    List.of("undo s" + k), 5, StepBlastRadius.NONE));
        }
        RolloutPlan plan = new RolloutPlan(new PlanMetadata("chain", "chain", "sha256:0"),
                new PlanSummary(n, n, (n - 1) / 100 + 1, 1, n * 10, 1, new PlanCriticalPath(n * 10, List.of("s0"))),
                steps, List.of());
        return new TimelineLayout(plan, new int[n]);
    }

    @Test
    void aPlanOfTwentyThousandStepsIsOneCanvasAndScrollsToItsLastStep(FxRobot robot) {
        TimelineLayout big = chain(STEPS);
        robot.interact(() -> view.layoutProperty().set(big));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, view.getChildrenUnmodifiable().size(), "a canvas and two scroll bars, no node per step");
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = view.revealBar("s" + (STEPS - 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(at[0]);
        assertTrue(view.getLayoutBounds().contains(at[0]), at[0] + " in " + view.getLayoutBounds());
        List<List<String>> chosen = new ArrayList<>();
        view.setOnSelectComponents(chosen::add);
        robot.clickOn(view.localToScreen(at[0]));
        assertEquals(List.of(List.of("c" + (STEPS - 1))), chosen);
    }

    @Test
    void itPaintsOncePerChangeAndNotWhenNothingChanged(FxRobot robot) {
        robot.interact(() -> view.layoutProperty().set(chain(50)));
        WaitForAsyncUtils.waitForFxEvents();
        long painted = view.framesPainted();
        robot.interact(() -> {
            view.requestLayout();
            view.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(painted, view.framesPainted(), "a layout pass with nothing new paints nothing");
        assertNull(view.playheadMinuteProperty().get());
        robot.interact(() -> {
            view.playheadMinuteProperty().set(30);
            view.playheadMinuteProperty().set(40);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(painted + 1, view.framesPainted(), "two changes in one pulse, one picture");
        robot.interact(() -> view.selectedComponentsProperty().set(List.of("c7")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.selectedRows().get(7));
        assertEquals(painted + 2, view.framesPainted());
    }
}
