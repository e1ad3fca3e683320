package dev.stagecraft.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.cycle.CycleDetector;
import org.junit.jupiter.api.Test;

class GraphGeneratorTest {

    @Test
    void producesExactlyTheRequestedCounts() {
        ServiceGraph g = GraphGenerator.generate(2_000, 8_000, 7);
        assertEquals(2_000, g.componentCount());
        assertEquals(8_000, g.dependencyCount());
    }

    @Test
    void sameSeedGivesSameGraphAndOtherSeedDoesNot() {
        assertTrue(GraphGenerator.generate(300, 1_200, 1).sameContentAs(GraphGenerator.generate(300, 1_200, 1)));
        assertTrue(!GraphGenerator.generate(300, 1_200, 1).sameContentAs(GraphGenerator.generate(300, 1_200, 2)));
    }

    @Test
    void hasMixedKindsAFewCyclesAndHeavyTailedFanIn() {
        ServiceGraph g = GraphGenerator.generate(5_000, 20_000, 42);
        Set<ComponentKind> kinds = g.components().stream().map(c -> c.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComponentKind.class)));
        assertTrue(kinds.size() >= 7, "kinds: " + kinds);
        assertTrue(new CycleDetector<>(g.asJGraphT()).detectCycles(), "expected at least one cycle");
        int maxFanIn = g.components().stream().mapToInt(c -> g.dependentsOf(c.id()).size()).max().orElse(0);
        double meanFanIn = 20_000.0 / 5_000;
        assertTrue(maxFanIn > 20 * meanFanIn, "max fan-in " + maxFanIn);
        assertTrue(g.groups().size() >= 1);
    }

    @Test
    void tinyGraphsStillWork() {
        ServiceGraph g = GraphGenerator.generate(3, 4, 9);
        assertEquals(3, g.componentCount());
        assertEquals(4, g.dependencyCount());
        for (Dependency d : g.dependencies()) {
            assertTrue(!d.isSelfLoop());
        }
    }

    @Test
    void refusesImpossibleRequests() {
        assertThrows(IllegalArgumentException.class, () -> GraphGenerator.generate(3, 7, 1));
        assertThrows(IllegalArgumentException.class, () -> GraphGenerator.generate(0, 0, 1));
    }
}
