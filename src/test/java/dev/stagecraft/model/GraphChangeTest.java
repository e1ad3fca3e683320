package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed change events a {@link ServiceGraph} tells its listeners, one per edit. */
class GraphChangeTest {
    private final ServiceGraph graph = new ServiceGraph();
    private final List<GraphChange> heard = new ArrayList<>();

    GraphChangeTest() {
        graph.addComponent(Component.of("a", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        graph.addComponent(Component.of("b", ComponentKind.DATABASE).withPosition(new Position(100, 0)));
        graph.addDependency(Dependency.of("a", "b"));
        graph.addListener((g, change) -> heard.add(change));
    }

    private void move(String id, double x, double y) {
        graph.replaceComponent(id, graph.requireComponent(id).withPosition(new Position(x, y)));
    }

    @Test
    void movingComponentsInABatchIsOneMoveThatAffectsNoAnalysis() {
        graph.beginUpdate();
        move("a", 10, 20);
        move("b", 30, 40);
        graph.endUpdate();

        assertEquals(List.of(new GraphChange.Moved(java.util.Map.of("a", new Position(10, 20), "b", new Position(30, 40)))),
                heard);
        assertFalse(heard.get(0).affectsAnalysis());
    }

    @Test
    void changingATierIsAPropertyChange() {
        Component before = graph.requireComponent("a");
        graph.replaceComponent("a", before.withTier(0));

        assertEquals(List.of(new GraphChange.PropertyChanged(before, before.withTier(0))), heard);
        assertTrue(heard.get(0).affectsAnalysis());
    }

    @Test
    void movingAndRetieringTogetherIsABatchThatAffectsAnalysis() {
        graph.replaceComponent("a", graph.requireComponent("a").withTier(0).withPosition(new Position(5, 5)));
        graph.beginUpdate();
        move("b", 1, 1);
        graph.replaceComponent("a", graph.requireComponent("a").withTier(1));
        graph.endUpdate();

        assertInstanceOf(GraphChange.PropertyChanged.class, heard.get(0), "a move with another change is no pure move");
        GraphChange batch = heard.get(1);
        assertInstanceOf(GraphChange.Batch.class, batch);
        assertTrue(batch.affectsAnalysis());
    }

    @Test
    void addingAndRemovingAreToldAsSuch() {
        Component c = Component.of("c", ComponentKind.QUEUE);
        graph.addComponent(c);
        graph.addDependency(Dependency.of("a", "c"));
        graph.removeDependency("a", "c");

        assertEquals(List.of(new GraphChange.Added(c, 2), new GraphChange.Added(Dependency.of("a", "c"), 1),
                new GraphChange.Removed(Dependency.of("a", "c"))), heard);
    }

    @Test
    void removingAComponentWithItsDependenciesIsOneBatch() {
        Component b = graph.requireComponent("b");
        graph.removeComponent("b");

        assertEquals(1, heard.size());
        assertEquals(new GraphChange.Batch(List.of(new GraphChange.Removed(Dependency.of("a", "b")),
                new GraphChange.Removed(b))), heard.get(0));
    }

    @Test
    void renamingIsOneChangeThatAffectsAnalysis() {
        graph.replaceComponent("a", graph.requireComponent("a").withId("a2"));

        assertEquals(1, heard.size());
        assertTrue(heard.get(0).affectsAnalysis());
    }
}
