package dev.stagecraft.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fast and naive blast radius agree on every component of random graphs (fixed seeds). */
class BlastRadiusCrossCheckTest {

    @ParameterizedTest(name = "seed {0}: {1} components, {2} edges each, {3} groups")
    @CsvSource({
        "1, 12, 1.0, 0",
        "2, 40, 1.5, 2",
        "3, 80, 2.0, 3",
        "4, 150, 1.2, 5",
        "5, 300, 3.0, 4",
        // more than one 512-component block of the bit-set pass, with big and small cycles
        "6, 700, 1.1, 6",
        "7, 1300, 2.5, 10",
        "8, 1100, 0.9, 0",
        "9, 3000, 1.5, 8",
    })
    void fastAgreesWithNaiveOnEveryComponent(long seed, int n, double edgesPer, int groups) {
        ServiceGraph g = Graphs.random(seed, n, edgesPer, groups);
        GraphSnapshot s = g.snapshot();
        BlastRadius naive = new NaiveBlastRadius(s);
        BlastRadius fast = new FastBlastRadius(s);
        assertArrayEquals(naive.sizes(), fast.sizes(), "sizes");
        int step = Math.max(1, n / 60); // every component on small graphs, a spread on large ones
        for (int v = 0; v < n; v += step) {
            String id = s.id(v);
            assertEquals(naive.impact(id), fast.impact(id), id);
            assertEquals(naive.affected(id), fast.affected(id), id);
            assertEquals(naive.outage(id), fast.outage(id), id);
            assertEquals(naive.degraded(id), fast.degraded(id), id);
        }
    }
}
