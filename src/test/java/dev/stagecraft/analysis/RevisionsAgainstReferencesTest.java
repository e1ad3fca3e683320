package dev.stagecraft.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random graphs under random edits (components and dependencies added and removed, groups added, removed
 * and changed, tiers and the changing flag edited): after every edit the new revision's {@link GraphAnalysis}
 * must answer what the references compute from scratch — JGraphT's Kosaraju for the SCCs, the JGraphT
 * construction of {@link UnitsAgainstJGraphTTest} for units, waves and critical minutes,
 * {@link NaiveBlastRadius} for every blast radius (queries, split traversal, sizes) — and its findings must
 * equal those of a fresh, unshared validation of a copy.
 */
class RevisionsAgainstReferencesTest {
    private static final int EDITS = 40;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyRevisionMatchesTheReferences(long seed) {
        Random r = new Random(seed * 7919);
        ServiceGraph g = Graphs.random(seed, 20 + r.nextInt(20), 1.2, (int) (seed % 3));
        check(g, seed, -1);
        for (int step = 0; step < EDITS; step++) {
            edit(g, r, step);
            check(g, seed, step);
        }
    }

    private static void check(ServiceGraph g, long seed, int step) {
        String where = "seed " + seed + ", after edit " + step;
        GraphAnalysis a = GraphAnalysis.of(g);
        GraphSnapshot s = a.snapshot();

        Set<Set<String>> sccs = new HashSet<>();
        new KosarajuStrongConnectivityInspector<>(g.asJGraphT()).stronglyConnectedSets()
                .forEach(set -> sccs.add(new HashSet<>(set)));
        Set<Set<String>> ours = new HashSet<>();
        for (int c = 0; c < a.stronglyConnected().count(); c++) {
            ours.add(new HashSet<>(Validator.ids(s, a.stronglyConnected().members(c))));
        }
        assertEquals(sccs, ours, "SCCs, " + where);

        UnitsAgainstJGraphTTest.Reference ref = new UnitsAgainstJGraphTTest.Reference(g);
        Set<Set<String>> units = new HashSet<>();
        for (int u = 0; u < a.units().count(); u++) {
            units.add(new HashSet<>(a.units().memberIds(u)));
        }
        assertEquals(ref.units, units, "units, " + where);
        assertEquals(ref.waves, a.waves().waves(), "waves, " + where);
        assertEquals(ref.longestMinutes, a.criticalPath().minutes(), "critical minutes, " + where);

        NaiveBlastRadius naive = new NaiveBlastRadius(s);
        FastBlastRadius.Splitter splitter = a.blastRadius().splitter();
        for (int v = 0; v < s.size(); v++) {
            String id = s.id(v);
            BlastRadius.Impact expected = naive.impact(id);
            assertEquals(expected, a.blastRadius().impact(id), "blast radius of " + id + ", " + where);
            splitter.split(v);
            Set<String> outage = new TreeSet<>();
            for (int i = 0; i < splitter.outageCount(); i++) {
                outage.add(s.id(splitter.outage(i)));
            }
            Set<String> degraded = new TreeSet<>();
            for (int i = 0; i < splitter.degradedCount(); i++) {
                degraded.add(s.id(splitter.degraded(i)));
            }
            assertEquals(new ArrayList<>(outage), expected.outage(), "split outage of " + id + ", " + where);
            assertEquals(new ArrayList<>(degraded), expected.degraded(), "split degraded of " + id + ", " + where);
        }
        assertArrayEquals(naive.sizes(), a.blastRadius().sizes(), "blast-radius sizes, " + where);
        assertEquals(Validator.validate(g.copy()), a.findings(), "findings, " + where);
    }

    /** One random edit; every kind the editor can make to what the analyses read. */
    private static void edit(ServiceGraph g, Random r, int step) {
        List<String> ids = g.components().stream().map(Component::id).toList();
        switch (r.nextInt(8)) {
            case 0 -> g.addComponent(Component.of(String.format("n%03d", step), ComponentKind.SERVICE)
                    .withRollout(Rollout.NONE.withDurationMinutes(r.nextInt(31))));
            case 1 -> {
                if (ids.size() > 2) {
                    g.removeComponent(ids.get(r.nextInt(ids.size()))); // its dependencies and memberships go too
                }
            }
            case 2, 3 -> {
                String from = ids.get(r.nextInt(ids.size()));
                String to = ids.get(r.nextInt(ids.size()));
                if (g.dependency(from, to).isEmpty()) {
                    g.addDependency(r.nextBoolean() ? Dependency.of(from, to)
                            : Dependency.of(from, to, DependencyKind.ASYNC, Strength.SOFT));
                }
            }
            case 4 -> {
                List<Dependency> deps = new ArrayList<>(g.dependencies());
                if (!deps.isEmpty()) {
                    Dependency d = deps.get(r.nextInt(deps.size()));
                    g.removeDependency(d.from(), d.to());
                }
            }
            case 5 -> {
                List<String> members = r.ints(0, ids.size()).distinct().limit(Math.min(ids.size(), 2 + r.nextInt(3)))
                        .mapToObj(ids::get).toList();
                String id = "e" + step;
                if (members.size() >= 2 && g.group(id).isEmpty()) {
                    g.addGroup(ChangeGroup.of(id, members));
                }
            }
            case 6 -> {
                String id = ids.get(r.nextInt(ids.size()));
                Component c = g.requireComponent(id);
                g.replaceComponent(id, r.nextBoolean() ? c.withChanging(!c.changing()) : c.withTier(r.nextInt(4)));
            }
            default -> {
                List<ChangeGroup> groups = new ArrayList<>(g.groups());
                if (groups.isEmpty()) {
                    return;
                }
                ChangeGroup group = groups.get(r.nextInt(groups.size()));
                if (r.nextBoolean()) {
                    g.removeGroup(group.id());
                } else {
                    List<String> members = new ArrayList<>(group.members());
                    String extra = ids.get(r.nextInt(ids.size()));
                    if (!members.contains(extra)) {
                        members.add(extra);
                    }
                    if (members.size() > 2 && r.nextBoolean()) {
                        members.remove(0);
                    }
                    g.replaceGroup(group.id(), group.withMembers(members));
                }
            }
        }
    }
}
