package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.StronglyConnected;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.command.AddComponent;
import dev.stagecraft.ui.command.Connect;
import dev.stagecraft.ui.command.EditComponent;
import dev.stagecraft.ui.command.MoveComponents;
import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the real window, every view that shows derived facts reads the one analysed revision of the graph: after an
 * edit, the canvas highlight, the findings (panel and status bar), the plan panel and the hover chain all come from
 * the same {@link Revision}, and the strongly connected components of its snapshot were computed exactly once, by
 * nobody but its analysis. A move computes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class OneRevisionForEveryViewTest {
    private MainWindow window;
    private DocumentViewModel document;
    private ServiceGraph graph;

    @Start
    void start(Stage stage) {
        graph = TestGraphs.shop(true);
        document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        window = new MainWindow(stage, document);
        window.useExecutor(new SameThreadExecutor());
        window.show();
    }

    @Test
    void everyViewReadsTheOneRevisionOfAnEditAndItsSccsRunOnce(FxRobot robot) {
        robot.interact(() -> {
            window.planPanel().setActive(true);
            window.analysis().modeProperty().set(AnalysisMode.CRITICAL);
        });
        List<Runnable> edits = List.of(
                () -> document.history().execute(new AddComponent(graph,
                        Component.of("cache", ComponentKind.CACHE).withPosition(new Position(900, 40)))),
                () -> document.history().execute(new Connect(graph, "checkout", "cache")),
                () -> document.history().execute(new EditComponent(graph, "auth",
                        graph.requireComponent("auth").withTier(0))),
                () -> document.history().undo(),
                () -> document.history().redo());
        for (Runnable edit : edits) {
            robot.interact(edit);
            Revision r = document.revision();
            assertNotNull(r);
            assertEquals(graph.revision(), r.number(), "the revision of the edit was analysed");
            assertEquals(1, StronglyConnected.runsOver(r.snapshot()), "one SCC run for the revision, whoever reads it");
            for (GraphAnalysis.Result result : GraphAnalysis.Result.values()) {
                assertTrue(r.analysis().computations(result) <= 1, result + " at most once");
            }
            assertSame(r, window.analysis().analysedRevision(), "the canvas highlight reads it");
            assertEquals(Highlight.CRITICAL, window.analysis().highlighting().highlight());
            assertSame(r.plan(window.planPanel().options()), window.planPanel().planProperty().get(),
                    "the plan panel shows its plan");
            assertEquals(r.findings(), document.findingsProperty().get(), "the findings are its findings");
            Label status = robot.lookup("#status-findings").queryAs(Label.class);
            assertTrue(status.getText().startsWith(String.valueOf(r.findings().size())), status.getText());
        }

        long before = StronglyConnected.runs();
        Revision last = document.revision();
        robot.interact(() -> document.history().execute(new MoveComponents(graph, Map.of("auth", new Position(5, 5)))));
        assertSame(last, document.revision(), "a move makes no new analysis");
        assertEquals(0, StronglyConnected.runs() - before);
    }

    @Test
    void theFindingsFollowEditsAndUndoThroughTheRevisions(FxRobot robot) {
        List<List<Finding>> seen = new ArrayList<>();
        robot.interact(() -> {
            document.findingsProperty().addListener((o, was, now) -> seen.add(now));
            document.history().execute(new Connect(graph, "auth", "gateway")); // closes a cycle
        });
        List<Finding> withCycle = document.findingsProperty().get();
        assertEquals(GraphAnalysis.of(graph.copy()).findings(), withCycle);
        robot.interact(() -> document.history().undo());
        assertEquals(GraphAnalysis.of(graph.copy()).findings(), document.findingsProperty().get());
        assertEquals(2, seen.size(), "one new list of findings per analysed revision");
    }
}
