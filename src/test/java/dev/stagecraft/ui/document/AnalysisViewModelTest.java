package dev.stagecraft.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.HighlightedIds;
import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.diagram.Highlighting.NodeState;
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
        vm = new AnalysisViewModel(document, new FixedWidthMeasurer(), Runnable::run);
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
    void aMoveRedoesOnlyTheGeometryAndKeepsTheAnalysis() {
        withAFinding();
        vm.select("checkout");
        Diagram before = vm.diagramProperty().get();
        var highlighting = vm.highlighting();
        int[] findingsReplaced = countFindingsReplaced();
        graph.beginUpdate();
        graph.replaceComponent("web", graph.requireComponent("web").withPosition(new Position(900, -50)));
        graph.replaceComponent("events", graph.requireComponent("events").withPosition(new Position(-400, 700)));
        graph.endUpdate();

        Diagram moved = vm.diagramProperty().get();
        assertNotSame(before, moved, "a new picture for the new positions");
        assertSame(highlighting, vm.highlighting(), "no re-analysis: the same highlighting object");
        assertEquals(0, findingsReplaced[0], "no re-validation");
        Diagram fresh = new Diagram(graph, new FixedWidthMeasurer(), (d, placed) -> { });
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.centerX(i), moved.centerX(i), fresh.id(i));
            assertEquals(fresh.centerY(i), moved.centerY(i), fresh.id(i));
        }
        assertEquals(fresh.bounds(), moved.bounds());
        int web = moved.indexOf("web");
        assertEquals(web, moved.nodeAt(900, -50), "the spatial index knows the new place");
        assertEquals(300, before.centerX(web), "the old diagram is left as it was");
    }

    /**
     * A rename keeps the diagram's numbering, edges and spatial index, and the blast radius of the renamed selection
     * stays on screen throughout: before the new analysis arrives it is the old one's, under the old id, not a
     * frame without highlight (which at 20,000 components meant drawing every edge twice).
     */
    @Test
    void renamingTheSelectionKeepsItsBlastRadiusAndTheDiagramsEdges() {
        dev.stagecraft.ui.task.HeldExecutor analyses = new dev.stagecraft.ui.task.HeldExecutor();
        document.useAnalysisExecutor(analyses);
        vm.select("checkout");
        Diagram before = vm.diagramProperty().get();
        List<Set<String>> shown = new java.util.ArrayList<>();
        vm.highlightingProperty().addListener((o, was, now) -> shown.add(
                HighlightedIds.in(now, vm.diagramProperty().get(), NodeState.OUTAGE)));
        graph.replaceComponent("checkout", graph.requireComponent("checkout").withId("pay"));
        assertEquals("pay", vm.selectionProperty().get(), "the selection follows the rename");
        assertTrue(analyses.holding(), "the renamed revision is still being analysed");
        assertEquals(Set.of("web", "gateway"), HighlightedIds.in(vm.highlighting(), vm.diagramProperty().get(),
                NodeState.OUTAGE), "the old revision's blast radius, under the new id");
        analyses.release();

        Diagram after = vm.diagramProperty().get();
        assertEquals(before.indexOf("checkout"), after.indexOf("pay"));
        assertEquals(-1, after.indexOf("checkout"));
        assertSame(before.spatial(), after.spatial(), "no box moved: the same spatial index");
        assertFalse(shown.isEmpty());
        for (Set<String> outage : shown) {
            assertEquals(Set.of("web", "gateway"), outage, "every highlighting shown during the rename");
        }
        assertEquals(Set.of("pay"), HighlightedIds.in(vm.highlighting(), after, NodeState.SELECTED));
        Diagram fresh = new Diagram(graph, new FixedWidthMeasurer(), (d, placed) -> { });
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.id(i), after.id(i));
        }
        for (int e = 0; e < fresh.edgeCount(); e++) {
            assertEquals(fresh.edgeFrom(e), after.edgeFrom(e));
            assertEquals(fresh.edgeTo(e), after.edgeTo(e));
        }
    }


    /** A component added and selected shows its (empty) blast radius at once, the same as its revision's. */
    @Test
    void aNewComponentShowsItsBlastRadiusBeforeItsRevisionArrives() {
        dev.stagecraft.ui.task.HeldExecutor analyses = new dev.stagecraft.ui.task.HeldExecutor();
        document.useAnalysisExecutor(analyses);
        vm.select("checkout");
        List<Set<String>> dimmed = new java.util.ArrayList<>();
        vm.highlightingProperty().addListener((o, was, now) -> dimmed.add(
                HighlightedIds.in(now, vm.diagramProperty().get(), NodeState.DIM)));
        graph.addComponent(Component.of("fresh", ComponentKind.SERVICE).withPosition(new Position(-500, -500)));
        vm.select("fresh");
        assertTrue(analyses.holding(), "the new revision is still being analysed");
        assertEquals(1, dimmed.size() - 1, "one highlighting for the selection so far");
        analyses.release();

        Diagram d = vm.diagramProperty().get();
        Set<String> others = new java.util.HashSet<>(graph.components().stream().map(Component::id).toList());
        others.remove("fresh");
        assertEquals(Set.of("fresh"), HighlightedIds.in(vm.highlighting(), d, NodeState.SELECTED));
        assertEquals(others, dimmed.get(dimmed.size() - 1));
        for (Set<String> shown : dimmed.subList(1, dimmed.size())) {
            assertEquals(others, shown, "never a frame without the dimming");
        }
    }

    @Test
    void aTierChangeReanalyses() {
        withAFinding();
        vm.select("checkout");
        var highlighting = vm.highlighting();
        int[] findingsReplaced = countFindingsReplaced();
        graph.replaceComponent("web", graph.requireComponent("web").withTier(3));

        assertNotSame(highlighting, vm.highlighting());
        assertEquals(1, findingsReplaced[0]);
    }

    /** An isolated component, so that there are findings and a re-validation sets a new list. */
    private void withAFinding() {
        graph.addComponent(Component.of("lonely", ComponentKind.SERVICE).withPosition(new Position(-300, 0)));
        assertFalse(document.findingsProperty().get().isEmpty());
    }

    /** Counts every time the findings are set anew (an invalidation listener that reads, so each one counts). */
    private int[] countFindingsReplaced() {
        int[] count = {0};
        document.findingsProperty().addListener(o -> {
            count[0]++;
            document.findingsProperty().get();
        });
        document.findingsProperty().get();
        return count;
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
