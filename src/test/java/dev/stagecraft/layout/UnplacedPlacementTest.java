package dev.stagecraft.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.RolloutWaves;
import dev.stagecraft.layout.UnplacedPlacement.Rule;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The placement's two rules on small graphs whose answers can be checked by eye. */
class UnplacedPlacementTest {
    static final LayoutInput.Sizes BOX = new LayoutInput.Sizes() {
        @Override
        public double width(String id) {
            return 120;
        }

        @Override
        public double height(String id) {
            return 50;
        }
    };

    /** Components and dependencies from "a>b" (a depends on b) and lone "c" entries. */
    static ServiceGraph graph(String... edges) {
        ServiceGraph g = new ServiceGraph();
        for (String e : edges) {
            String[] ab = e.split(">");
            for (String id : ab) {
                if (!g.contains(id)) {
                    g.addComponent(Component.of(id, ComponentKind.SERVICE));
                }
            }
            if (ab.length == 2) {
                g.addDependency(Dependency.of(ab[0], ab[1]));
            }
        }
        return g;
    }

    static void put(ServiceGraph g, String id, double x, double y) {
        g.replaceComponent(id, g.requireComponent(id).withPosition(new Position(x, y)));
    }

    /** Rollout waves as {@code GraphAnalysis} computes them, by snapshot index (= layout input index). */
    static int[] waves(ServiceGraph g) {
        RolloutWaves w = GraphAnalysis.of(g.snapshot()).waves();
        int[] out = new int[g.componentCount()];
        for (int v = 0; v < out.length; v++) {
            out[v] = w.waveOf(v);
        }
        return out;
    }

    static UnplacedPlacement place(ServiceGraph g) {
        return new UnplacedPlacement(LayoutInput.of(g, BOX), () -> waves(g));
    }

    private static Position at(UnplacedPlacement p, ServiceGraph g, String id) {
        return p.position(List.copyOf(g.components()).indexOf(g.requireComponent(id)));
    }

    // ---- bands (what LayeredPlacement did) --------------------------------------------------------------

    @Test
    void dependentsArePlacedAboveTheirDependencies() {
        ServiceGraph g = graph("web>api", "api>db", "api>cache");
        UnplacedPlacement p = place(g);
        assertEquals(Rule.BANDS, p.rule());
        assertTrue(at(p, g, "web").y() < at(p, g, "api").y(), "web above api");
        assertTrue(at(p, g, "api").y() < at(p, g, "db").y(), "api above db");
        assertEquals(at(p, g, "db").y(), at(p, g, "cache").y(), "db and cache share a band");
    }

    @Test
    void boxesInABandDoNotOverlap() {
        ServiceGraph g = graph("web>api", "api>db", "api>cache");
        UnplacedPlacement p = place(g);
        assertTrue(Math.abs(at(p, g, "db").x() - at(p, g, "cache").x()) >= 120 + UnplacedPlacement.H_GAP - 1);
    }

    @Test
    void manyNewComponentsGoInBandsBesideThePlacedOnes() {
        ServiceGraph g = graph("web>api", "api>db", "api>cache");
        put(g, "web", 1000, 2000);
        UnplacedPlacement p = place(g);
        assertEquals(Rule.BANDS, p.rule(), "3 unplaced, 1 placed");
        assertEquals(new Position(1000, 2000), at(p, g, "web"));
        assertEquals(Set.of("api", "db", "cache"), p.added().keySet());
        for (String id : List.of("api", "db", "cache")) {
            assertTrue(at(p, g, id).x() - 60 > 1000 + 60, id + " right of the placed one");
        }
        assertEquals(2000 - 25, Math.min(at(p, g, "api").y(), at(p, g, "db").y()) - 25, "top edges aligned");
    }

    @Test
    void wavesAreNotAskedWhenEverythingHasAPosition() {
        ServiceGraph g = graph("a");
        put(g, "a", 0, 0);
        UnplacedPlacement p = new UnplacedPlacement(LayoutInput.of(g, BOX), () -> {
            throw new AssertionError("waves asked");
        });
        assertEquals(Rule.NONE, p.rule());
        assertTrue(p.added().isEmpty());
    }

    @Test
    void membersOfAChangeGroupSitSideBySideInTheirBand() {
        ServiceGraph g = graph("top>a", "top>b", "top>c", "top>d");
        g.addGroup(ChangeGroup.of("ad", List.of("a", "d")));
        UnplacedPlacement p = place(g);
        double a = at(p, g, "a").x();
        double d = at(p, g, "d").x();
        for (String other : List.of("b", "c")) {
            double o = at(p, g, other).x();
            assertFalse(o > Math.min(a, d) && o < Math.max(a, d), other + " sits between the group's members");
        }
    }

