package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every change a graph tells its listeners, replayed on a copy taken before it, makes the copy equal to the graph:
 * what lets the analysis follow the editor on its own copy, off the UI thread. Random edits of every kind the
 * editor makes (adds and removes at given places, renames, property edits, moves, batches, metadata).
 */
class GraphChangeReplayTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void replayingEveryChangeOnACopyKeepsItEqual(long seed) {
        Random r = new Random(seed);
        ServiceGraph live = new ServiceGraph();
        for (int i = 0; i < 12; i++) {
            live.addComponent(Component.of("c" + i, ComponentKind.values()[i % ComponentKind.values().length]));
        }
        ServiceGraph replica = live.copy();
        List<GraphChange> heard = new ArrayList<>();
        live.addListener((g, change) -> heard.add(change));
        for (int step = 0; step < 300; step++) {
            heard.clear();
            edit(live, r, step);
            heard.forEach(c -> c.applyTo(replica));
            assertSame(live, replica, "seed " + seed + ", step " + step + ", after " + heard);
        }
    }

    private static void assertSame(ServiceGraph expected, ServiceGraph actual, String where) {
        assertEquals(List.copyOf(expected.components()), List.copyOf(actual.components()), "components, " + where);
        assertEquals(List.copyOf(expected.dependencies()), List.copyOf(actual.dependencies()), "dependencies, " + where);
        assertEquals(List.copyOf(expected.groups()), List.copyOf(actual.groups()), "groups, " + where);
        assertEquals(expected.metadata(), actual.metadata(), "metadata, " + where);
    }

    private static void edit(ServiceGraph g, Random r, int step) {
        List<String> ids = g.components().stream().map(Component::id).toList();
        String any = ids.isEmpty() ? null : ids.get(r.nextInt(ids.size()));
        switch (r.nextInt(11)) {
            case 0 -> g.addComponent(Component.of("n" + step, ComponentKind.SERVICE), r.nextInt(ids.size() + 1));
            case 1 -> {
                if (ids.size() > 3) {
                    g.removeComponent(any);
                }
            }
            case 2, 3 -> {
                String to = ids.get(r.nextInt(ids.size()));
                if (g.dependency(any, to).isEmpty()) {
                    int at = r.nextInt(g.dependencyCount() + 1);
                    g.addDependency(Dependency.of(any, to), at);
                }
            }
            case 4 -> {
                List<Dependency> deps = new ArrayList<>(g.dependencies());
                if (!deps.isEmpty()) {
                    Dependency d = deps.get(r.nextInt(deps.size()));
                    if (r.nextBoolean()) {
                        g.removeDependency(d.from(), d.to());
                    } else {
                        g.replaceDependency(Dependency.of(d.from(), d.to(), DependencyKind.ASYNC, Strength.SOFT));
                    }
                }
            }
            case 5 -> {
                String id = "g" + step;
                List<String> members = r.ints(0, ids.size()).distinct().limit(Math.min(ids.size(), 2 + r.nextInt(3)))
                        .mapToObj(ids::get).toList();
                g.addGroup(ChangeGroup.of(id, members), r.nextInt(g.groups().size() + 1));
            }
            case 6 -> {
                List<ChangeGroup> groups = new ArrayList<>(g.groups());
                if (!groups.isEmpty()) {
                    ChangeGroup grp = groups.get(r.nextInt(groups.size()));
                    if (r.nextBoolean()) {
                        g.removeGroup(grp.id());
                    } else {
                        g.replaceGroup(grp.id(), ChangeGroup.of(grp.id() + "x", List.of(any)));
                    }
                }
            }
            case 7 -> {
                String newId = any + "r";
                if (!g.contains(newId)) {
                    g.replaceComponent(any, g.requireComponent(any).withId(newId)); // a rename: dependencies and groups follow
                }
            }
            case 8 -> {
                Component c = g.requireComponent(any);
                g.replaceComponent(any, r.nextBoolean() ? c.withTier(r.nextInt(4)) : c.withChanging(!c.changing()));
            }
            case 9 -> {
                g.beginUpdate();
                try {
                    for (int k = 0; k < 3; k++) {
                        String id = ids.get(r.nextInt(ids.size()));
                        g.replaceComponent(id, g.requireComponent(id).withPosition(new Position(r.nextInt(500), k)));
                    }
                    if (r.nextBoolean()) {
                        g.replaceComponent(any, g.requireComponent(any).withTier(r.nextInt(4)));
                    }
                } finally {
                    g.endUpdate();
                }
            }
            default -> g.setMetadata(new GraphMetadata("graph " + step, r.nextBoolean() ? null : "d", Map.of()));
        }
    }
}
