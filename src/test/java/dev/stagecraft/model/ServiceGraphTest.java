package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JGraphT adjacency, built on first use, always agrees with the components and dependencies. */
class ServiceGraphTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 50, 400})
    void jgraphtViewAgreesWithTheModelWhenEverItIsFirstAskedFor(int firstAskedAfter) {
        Random random = new Random(firstAskedAfter + 7L);
        ServiceGraph g = new ServiceGraph();
        List<String> ids = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            if (step == firstAskedAfter) {
                assertAgrees(g);
            }
            int action = random.nextInt(10);
            if (action < 3 || ids.size() < 2) {
                String id = "c" + step;
                g.addComponent(Component.of(id, ComponentKind.SERVICE));
                ids.add(id);
            } else if (action < 7) {
                String from = ids.get(random.nextInt(ids.size()));
                String to = ids.get(random.nextInt(ids.size()));
                if (g.dependency(from, to).isEmpty()) {
                    g.addDependency(Dependency.of(from, to));
                }
            } else if (action == 7 && g.dependencyCount() > 0) {
                Dependency d = new ArrayList<>(g.dependencies()).get(random.nextInt(g.dependencyCount()));
                g.removeDependency(d.from(), d.to());
            } else if (action == 8) {
                String id = ids.remove(random.nextInt(ids.size()));
                g.removeComponent(id);
            } else {
                int i = random.nextInt(ids.size());
                String renamed = ids.get(i) + "r";
                g.replaceComponent(ids.get(i), g.requireComponent(ids.get(i)).withId(renamed));
                ids.set(i, renamed);
            }
        }
        assertAgrees(g);
    }

    @Test
    void renamingKeepsEveryPlaceInTheOrderAndRenamingBackRestoresTheGraph() {
        ServiceGraph g = dev.stagecraft.synthetic.GraphGenerator.generate(60, 240, 3);
        ServiceGraph original = g.copy();
        String hub = g.dependencies().stream().map(Dependency::to).findFirst().orElseThrow();
        List<String> expectedIds = g.components().stream().map(c -> c.id().equals(hub) ? "hub" : c.id()).toList();
        List<Dependency.Key> expectedKeys = g.dependencies().stream().map(d -> new Dependency.Key(
                d.from().equals(hub) ? "hub" : d.from(), d.to().equals(hub) ? "hub" : d.to())).toList();

        g.replaceComponent(hub, g.requireComponent(hub).withId("hub"));

        assertEquals(expectedIds, g.components().stream().map(Component::id).toList());
        assertEquals(expectedKeys, g.dependencies().stream().map(Dependency::key).toList());
        assertAgrees(g);
        g.replaceComponent("hub", original.requireComponent(hub));
        assertTrue(g.sameContentAs(original));
        assertAgrees(g);
    }

    @Test
    void aCopyHasTheSameContentAndEditsApart() {
        ServiceGraph g = dev.stagecraft.synthetic.GraphGenerator.generate(40, 120, 5);
        ServiceGraph copy = g.copy();
        assertTrue(copy.sameContentAs(g));
        assertAgrees(copy);
        String first = copy.components().iterator().next().id();
        copy.removeComponent(first);
        assertTrue(g.contains(first), "the original keeps what the copy lost");
        assertEquals(40, g.componentCount());
    }

    @Test
    void aFrozenCopyAnswersAsTheGraphDoesAndRefusesEdits() {
        ServiceGraph g = dev.stagecraft.synthetic.GraphGenerator.generate(60, 240, 9);
        ServiceGraph frozen = g.frozenCopy();
        assertTrue(frozen.frozen());
        assertTrue(frozen.sameContentAs(g));
        assertEquals(g.revision(), frozen.revision());
        for (Component c : g.components()) {
            assertEquals(g.indexOfComponent(c.id()), frozen.indexOfComponent(c.id()));
            assertEquals(g.dependenciesOf(c.id()), frozen.dependenciesOf(c.id()), "what " + c.id() + " depends on");
            assertEquals(new HashSet<>(g.dependentsOf(c.id())), new HashSet<>(frozen.dependentsOf(c.id())));
        }
        for (Dependency d : g.dependencies()) {
            assertEquals(g.indexOfDependency(d.key()), frozen.indexOfDependency(d.key()));
            assertEquals(d, frozen.dependency(d.from(), d.to()).orElseThrow());
        }
        String first = g.components().iterator().next().id();
        assertThrows(IllegalStateException.class, () -> frozen.removeComponent(first));
        assertThrows(IllegalStateException.class, () -> frozen.addComponent(Component.of("new", ComponentKind.SERVICE)));
        assertThrows(IllegalStateException.class, () -> frozen.setMetadata(g.metadata()));
        assertTrue(frozen.sameContentAs(g), "a refused edit changes nothing");
        ServiceGraph editable = frozen.copy();
        assertFalse(editable.frozen());
        editable.removeComponent(first);
        assertEquals(59, editable.componentCount());
        assertAgrees(editable);
        g.removeComponent(first);
        assertTrue(frozen.contains(first), "editing the original leaves the frozen copy as it was");
    }

    @Test
    void neighboursComeFromTheSameAdjacency() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("web", ComponentKind.SERVICE));
        g.addComponent(Component.of("api", ComponentKind.SERVICE));
        g.addComponent(Component.of("db", ComponentKind.DATABASE));
        g.addDependency(Dependency.of("web", "api"));
        g.addDependency(Dependency.of("api", "db"));
        assertEquals(List.of(Dependency.of("api", "db")), g.dependenciesOf("api"));
        assertEquals(List.of(Dependency.of("web", "api")), g.dependentsOf("api"));
        g.replaceComponent("api", g.requireComponent("api").withId("orders"));
        assertEquals(List.of(Dependency.of("orders", "db")), g.dependenciesOf("orders"));
        assertThrows(IllegalArgumentException.class, () -> g.dependenciesOf("api"));
        assertAgrees(g);
    }

    private static void assertAgrees(ServiceGraph g) {
        Graph<String, Dependency.Key> view = g.asJGraphT();
        Set<String> ids = new HashSet<>();
        g.components().forEach(c -> ids.add(c.id()));
        Set<Dependency.Key> keys = new HashSet<>();
        g.dependencies().forEach(d -> keys.add(d.key()));
        assertEquals(ids, view.vertexSet());
        assertEquals(keys, view.edgeSet());
        for (Dependency.Key k : view.edgeSet()) {
            assertEquals(k.from(), view.getEdgeSource(k));
            assertEquals(k.to(), view.getEdgeTarget(k));
        }
    }
}
