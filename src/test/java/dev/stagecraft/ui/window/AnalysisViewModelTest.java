package dev.stagecraft.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.ui.render.Diagram;
import dev.stagecraft.ui.render.HighlightedIds;
import dev.stagecraft.ui.render.FixedWidthMeasurer;
import dev.stagecraft.ui.render.Highlighting.NodeState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The view model behind the canvas, without a stage. */
class AnalysisViewModelTest {
    private final DocumentViewModel document = new DocumentViewModel();
    private final ServiceGraph graph = TestGraphs.shop(true);
    private final AnalysisViewModel vm;

    AnalysisViewModelTest() {
        document.setDocument(graph, null, List.of(), null);
        vm = new AnalysisViewModel(document.graphProperty(), new FixedWidthMeasurer(), Runnable::run);
    }

    @Test
    void selectingAComponentShowsItsBlastRadius() {
        vm.select("checkout");
        assertEquals(AnalysisMode.BLAST, vm.modeProperty().get());
        Diagram d = vm.diagramProperty().get();
        assertEquals(Set.of("web", "gateway"), HighlightedIds.in(vm.highlighting(), d, NodeState.OUTAGE));
        assertEquals(Set.of("checkout"), HighlightedIds.in(vm.highlighting(), d, NodeState.SELECTED));
    }

    @Test
    void highlightsFollowEditsOfTheModel() {
        vm.select("checkout");
        Diagram before = vm.diagramProperty().get();
        graph.addComponent(Component.of("mobile", ComponentKind.SERVICE));
        graph.addDependency(Dependency.of("mobile", "gateway"));
        assertNotSame(before, vm.diagramProperty().get(), "a new diagram for the new revision");
        Diagram d = vm.diagramProperty().get();
        assertEquals(Set.of("web", "gateway", "mobile"), HighlightedIds.in(vm.highlighting(), d, NodeState.OUTAGE));
    }

    @Test
    void removingTheSelectedComponentClearsTheSelection() {
        vm.select("events");
        graph.removeComponent("events");
        assertNull(vm.selectionProperty().get());
    }

    @Test
    void openingAnotherDocumentResetsSelectionAndFollowsTheNewGraph() {
        vm.select("auth");
        ServiceGraph other = TestGraphs.shop(false);
        other.removeComponent("web");
        document.setDocument(other, null, List.of(), null);
        assertNull(vm.selectionProperty().get());
        assertEquals(AnalysisMode.NONE, vm.modeProperty().get());
        assertEquals(9, vm.diagramProperty().get().size());
        graph.removeComponent("config");
        assertEquals(9, vm.diagramProperty().get().size(), "the old graph is no longer observed");
    }
}
