package dev.stagecraft.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Units, waves and critical-path minutes checked against an independent construction on JGraphT: union-find
 * over the declared groups, the quotient graph, Kosaraju's condensation of it, and waves and longest path by
 * JGraphT's topological order. (Ours: group rings plus iterative Tarjan on int arrays.)
 */
class UnitsAgainstJGraphTTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void unitsWavesAndMinutesMatchJGraphT(long seed) {
        ServiceGraph g = Graphs.random(seed, 30 + (int) seed * 4, 1.3, (int) (seed % 5));
        Reference ref = new Reference(g);
        RolloutUnits units = new RolloutUnits(g.snapshot());
        RolloutWaves waves = new RolloutWaves(units);

        Set<Set<String>> ours = new HashSet<>();
        for (int u = 0; u < units.count(); u++) {
            ours.add(new HashSet<>(units.memberIds(u)));
        }
        assertEquals(ref.units, ours, "units, seed " + seed);
        assertEquals(ref.waves, waves.waves(), "waves, seed " + seed);
        assertEquals(ref.longestMinutes, new CriticalPath(units).minutes(), "critical minutes, seed " + seed);
    }

    /** The reference answers, computed with JGraphT only (also used by {@link RevisionsAgainstReferencesTest}). */
    static final class Reference {
        final Set<Set<String>> units = new HashSet<>();
        final List<List<String>> waves = new ArrayList<>();
        int longestMinutes;

        Reference(ServiceGraph g) {
            Map<String, String> parent = new HashMap<>();
            g.components().forEach(c -> parent.put(c.id(), c.id()));
            for (ChangeGroup group : g.groups()) {
                for (String m : group.members()) {
                    parent.put(find(parent, m), find(parent, group.members().get(0)));
                }
            }
            Graph<String, DefaultEdge> quotient = new DefaultDirectedGraph<>(DefaultEdge.class);
            g.components().forEach(c -> quotient.addVertex(find(parent, c.id())));
            for (Dependency d : g.dependencies()) {
                String a = find(parent, d.from());
                String b = find(parent, d.to());
                if (!a.equals(b)) {
                    quotient.addEdge(a, b);
                }
            }
            Graph<Graph<String, DefaultEdge>, DefaultEdge> dag =
                    new KosarajuStrongConnectivityInspector<>(quotient).getCondensation();
            Map<Graph<String, DefaultEdge>, Set<String>> members = new HashMap<>();
            Map<Graph<String, DefaultEdge>, Integer> minutes = new HashMap<>();
            for (Graph<String, DefaultEdge> scc : dag.vertexSet()) {
                Set<String> ids = new TreeSet<>();
                int max = 0;
                int bake = 0;
                List<Integer> careful = null;
                for (Component c : g.components()) {
                    if (scc.containsVertex(find(parent, c.id()))) {
                        ids.add(c.id());
                        RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
                        max = Math.max(max, r.durationMinutes());
                        bake = Math.max(bake, r.bakeMinutes());
                        List<Integer> stages = r.stages().isEmpty() ? List.of(100) : r.stages();
                        if (careful == null || stages.get(0) < careful.get(0)
                                || stages.get(0).equals(careful.get(0)) && stages.size() > careful.size()) {
                            careful = stages;
                        }
                    }
                }
                members.put(scc, ids);
                // DESIGN.md "Step timing": T = max(D, B), B = the careful member's stages, each baked the longest bake
                minutes.put(scc, Math.max(max, careful.size() * bake));
                units.add(new HashSet<>(ids));
            }
            List<Graph<String, DefaultEdge>> order = new ArrayList<>();
            new TopologicalOrderIterator<>(dag).forEachRemaining(order::add);
            // an edge a -> b means a depends on b: walk from the end so dependencies are done first
            Map<Graph<String, DefaultEdge>, Integer> wave = new HashMap<>();
            Map<Graph<String, DefaultEdge>, Integer> finish = new HashMap<>();
            for (int i = order.size() - 1; i >= 0; i--) {
                Graph<String, DefaultEdge> u = order.get(i);
                int w = 0;
                int before = 0;
                for (DefaultEdge e : dag.outgoingEdgesOf(u)) {
                    Graph<String, DefaultEdge> dep = dag.getEdgeTarget(e);
                    w = Math.max(w, wave.get(dep) + 1);
                    before = Math.max(before, finish.get(dep));
                }
                wave.put(u, w);
                finish.put(u, before + minutes.get(u));
                longestMinutes = Math.max(longestMinutes, finish.get(u));
                while (waves.size() <= w) {
                    waves.add(new ArrayList<>());
                }
                waves.get(w).addAll(members.get(u));
            }
            waves.replaceAll(ids -> ids.stream().sorted().toList());
        }

        private static String find(Map<String, String> parent, String x) {
            while (!parent.get(x).equals(x)) {
                x = parent.get(x);
            }
            return x;
        }
    }
}
