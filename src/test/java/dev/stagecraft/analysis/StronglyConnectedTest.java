package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StronglyConnectedTest {

    @Test
    void chainHasOneComponentPerNodeAndNoCycles() {
        StronglyConnected scc = new StronglyConnected(graph("a->b", "b->c").snapshot());
        assertEquals(3, scc.count());
        assertEquals(List.of(), scc.cycles());
    }

    @Test
    void dependenciesGetSmallerComponentNumbers() {
        GraphSnapshot s = graph("a->b", "b->c", "a->c").snapshot();
        StronglyConnected scc = new StronglyConnected(s);
        int a = scc.componentOf(s.indexOf("a"));
        int b = scc.componentOf(s.indexOf("b"));
        int c = scc.componentOf(s.indexOf("c"));
        assertTrue(c < b && b < a, "c before b before a");
    }

    @Test
    void threeCycleIsOneComponentListedSorted() {
        GraphSnapshot s = graph("x->c", "c->b", "b->a", "a->c").snapshot();
        StronglyConnected scc = new StronglyConnected(s);
        assertEquals(2, scc.count());
        assertEquals(List.of(List.of("a", "b", "c")), scc.cycles());
        assertEquals(scc.componentOf(s.indexOf("a")), scc.componentOf(s.indexOf("c")));
        assertNotEquals(scc.componentOf(s.indexOf("a")), scc.componentOf(s.indexOf("x")));
    }

    @Test
    void selfLoopIsACycleButALoneComponentIsNot() {
        StronglyConnected scc = new StronglyConnected(graph("a->a", "b->c").snapshot());
        assertEquals(List.of(List.of("a")), scc.cycles());
    }

    @Test
    void cyclesAreSortedByFirstId() {
        StronglyConnected scc = new StronglyConnected(graph("z->y", "y->z", "m->m", "b->q", "q->b").snapshot());
        assertEquals(List.of(List.of("b", "q"), List.of("m"), List.of("y", "z")), scc.cycles());
    }

    @Test
    void membersOfAComponentAreAscendingIndexes() {
        GraphSnapshot s = graph("a->b", "b->c", "c->a").snapshot();
        StronglyConnected scc = new StronglyConnected(s);
        assertEquals(1, scc.count());
        assertEquals("[0, 1, 2]", Arrays.toString(scc.members(0)));
    }

    @Test
    void emptyGraphHasNothing() {
        StronglyConnected scc = new StronglyConnected(new ServiceGraph().snapshot());
        assertEquals(0, scc.count());
        assertEquals(List.of(), scc.cycles());
    }

    @Test
    void deepChainWithLongCycleDoesNotOverflowTheStack() {
        int n = 20_000;
        String[] ids = new String[n];
        int[] from = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "c" + i;
            from[i] = i;
            to[i] = i + 1;
        }
        to[n - 1] = n - 3_000; // the last 3,000 close one cycle; the rest is a 17,000-long chain
        GraphSnapshot s = GraphSnapshot.ofArrays(ids, from, to, new boolean[n], new int[n]);
        StronglyConnected scc = new StronglyConnected(s);
        assertEquals(17_001, scc.count());
        assertEquals(1, scc.cycles().size());
        assertEquals(3_000, scc.cycles().get(0).size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void agreesWithJGraphTKosaraju(long seed) {
        ServiceGraph g = Graphs.random(seed, 40 + (int) seed * 5, 1.6, 0);
        GraphSnapshot s = g.snapshot();
        StronglyConnected scc = new StronglyConnected(s);
        Set<Set<String>> ours = new HashSet<>();
        for (int c = 0; c < scc.count(); c++) {
            ours.add(Arrays.stream(scc.members(c)).mapToObj(s::id).collect(Collectors.toSet()));
        }
        Set<Set<String>> theirs = new HashSet<>(
                new KosarajuStrongConnectivityInspector<>(g.asJGraphT()).stronglyConnectedSets());
        assertEquals(theirs, ours);
        for (int v = 0; v < s.size(); v++) {
            int[] out = s.outStart();
            for (int e = out[v]; e < out[v + 1]; e++) {
                assertTrue(scc.componentOf(s.outTarget()[e]) <= scc.componentOf(v), "dependencies come first");
            }
        }
    }
}
