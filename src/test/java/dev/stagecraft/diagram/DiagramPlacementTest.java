package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.layout.LayoutInput;
import dev.stagecraft.layout.UnplacedPlacement;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The placement as the diagram uses it: drawn where "Layout new components" and import put components. */
class DiagramPlacementTest {
    private final TextMeasurer measurer = new FixedWidthMeasurer();

    /** web -> api -> {db, cache}: waves 2, 1, 0, 0. */
    private static ServiceGraph chain() {
        ServiceGraph g = new ServiceGraph();
        for (String id : new String[] {"web", "api", "db", "cache"}) {
            g.addComponent(Component.of(id, ComponentKind.SERVICE));
        }
        g.addDependency(Dependency.of("web", "api"));
        g.addDependency(Dependency.of("api", "db"));
        g.addDependency(Dependency.of("api", "cache"));
        return g;
    }

    @Test
    void dependentsArePlacedAboveTheirDependencies() {
        Diagram d = new Diagram(chain(), measurer, new DiagramPlacement(() -> new int[] {2, 1, 0, 0}));
        assertTrue(d.centerY(0) < d.centerY(1), "web above api");
        assertTrue(d.centerY(1) < d.centerY(2), "api above db");
        assertEquals(d.centerY(2), d.centerY(3), "db and cache share a band");
    }

    @Test
    void boxesInABandDoNotOverlap() {
        Diagram d = new Diagram(chain(), measurer, new DiagramPlacement(() -> new int[] {2, 1, 0, 0}));
        assertTrue(d.left(2) + d.width(2) < d.left(3) || d.left(3) + d.width(3) < d.left(2));
    }

    @Test
    void placedComponentsKeepTheirPositionAndNewOnesGoBesideThem() {
        ServiceGraph g = chain();
        g.replaceComponent("web", g.requireComponent("web").withPosition(new Position(1000, 2000)));
        Diagram d = new Diagram(g, measurer, new DiagramPlacement(() -> new int[] {2, 1, 0, 0}));
        assertEquals(1000, d.centerX(0));
        assertEquals(2000, d.centerY(0));
        for (int i = 1; i < 4; i++) {
            assertTrue(d.left(i) > d.left(0) + d.width(0), "new component " + d.id(i) + " right of the placed one");
        }
    }

    @Test
    void wavesAreNotComputedWhenEverythingHasAPosition() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        boolean[] asked = {false};
        new Diagram(g, measurer, new DiagramPlacement(() -> {
            asked[0] = true;
            return new int[] {0};
        }));
        assertFalse(asked[0]);
    }

    /** A generated graph with every position removed, or all but {@code keepUnplaced} of them kept. */
    private static ServiceGraph generated(int keepUnplaced) {
        ServiceGraph g = GraphGenerator.generate(400, 1500, 7);
        List<Component> cs = List.copyOf(g.components());
        int unplaced = keepUnplaced < 0 ? cs.size() : keepUnplaced;
        for (int i = 0; i < unplaced; i++) {
            Component c = cs.get(i * (cs.size() / unplaced));
            g.replaceComponent(c.id(), c.withPosition(null));
        }
        g.addGroup(ChangeGroup.of("extra", List.of(cs.get(3).id(), cs.get(5).id())));
        return g;
    }

    @Test
    void theDiagramDrawsUnplacedComponentsWhereLayoutNewComponentsPutsThem() {
        for (int unplaced : new int[] {-1, 10}) {
            ServiceGraph g = generated(unplaced);
            HighlightAnalysis analysis = new HighlightAnalysis(g.snapshot());
            Diagram d = new Diagram(g, measurer, new DiagramPlacement(analysis::waves));
            LayoutInput in = LayoutInput.of(g, new LayoutInput.Sizes() {
                @Override
                public double width(String id) {
                    return d.width(d.indexOf(id));
                }

                @Override
                public double height(String id) {
                    return d.height(d.indexOf(id));
                }
            });
            Map<String, Position> added = new UnplacedPlacement(in, analysis::waves).added();
            assertEquals(unplaced < 0 ? g.componentCount() : unplaced, added.size());
            added.forEach((id, p) -> {
                int i = d.indexOf(id);
                assertEquals(p, new Position(d.centerX(i), d.centerY(i)), id);
            });
        }
    }

    @Test
    void placeUnpositionedWritesWhatTheDiagramDrawsInOneBatch() {
        ServiceGraph g = generated(-1);
        Component first = g.components().iterator().next();
        g.replaceComponent(first.id(), first.withPosition(new Position(-5000, 7)));
        Diagram drawn = new Diagram(g, measurer, new DiagramPlacement(new HighlightAnalysis(g.snapshot())::waves));
        int[] events = {0};
        g.addListener((graph, change) -> events[0]++);
        Map<String, Position> given = DiagramPlacement.placeUnpositioned(g, measurer, Runnable::run);
        assertEquals(1, events[0], "one model batch");
        assertEquals(g.componentCount() - 1, given.size());
        assertEquals(new Position(-5000, 7), g.requireComponent(first.id()).position(), "a placed one keeps its place");
        for (Component c : g.components()) {
            int i = drawn.indexOf(c.id());
            assertEquals(new Position(drawn.centerX(i), drawn.centerY(i)), c.position(), c.id());
        }
        assertTrue(DiagramPlacement.placeUnpositioned(g, measurer, Runnable::run).isEmpty(), "nothing left to place");
    }
}
