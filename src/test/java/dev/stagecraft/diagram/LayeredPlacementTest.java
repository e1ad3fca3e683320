package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import org.junit.jupiter.api.Test;

class LayeredPlacementTest {
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
        Diagram d = new Diagram(chain(), measurer, new LayeredPlacement(() -> new int[] {2, 1, 0, 0}));
        assertTrue(d.centerY(0) < d.centerY(1), "web above api");
        assertTrue(d.centerY(1) < d.centerY(2), "api above db");
        assertEquals(d.centerY(2), d.centerY(3), "db and cache share a band");
    }

    @Test
    void boxesInABandDoNotOverlap() {
        Diagram d = new Diagram(chain(), measurer, new LayeredPlacement(() -> new int[] {2, 1, 0, 0}));
        assertTrue(d.left(2) + d.width(2) < d.left(3) || d.left(3) + d.width(3) < d.left(2));
    }

    @Test
    void placedComponentsKeepTheirPositionAndNewOnesGoBesideThem() {
        ServiceGraph g = chain();
        g.replaceComponent("web", g.requireComponent("web").withPosition(new Position(1000, 2000)));
        Diagram d = new Diagram(g, measurer, new LayeredPlacement(() -> new int[] {2, 1, 0, 0}));
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
        new Diagram(g, measurer, new LayeredPlacement(() -> {
            asked[0] = true;
            return new int[] {0};
        }));
        assertFalse(asked[0]);
    }
}
