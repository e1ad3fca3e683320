package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramTest {
    private final TextMeasurer measurer = new FixedWidthMeasurer();

    @Test
    void boxesAreWideEnoughForTheirLabels() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE).withName("A rather long display name for a box"));
        g.addComponent(Component.of("b", ComponentKind.DATABASE).withTeam("a-team-with-a-very-long-name-indeed"));
        Diagram d = new Diagram(g, measurer, placeAtOrigin());
        for (int i = 0; i < d.size(); i++) {
            double textLeft = Diagram.PAD_X + Diagram.GLYPH + Diagram.GLYPH_GAP;
            double room = d.width(i) - textLeft - Diagram.PAD_X;
            for (String line : d.nameLines(i)) {
                assertTrue(measurer.width(line, Diagram.NAME) <= room, "name line fits " + line);
            }
            assertTrue(measurer.width(d.secondary(i), Diagram.SECONDARY) <= room, "secondary fits " + d.id(i));
            assertTrue(d.secondaryBaseline(i) + measurer.descent(Diagram.SECONDARY) <= d.height(i), "lines fit");
        }
    }

    @Test
    void longNamesWrapSoBoxesFitComponentsTwoHundredUnitsApart() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("db", ComponentKind.DATABASE).withName("Inventory DB (PostgreSQL)"));
        Diagram d = new Diagram(g, measurer, placeAtOrigin());
        assertEquals(java.util.List.of("Inventory DB", "(PostgreSQL)"), java.util.List.of(d.nameLines(0)));
        assertTrue(d.width(0) < 190, "width " + d.width(0));
    }

    @Test
    void nodeAtFindsTheBoxUnderAPoint() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        g.addComponent(Component.of("b", ComponentKind.SERVICE).withPosition(new Position(500, 300)));
        Diagram d = new Diagram(g, measurer, placeAtOrigin());
        assertEquals(0, d.nodeAt(0, 0));
        assertEquals(1, d.nodeAt(510, 305));
        assertEquals(-1, d.nodeAt(250, 150));
    }

    @Test
    void spatialIndexReturnsWhatIsInsideAndSkipsFarAwayNodes() {
        ServiceGraph g = new ServiceGraph();
        for (int i = 0; i < 100; i++) {
            g.addComponent(Component.of("n" + i, ComponentKind.SERVICE)
                    .withPosition(new Position((i % 10) * 400, (i / 10) * 300)));
        }
        for (int i = 0; i < 99; i++) {
            g.addDependency(Dependency.of("n" + i, "n" + (i + 1)));
        }
        g.addDependency(Dependency.of("n0", "n99"));
        Diagram d = new Diagram(g, measurer, placeAtOrigin());
        int[] out = new int[d.size()];
        int count = d.spatial().nodesIn(new Viewport.Bounds(-50, -50, 450, 50), out);
        Set<Integer> found = new HashSet<>();
        Arrays.stream(out, 0, count).forEach(found::add);
        assertTrue(found.containsAll(Set.of(0, 1)), "both boxes in the strip: " + found);
        assertTrue(count < 30, "only nearby cells were visited: " + count);
        int[] edges = new int[d.edgeCount()];
        int edgeCount = d.spatial().edgesIn(new Viewport.Bounds(1700, 1300, 1900, 1400), edges);
        Set<Integer> edgeSet = new HashSet<>();
        Arrays.stream(edges, 0, edgeCount).forEach(edgeSet::add);
        assertTrue(edgeSet.contains(99), "the long diagonal n0 -> n99 passes through the middle: " + edgeSet);
        assertTrue(edgeCount < 20, "edges far away are not returned: " + edgeCount);
    }

    @Test
    void groupBoxEnclosesItsMembersWithRoomForTheLabel() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        g.addComponent(Component.of("b", ComponentKind.SERVICE).withPosition(new Position(300, 100)));
        g.addGroup(dev.stagecraft.model.ChangeGroup.of("ab", java.util.List.of("a", "b")));
        Diagram d = new Diagram(g, measurer, placeAtOrigin());
        double[] box = d.groupBoxOf(0);
        for (int i = 0; i < 2; i++) {
            assertTrue(box[0] < d.left(i) && box[0] + box[2] > d.left(i) + d.width(i));
            assertTrue(box[1] + d.groupLabelHeight() < d.top(i) && box[1] + box[3] > d.top(i) + d.height(i));
        }
    }

    private static Diagram.Placement placeAtOrigin() {
        return (d, placed) -> {
            for (int i = 0; i < d.size(); i++) {
                if (!placed[i]) {
                    d.moveNode(i, 0, 0);
                }
            }
        };
    }
}
