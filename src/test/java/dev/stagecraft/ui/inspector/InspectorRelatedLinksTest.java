package dev.stagecraft.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The inspector's links to a component's dependencies: a hub gets a bounded list and a line saying how many more,
 * and an edit that changes none of them keeps the same link controls (no rebuild, no styling pass, at every edit).
 */
@ExtendWith(ApplicationExtension.class)
class InspectorRelatedLinksTest {
    private static final int DEPENDENTS = 150;
    private final ServiceGraph graph = new ServiceGraph();
    private AnalysisViewModel analysis;

    @Start
    void start(Stage stage) {
        graph.addComponent(Component.of("hub", ComponentKind.DATABASE));
        graph.addComponent(Component.of("other", ComponentKind.SERVICE));
        for (int i = 0; i < DEPENDENTS; i++) {
            graph.addComponent(Component.of("client-" + i, ComponentKind.SERVICE));
            graph.addDependency(Dependency.of("client-" + i, "hub"));
        }
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(graph, null, List.of(), null);
        analysis = new AnalysisViewModel(document, new FixedWidthMeasurer(), Runnable::run);
        InspectorView view = new InspectorView(new InspectorViewModel(document, analysis.selection()));
        stage.setScene(new Scene(view, 400, 600));
        stage.show();
    }

    @Test
    void aHubListsABoundedNumberOfLinksAndAnUnrelatedEditKeepsThem(FxRobot robot) {
        robot.interact(() -> analysis.select("hub"));
        VBox related = robot.lookup("#inspector-related").queryAs(VBox.class);
        List<Node> links = List.copyOf(related.getChildren());
        assertEquals(InspectorView.MAX_DEPENDENCY_LINKS + 1, links.size());
        assertEquals(InspectorView.MAX_DEPENDENCY_LINKS, links.stream().filter(n -> n instanceof Hyperlink).count());
        assertEquals("\u2026 and " + (DEPENDENTS - InspectorView.MAX_DEPENDENCY_LINKS)
                + " more dependencies (click them on the canvas)", ((Label) links.get(links.size() - 1)).getText());

        robot.interact(() -> graph.replaceComponent("other", graph.requireComponent("other").withTier(2)));
        assertEquals(links.size(), related.getChildren().size());
        for (int i = 0; i < links.size(); i++) {
            assertSame(links.get(i), related.getChildren().get(i), "the same link controls after an unrelated edit");
        }

        robot.interact(() -> graph.removeComponent("client-0"));
        assertEquals("\u2026 and " + (DEPENDENTS - 1 - InspectorView.MAX_DEPENDENCY_LINKS)
                        + " more dependencies (click them on the canvas)",
                ((Label) related.getChildren().get(related.getChildren().size() - 1)).getText(),
                "a removed dependency is gone from the list");
    }
}
