package dev.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
    private static final LayoutInput.Sizes BOX = new LayoutInput.Sizes() {
        @Override
        public double width(String id) {
            return 120;
        }

        @Override
        public double height(String id) {
            return 50;
        }
    };

    private static ServiceGraph graph(String... edges) {
        ServiceGraph g = new ServiceGraph();
        for (String e : edges) {
            String[] ab = e.split(">");
            for (String id : ab) {
                if (!g.contains(id)) {
                    g.addComponent(Component.of(id, ComponentKind.SERVICE));
                }
            }
            if (ab.length == 2) {
                g.addDependency(Dependency.of(ab[0], ab[1]));
            }
        }
        return g;
    }

    private static Map<String, Position> layout(ServiceGraph g) {
        return LayeredLayout.layout(LayoutInput.of(g, BOX), () -> false);
    }

    @Test
    void everyComponentIsPlacedWithoutOverlap() {
        ServiceGraph g = graph("a>b", "a>c", "b>d", "c>d", "e", "f>d");
        Map<String, Position> p = layout(g);
        assertEquals(Set.of("a", "b", "c", "d", "e", "f"), p.keySet());
        List<String> ids = List.copyOf(p.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Position u = p.get(ids.get(i));
                Position v = p.get(ids.get(j));
                assertTrue(Math.abs(u.x() - v.x()) >= 120 || Math.abs(u.y() - v.y()) >= 50, ids.get(i) + " overlaps " + ids.get(j));
            }
        }
    }

    @Test
    void dependentsSitAboveTheirDependenciesOnAChain() {
        Map<String, Position> p = layout(graph("checkout>auth", "auth>db"));
        assertTrue(p.get("checkout").y() < p.get("auth").y());
        assertTrue(p.get("auth").y() < p.get("db").y());
    }

    @Test
    void dependentsSitAboveTheirDependenciesOnADiamond() {
        Map<String, Position> p = layout(graph("top>left", "top>right", "left>bottom", "right>bottom"));
        assertTrue(p.get("top").y() < p.get("left").y());
        assertTrue(p.get("top").y() < p.get("right").y());
        assertEquals(p.get("left").y(), p.get("right").y());
        assertTrue(p.get("left").y() < p.get("bottom").y());
    }

    @Test
    void groupMembersShareABoxNoOtherComponentEnters() {
        ServiceGraph g = graph("a>x", "x>b", "a>y", "y>b", "a>c", "c>b", "a>z", "z>b");
        g.addGroup(ChangeGroup.of("grp", List.of("x", "z")));
        Map<String, Position> p = layout(g);
        double minX = Math.min(p.get("x").x(), p.get("z").x()) - 60;
        double maxX = Math.max(p.get("x").x(), p.get("z").x()) + 60;
        double minY = Math.min(p.get("x").y(), p.get("z").y()) - 25;
        double maxY = Math.max(p.get("x").y(), p.get("z").y()) + 25;
        for (String other : List.of("a", "b", "c", "y")) {
            Position o = p.get(other);
            boolean inside = o.x() + 60 > minX && o.x() - 60 < maxX && o.y() + 25 > minY && o.y() - 25 < maxY;
            assertFalse(inside, other + " sits inside the group's box");
        }
    }
}
