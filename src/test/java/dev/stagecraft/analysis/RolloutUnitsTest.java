package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static dev.stagecraft.analysis.Graphs.group;
import static dev.stagecraft.analysis.Graphs.minutes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutUnitsTest {

    private static List<List<String>> unitsInOrder(RolloutUnits units) {
        List<List<String>> out = new ArrayList<>();
        for (int u : units.topologicalOrder()) {
            out.add(units.memberIds(u));
        }
        return out;
    }

    private static int unit(RolloutUnits units, String id) {
        return units.unitOf(units.snapshot().indexOf(id));
    }

    @Test
    void chainGivesOneUnitPerComponentDependenciesFirst() {
        RolloutUnits units = new RolloutUnits(graph("web->api", "api->db").snapshot());
        assertEquals(List.of(List.of("db"), List.of("api"), List.of("web")), unitsInOrder(units));
    }

    @Test
    void cycleBecomesOneUnit() {
        RolloutUnits units = new RolloutUnits(graph("web->a", "a->b", "b->a", "b->db").snapshot());
        assertEquals(List.of(List.of("db"), List.of("a", "b"), List.of("web")), unitsInOrder(units));
    }

    @Test
    void groupBecomesOneUnitWithoutACycle() {
        ServiceGraph g = group(graph("a->db", "b->db", "c->b"), "ab", "b", "a");
        RolloutUnits units = new RolloutUnits(g.snapshot());
        assertEquals(3, units.count());
        assertEquals(List.of("a", "b"), units.memberIds(unit(units, "a")));
    }

    @Test
    void groupWhoseMergeClosesACycleSwallowsTheMiddle() {
        // a -> b -> c; grouping a with c means b must go after c and before a: all three move together
        ServiceGraph g = group(graph("a->b", "b->c", "c->d"), "ac", "a", "c");
        RolloutUnits units = new RolloutUnits(g.snapshot());
        assertEquals(List.of(List.of("d"), List.of("a", "b", "c")), unitsInOrder(units));
    }

    @Test
    void overlappingGroupsMerge() {
        ServiceGraph g = group(group(graph("a", "b", "c", "d"), "g1", "a", "b"), "g2", "b", "c");
        RolloutUnits units = new RolloutUnits(g.snapshot());
        assertEquals(2, units.count());
        assertEquals(List.of("a", "b", "c"), units.memberIds(unit(units, "c")));
    }

    @Test
    void groupOverlappingACycleMergesWithIt() {
        ServiceGraph g = group(graph("a->b", "b->a", "c->x"), "g", "b", "c");
        RolloutUnits units = new RolloutUnits(g.snapshot());
        assertEquals(List.of(List.of("x"), List.of("a", "b", "c")), unitsInOrder(units));
    }

    @Test
    void unitDependenciesAreDistinctAndWithoutSelfEdges() {
        // both members of the cycle depend on db; the unit depends on db once
        GraphSnapshot s = graph("a->b", "b->a", "a->db", "b->db", "web->a", "web->b").snapshot();
        RolloutUnits units = new RolloutUnits(s);
        int ab = unit(units, "a");
        assertArrayEquals(new int[] {unit(units, "db")}, units.dependenciesOf(ab));
        assertArrayEquals(new int[] {unit(units, "web")}, units.dependentsOf(ab));
        assertArrayEquals(new int[] {ab}, units.dependentsOf(unit(units, "db")));
    }

    @Test
    void selfLoopDoesNotMakeAUnitDependOnItself() {
        RolloutUnits units = new RolloutUnits(graph("a->a").snapshot());
        assertEquals(1, units.count());
        assertEquals(0, units.dependenciesOf(0).length);
    }

    @Test
    void unitWeighsTheLongestMember() {
        ServiceGraph g = graph("a->b", "b->a", "c");
        minutes(g, "a", 12);
        minutes(g, "b", 40);
        minutes(g, "c", 7);
        RolloutUnits units = new RolloutUnits(g.snapshot());
        assertEquals(40, units.durationMinutes(unit(units, "a")));
        assertEquals(7, units.durationMinutes(unit(units, "c")));
    }

    @Test
    void membersAreAscendingIndexes() {
        ServiceGraph g = group(graph("x", "a", "y", "b"), "g", "b", "a");
        RolloutUnits units = new RolloutUnits(g.snapshot());
        assertArrayEquals(new int[] {1, 3}, units.members(unit(units, "a")));
    }

    @Test
    void everyDependencyPointsToAnEarlierUnitOnRandomGraphs() {
        for (long seed = 1; seed <= 20; seed++) {
            ServiceGraph g = Graphs.random(seed, 60, 1.5, 4);
            GraphSnapshot s = g.snapshot();
            RolloutUnits units = new RolloutUnits(s);
            for (int u = 0; u < units.count(); u++) {
                for (int d : units.dependenciesOf(u)) {
                    assertTrue(d < u, "seed " + seed + ": unit " + u + " depends on later unit " + d);
                }
            }
            for (int k = 0; k < s.groupCount(); k++) {
                int[] members = s.groupMembers(k);
                for (int m : members) {
                    assertEquals(units.unitOf(members[0]), units.unitOf(m), "seed " + seed + ": group stays whole");
                }
            }
        }
    }
}
