package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static dev.stagecraft.analysis.Graphs.group;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutWavesTest {

    private static List<List<String>> waves(ServiceGraph g) {
        return new RolloutWaves(new RolloutUnits(g.snapshot())).waves();
    }

    @Test
    void chainIsOneComponentPerWaveDependenciesFirst() {
        assertEquals(List.of(List.of("db"), List.of("api"), List.of("web")), waves(graph("web->api", "api->db")));
    }

    @Test
    void diamondPutsBothSidesInOneWave() {
        assertEquals(List.of(List.of("d"), List.of("b", "c"), List.of("a")),
                waves(graph("a->b", "a->c", "b->d", "c->d")));
    }

    @Test
    void waveIsOneMoreThanTheHighestDependency() {
        // a depends on the deep chain b->c->d and on e directly: a waits for b
        assertEquals(List.of(List.of("d", "e"), List.of("c"), List.of("b"), List.of("a")),
                waves(graph("a->b", "b->c", "c->d", "a->e")));
    }

    @Test
    void disconnectedPiecesAdvanceInParallel() {
        assertEquals(List.of(List.of("b", "d", "lone"), List.of("a", "c")), waves(graph("a->b", "c->d", "lone")));
    }

    @Test
    void cycleMembersShareAWave() {
        assertEquals(List.of(List.of("db"), List.of("a", "b"), List.of("web")),
                waves(graph("web->a", "a->b", "b->a", "a->db")));
    }

    @Test
    void groupMembersShareTheLaterWave() {
        // without the group a is in wave 1 and b in wave 0; together they wait for a's dependency
        ServiceGraph g = group(graph("a->db", "b", "c->b"), "ab", "a", "b");
        assertEquals(List.of(List.of("db"), List.of("a", "b"), List.of("c")), waves(g));
    }

    @Test
    void waveOfComponentAndUnitAgree() {
        ServiceGraph g = graph("web->api", "api->db");
        RolloutUnits units = new RolloutUnits(g.snapshot());
        RolloutWaves waves = new RolloutWaves(units);
        int web = g.snapshot().indexOf("web");
        assertEquals(2, waves.waveOf(web));
        assertEquals(2, waves.waveOfUnit(units.unitOf(web)));
        assertEquals(3, waves.count());
    }

    @Test
    void emptyGraphHasNoWaves() {
        RolloutWaves waves = new RolloutWaves(new RolloutUnits(new ServiceGraph().snapshot()));
        assertEquals(0, waves.count());
        assertEquals(List.of(), waves.waves());
    }
}
