package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphSnapshotTest {
    @Test
    void byIdOrderListsComponentsInIdOrderOnceComputed() {
        ServiceGraph g = new ServiceGraph();
        for (String id : List.of("web", "db-2", "api", "db-10", "Zeta", "cache")) {
            g.addComponent(Component.of(id, ComponentKind.SERVICE));
        }
        GraphSnapshot s = g.snapshot();
        int[] order = s.byIdOrder();
        List<String> ids = new ArrayList<>();
        for (int v : order) {
            ids.add(s.id(v));
        }
        assertEquals(List.of("Zeta", "api", "cache", "db-10", "db-2", "web"), ids);
        assertSame(order, s.byIdOrder(), "computed once");
        assertArrayEquals(new int[0], new ServiceGraph().snapshot().byIdOrder());
    }
}