    @Test
    void wavesMustBeOnePerComponent() {
        ServiceGraph g = graph("a>b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new UnplacedPlacement(LayoutInput.of(g, BOX), () -> new int[] {0}));
        assertTrue(e.getMessage().contains("waves for 1 components, the input has 2"), e.getMessage());
    }

    // ---- neighbours (what IncrementalPlacement did) -----------------------------------------------------

    /** a > b > c placed in a column; the new ones join it. */
    private static ServiceGraph column(String... more) {
        String[] all = new String[2 + more.length];
        all[0] = "a>b";
        all[1] = "b>c";
        System.arraycopy(more, 0, all, 2, more.length);
        ServiceGraph g = graph(all);
        put(g, "a", 0, 0);
        put(g, "b", 0, 200);
        put(g, "c", 0, 400);
        return g;
    }

    @Test
    void aNewDependentGoesAboveItsPlacedDependencyAndOverlapsNothing() {
        ServiceGraph g = column("n>b");
        UnplacedPlacement p = new UnplacedPlacement(LayoutInput.of(g, BOX), () -> {
            throw new AssertionError("a few new components need no waves");
        });
        assertEquals(Rule.NEIGHBOURS, p.rule());
        assertEquals(Set.of("n"), p.added().keySet());
        Position n = p.added().get("n");
        assertTrue(n.y() < 200, "new dependent goes above its dependency");
        for (String placed : List.of("a", "b", "c")) {
            Position o = g.requireComponent(placed).position();
            assertTrue(Math.abs(o.x() - n.x()) >= 120 || Math.abs(o.y() - n.y()) >= 50, "n overlaps " + placed);
        }
    }

    @Test
    void aNewDependencyGoesBelowItsDependentAndSlidesRightOfTheBoxThere() {
        ServiceGraph g = column("b>n");
        Position n = place(g).added().get("n");
        assertEquals(200 + UnplacedPlacement.LAYER, n.y());
        assertTrue(n.x() >= 120 + UnplacedPlacement.GAP, "slid right of c, whose box (x -60..60, y 375..425) it would overlap: " + n);
    }

    @Test
    void aChainOfNewComponentsHangsOffThePlacedOneItLeadsTo() {
        ServiceGraph g = column("n1>n2", "n2>a");
        UnplacedPlacement p = place(g);
        assertEquals(Rule.NEIGHBOURS, p.rule());
        assertEquals(-UnplacedPlacement.LAYER, p.added().get("n2").y(), "n2 above a");
        assertEquals(-2 * UnplacedPlacement.LAYER, p.added().get("n1").y(), "n1 above n2");
    }

    @Test
    void newComponentsWithoutPlacedNeighboursStartARowUnderTheDrawing() {
        ServiceGraph g = column("x", "y");
        UnplacedPlacement p = place(g);
        Position x = p.added().get("x");
        Position y = p.added().get("y");
        assertEquals(400 + 25 + UnplacedPlacement.LAYER, x.y());
        assertEquals(x.y(), y.y());
        assertTrue(y.x() - x.x() >= 120 + UnplacedPlacement.GAP, x + " then " + y);
    }

    @Test
    void theRuleIsNeighboursForAFewAmongPlacedAndBandsOtherwise() {
        assertEquals(Rule.NEIGHBOURS, ruleFor(UnplacedPlacement.NEIGHBOUR_LIMIT, 100));
        assertEquals(Rule.BANDS, ruleFor(UnplacedPlacement.NEIGHBOUR_LIMIT + 1, 100));
        assertEquals(Rule.NEIGHBOURS, ruleFor(3, 3));
        assertEquals(Rule.BANDS, ruleFor(4, 3));
        assertEquals(Rule.BANDS, ruleFor(1, 0));
    }

    private static Rule ruleFor(int unplaced, int placed) {
        int n = unplaced + placed;
        Position[] positions = new Position[n];
        for (int i = 0; i < placed; i++) {
            positions[i] = new Position(i * 200.0, 0);
        }
        LayoutInput in = new LayoutInput(IntStream.range(0, n).mapToObj(i -> "c" + i).toList(),
                filled(n, 120), filled(n, 50), new int[0][], new int[0][], positions, 0);
        return new UnplacedPlacement(in, () -> new int[n]).rule();
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    @Test
    void addedListsTheNewComponentsInModelOrder() {
        ServiceGraph g = graph("z>y", "y>x", "w");
        Map<String, Position> added = place(g).added();
        assertEquals(List.of("z", "y", "x", "w"), List.copyOf(added.keySet()));
    }
}
