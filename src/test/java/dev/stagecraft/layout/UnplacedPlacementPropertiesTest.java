package dev.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stagecraft.layout.UnplacedPlacement.Rule;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of the placement over random graphs with fixed seeds, in all three situations (nothing placed, a few new
 * components among placed ones, many new ones beside a few placed): every unplaced component gets an integer
 * centre, no placed one moves, no new box overlaps another box, and the same input gives the same positions.
 */
class UnplacedPlacementPropertiesTest {
    /** How much of a graph is placed before the placement runs. */
    enum Placed { NONE, ALL_BUT_A_FEW, SOME }

    static Stream<Arguments> inputs() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            for (Placed placed : Placed.values()) {
                out.add(Arguments.of("random-" + seed + "-" + placed, randomGraph(seed), placed, seed));
            }
        }
        for (Placed placed : Placed.values()) {
            out.add(Arguments.of("generated-" + placed, withoutPositions(GraphGenerator.generate(1500, 6000, 3)),
                    placed, 3L));
        }
        return out.stream();
    }

    /** Up to 80 components, random edges (cycles and self-loops included), a group or two. */
    static ServiceGraph randomGraph(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(80);
        ServiceGraph g = new ServiceGraph();
        for (int i = 0; i < n; i++) {
            String name = "component " + "x".repeat(r.nextInt(30));
            g.addComponent(Component.of("c" + i, ComponentKind.SERVICE).withName(name));
        }
        int edges = r.nextInt(n * 3);
        for (int e = 0; e < edges; e++) {
            Dependency d = Dependency.of("c" + r.nextInt(n), "c" + r.nextInt(n));
            if (g.dependency(d.from(), d.to()).isEmpty()) {
                g.addDependency(d);
            }
        }
        if (n >= 4 && r.nextBoolean()) {
            g.addGroup(ChangeGroup.of("g", List.of("c0", "c" + (1 + r.nextInt(n - 1)))));
        }
        return g;
    }

    static ServiceGraph withoutPositions(ServiceGraph g) {
        for (Component c : List.copyOf(g.components())) {
            g.replaceComponent(c.id(), c.withPosition(null));
        }
        return g;
    }

    /** Box sizes that differ per component, as labels make them: 110..250 by 40..100. */
    private static LayoutInput.Sizes sizes(ServiceGraph g) {
        return new LayoutInput.Sizes() {
            @Override
            public double width(String id) {
                return 110 + Math.floorMod(g.requireComponent(id).displayName().hashCode(), 141);
            }

            @Override
            public double height(String id) {
                return 40 + Math.floorMod(id.hashCode(), 61);
            }
        };
    }

    /** Puts some components on a grid whose cells (300 x 150) hold any box, so placed boxes never overlap. */
    private static LayoutInput input(ServiceGraph g, Placed placed, long seed) {
        Random r = new Random(seed * 31);
        int n = g.componentCount();
        int unplaced = switch (placed) {
            case NONE -> n;
            case ALL_BUT_A_FEW -> Math.min(n / 2, 1 + r.nextInt(UnplacedPlacement.NEIGHBOUR_LIMIT));
            case SOME -> n - Math.max(1, n / 5);
        };
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, r);
        LayoutInput bare = LayoutInput.of(g, sizes(g));
        Position[] positions = new Position[n];
        int columns = 1 + r.nextInt(12);
        for (int k = unplaced; k < n; k++) {
            int cell = k - unplaced;
            positions[order.get(k)] = new Position((cell % columns) * 300.0 + r.nextInt(20),
                    (cell / columns) * 150.0 - r.nextInt(20));
        }
        return new LayoutInput(bare.ids(), bare.widths(), bare.heights(), bare.edges(), bare.groups(), positions, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void placesEveryUnplacedComponentWithoutMovingOrOverlappingAnyBox(String name, ServiceGraph g, Placed placed,
            long seed) {
        LayoutInput in = input(g, placed, seed);
        int[] waves = UnplacedPlacementTest.waves(g);
        UnplacedPlacement p = new UnplacedPlacement(in, () -> waves);
        int n = in.size();
        List<String> expectedNew = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in.positions()[i] == null) {
                expectedNew.add(in.ids().get(i));
            } else {
                assertEquals(in.positions()[i], p.position(i), "placed " + in.ids().get(i) + " moved");
            }
        }
        assertEquals(expectedNew, List.copyOf(p.added().keySet()), "every unplaced one, in index order");
        for (int i = 0; i < n; i++) {
            Position c = p.position(i);
            if (in.positions()[i] == null) {
                assertEquals(Math.rint(c.x()), c.x(), "integer centre");
                assertEquals(Math.rint(c.y()), c.y(), "integer centre");
                assertEquals(c, p.added().get(in.ids().get(i)));
            }
            for (int j = i + 1; j < n; j++) {
                if (in.positions()[i] == null || in.positions()[j] == null) {
                    assertFalse(overlap(in, p, i, j), in.ids().get(i) + " at " + c + " overlaps " + in.ids().get(j)
                            + " at " + p.position(j) + " (" + p.rule() + ")");
                }
            }
        }
        UnplacedPlacement again = new UnplacedPlacement(input(g, placed, seed), () -> waves.clone());
        assertEquals(p.added(), again.added(), "same input, same positions");
        int k = expectedNew.size();
        assertEquals(k == 0 ? Rule.NONE : k < n && k <= UnplacedPlacement.NEIGHBOUR_LIMIT && k <= n - k
                ? Rule.NEIGHBOURS : Rule.BANDS, p.rule(), "the documented rule");
    }

    private static boolean overlap(LayoutInput in, UnplacedPlacement p, int i, int j) {
        Position a = p.position(i);
        Position b = p.position(j);
        return Math.abs(a.x() - b.x()) < (in.widths()[i] + in.widths()[j]) / 2
                && Math.abs(a.y() - b.y()) < (in.heights()[i] + in.heights()[j]) / 2;
    }
}
