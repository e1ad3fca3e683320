package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Diagram#edited}, the window's diagram after a record edited in place (a tier, a name, a kind, a position),
 * shows exactly what a rebuild of the whole diagram shows, after any sequence of such edits.
 */
class EditedDiagramTest {
    private static final Diagram.Placement NONE = (d, placed) -> { };

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anInPlaceEditShowsWhatARebuildShows(int seed) {
        ServiceGraph g = GraphGenerator.generate(60, 150, seed);
        List<String> ids = g.components().stream().map(Component::id).toList();
        g.addGroup(ChangeGroup.of("pair", List.of(ids.get(0), ids.get(1))));
        FixedWidthMeasurer m = new FixedWidthMeasurer();
        Diagram shown = new Diagram(g, m, NONE);
        Random random = new Random(seed);
        for (int step = 0; step < 12; step++) {
            List<String> edited = new ArrayList<>();
            for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
                String id = ids.get(random.nextInt(ids.size()));
                g.replaceComponent(id, edit(g.component(id).orElseThrow(), random));
                edited.add(id);
            }
            shown = Diagram.edited(shown, g, m, NONE, edited);
            assertSame(new Diagram(g, m, NONE), shown);
        }
    }

    /**
     * A diagram built from the shown one after components were added, deleted or renamed and dependencies added or
     * removed (the edge arrays come from the shown diagram's under the new numbering where they can) shows what a
     * diagram built from nothing shows.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aDiagramBuiltFromThePreviousOneShowsWhatAFreshOneShows(int seed) {
        ServiceGraph g = GraphGenerator.generate(50, 120, seed);
        FixedWidthMeasurer m = new FixedWidthMeasurer();
        Diagram shown = new Diagram(g, m, NONE);
        Random random = new Random(seed);
        int fresh = 0;
        for (int step = 0; step < 15; step++) {
            List<String> ids = g.components().stream().map(Component::id).toList();
            java.util.Map<String, String> renamed = new java.util.HashMap<>();
            switch (random.nextInt(5)) {
                case 0 -> g.addComponent(Component.of("new-" + fresh++, ComponentKind.SERVICE)
                        .withPosition(new Position(random.nextInt(900), random.nextInt(900))),
                        random.nextInt(ids.size() + 1));
                case 1 -> g.removeComponent(ids.get(random.nextInt(ids.size())));
                case 2 -> {
                    String id = ids.get(random.nextInt(ids.size()));
                    String to = "renamed-" + fresh++;
                    g.replaceComponent(id, g.component(id).orElseThrow().withId(to));
                    renamed.put(to, id);
                }
                case 3 -> {
                    String a = ids.get(random.nextInt(ids.size()));
                    String b = ids.get(random.nextInt(ids.size()));
                    if (g.dependency(a, b).isEmpty()) {
                        g.addDependency(dev.stagecraft.model.Dependency.of(a, b));
                    }
                }
                default -> {
                    if (g.dependencyCount() > 0) {
                        dev.stagecraft.model.Dependency d = List.copyOf(g.dependencies())
                                .get(random.nextInt(g.dependencyCount()));
                        g.removeDependency(d.from(), d.to());
                    }
                }
            }
            shown = new Diagram(g, m, NONE, Runnable::run, shown, renamed);
            assertSame(new Diagram(g, m, NONE), shown);
        }
    }

    private static Component edit(Component c, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> c.withTier(random.nextInt(4));
            case 1 -> c.withName("a much longer display name number " + random.nextInt(1000));
            case 2 -> c.withKind(ComponentKind.values()[random.nextInt(ComponentKind.values().length)]);
            case 3 -> c.withTeam(random.nextBoolean() ? null : "team-" + random.nextInt(5));
            case 4 -> c.withChanging(!c.changing());
            default -> c.withPosition(new Position(c.position().x() + random.nextInt(200) - 100,
                    c.position().y() + random.nextInt(200) - 100));
        };
    }

    private static void assertSame(Diagram expected, Diagram actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.id(i), actual.id(i));
            assertEquals(expected.name(i), actual.name(i));
            assertArrayEquals(expected.nameLines(i), actual.nameLines(i));
            assertEquals(expected.secondary(i), actual.secondary(i));
            assertEquals(expected.kind(i), actual.kind(i));
            assertEquals(expected.changing(i), actual.changing(i));
            assertEquals(expected.left(i), actual.left(i), expected.id(i));
            assertEquals(expected.top(i), actual.top(i));
            assertEquals(expected.width(i), actual.width(i));
            assertEquals(expected.height(i), actual.height(i));
        }
        assertEquals(expected.edgeCount(), actual.edgeCount());
        for (int e = 0; e < expected.edgeCount(); e++) {
            assertEquals(expected.edgeFrom(e), actual.edgeFrom(e));
            assertEquals(expected.edgeTo(e), actual.edgeTo(e));
            assertEquals(expected.edgeKind(e), actual.edgeKind(e));
            assertEquals(expected.edgeHard(e), actual.edgeHard(e));
            assertEquals(expected.edgeHasReverse(e), actual.edgeHasReverse(e));
        }
        for (int g = 0; g < expected.groupCount(); g++) {
            assertArrayEquals(expected.groupBoxOf(g), actual.groupBoxOf(g));
        }
        assertEquals(expected.bounds(), actual.bounds());
        Viewport.Bounds b = expected.bounds();
        int[] a = new int[expected.size()];
        int[] c = new int[expected.size()];
        Viewport.Bounds part = new Viewport.Bounds(b.minX(), b.minY(), (b.minX() + b.maxX()) / 2, b.maxY());
        int na = expected.nodesIn(part, a);
        int nc = actual.nodesIn(part, c);
        assertArrayEquals(java.util.Arrays.stream(a, 0, na).sorted().toArray(),
                java.util.Arrays.stream(c, 0, nc).sorted().toArray(), "the spatial index follows");
    }
}
