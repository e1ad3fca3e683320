package dev.stagecraft.ui.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.render.FxTextMeasurer;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the tooltips over the drawing say: facts of the model, the rollout in force and the revision's analysis. */
@ExtendWith(ApplicationExtension.class)
class CanvasTooltipsTest {
    private CanvasTooltips tips;
    private ServiceGraph graph;
    private DocumentViewModel document;

    @Start
    void start(Stage stage) {
        graph = TestGraphs.shop(true);
        document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        FxTextMeasurer measurer = new FxTextMeasurer();
        AnalysisViewModel analysis = new AnalysisViewModel(document, measurer, Runnable::run);
        GraphCanvas canvas = new GraphCanvas(measurer, Palette.of(Theme.LIGHT));
        canvas.diagramProperty().bind(analysis.diagramProperty());
        canvas.highlightingProperty().bind(analysis.highlightingProperty());
        tips = new CanvasTooltips(canvas, () -> graph, analysis::analysedRevision);
    }

    @Test
    void aComponentsTooltipSaysWhatItIsItsRolloutInForceAndItsBlastRadius(FxRobot robot) {
        String text = tips.describeComponent("auth");
        var auth = graph.requireComponent("auth");
        var rollout = RolloutDefaults.effective(auth);
        var impact = document.revision().analysis().blastRadius().impact("auth");
        assertTrue(text.startsWith(auth.displayName()), text);
        assertTrue(text.contains("tier " + auth.effectiveTier()), text);
        assertTrue(text.contains("Rollout: " + rollout.durationMinutes() + " min"), text);
        assertTrue(text.contains("rollback " + rollout.rollbackMinutes() + " min"), text);
        assertTrue(text.contains(impact.outage().size() + " in outage, " + impact.degraded().size() + " degraded"), text);
        assertNull(tips.describeComponent("no-such-component"));
    }

    @Test
    void aDependencysTooltipSaysWhatAnOutageDoes(FxRobot robot) {
        Dependency d = graph.dependencies().iterator().next();
        String text = tips.describeDependency(d.key());
        assertEquals(graph.requireComponent(d.from()).displayName() + " depends on "
                + graph.requireComponent(d.to()).displayName(), text.lines().findFirst().orElseThrow());
        assertTrue(text.contains(d.isHard() ? "hard: an outage" : "soft: an outage"), text);
    }
}
