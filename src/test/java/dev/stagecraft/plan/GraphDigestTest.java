package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import org.junit.jupiter.api.Test;

class GraphDigestTest {
    private static ServiceGraph graph(boolean reversed) {
        ServiceGraph g = new ServiceGraph();
        Component api = Component.of("api", ComponentKind.SERVICE).withChanging(true);
        Component db = Component.of("db", ComponentKind.DATABASE);
        if (reversed) {
            g.addComponent(db);
            g.addComponent(api);
        } else {
            g.addComponent(api);
            g.addComponent(db);
        }
        g.addDependency(Dependency.of("api", "db"));
        return g;
    }

    @Test
    void digestIsSha256InHex() {
        assertTrue(GraphDigest.of(graph(false)).matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void digestIgnoresFileOrderAndLayout() {
        ServiceGraph moved = graph(true);
        moved.replaceComponent("db", moved.requireComponent("db").withPosition(new Position(10, 20)));
        assertEquals(GraphDigest.of(graph(false)), GraphDigest.of(moved));
    }

    @Test
    void digestChangesWithWhatTheRolloutDependsOn() {
        ServiceGraph changed = graph(false);
        changed.replaceComponent("db", changed.requireComponent("db").withTier(0));
        assertNotEquals(GraphDigest.of(graph(false)), GraphDigest.of(changed));
    }

    @Test
    void digestChangesWithADependencysStrength() {
        ServiceGraph soft = graph(false);
        soft.replaceDependency(soft.dependency("api", "db").orElseThrow().withStrength(Strength.SOFT));
        assertNotEquals(GraphDigest.of(graph(false)), GraphDigest.of(soft));
    }
}
