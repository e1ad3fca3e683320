package dev.stagecraft.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.SvgSurface;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A collapsed system is one card at its members' centre: the members and the dependencies among them are not drawn,
 * a dependency to a member from outside is an arrow to the card, and a press on the card is the system's.
 */
class CollapsedSystemsTest {
    private final HeadlessTextMeasurer m = new HeadlessTextMeasurer();

    private Diagram diagram() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("web", ComponentKind.SERVICE).withPosition(new Position(300, 60)));
        g.addComponent(Component.of("orders-db", ComponentKind.DATABASE).withSystem("data")
                .withPosition(new Position(200, 300)));
        g.addComponent(Component.of("events", ComponentKind.QUEUE).withSystem("data")
                .withPosition(new Position(400, 300)));
        g.addDependency(Dependency.of("web", "orders-db"));
        g.addDependency(Dependency.of("web", "events"));
        g.addDependency(Dependency.of("events", "orders-db"));
        return new Diagram(g, m, (d, placed) -> { });
    }

    private static String paint(Diagram d, Set<String> collapsed) {
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        painter.setCollapsedSystems(collapsed);
        SvgSurface svg = new SvgSurface(800, 600, new HeadlessTextMeasurer());
        painter.paint(svg, d, Highlighting.none(d.size()), new Viewport(1, 0, 0, 800, 600), GraphPainter.Detail.FULL,
                false);
        return svg.toSvg();
    }

    @Test
    void theCardReplacesItsMembersAndTheirDependencies() {
        Diagram d = diagram();
        String open = paint(d, Set.of());
        assertTrue(open.contains(">orders-db</text>") && open.contains(">events</text>"));
        assertTrue(open.contains(">system data</text>"), "the hull's label");
        String shut = paint(d, Set.of("data"));
        assertFalse(shut.contains(">orders-db</text>") || shut.contains(">events</text>"), "members not drawn");
        assertTrue(shut.contains(">system data</text>"), "the card's title");
        assertTrue(shut.contains("2 components"), "the card says what it holds");
        assertTrue(shut.contains(">web</text>"), "the rest is drawn");
    }

    @Test
    void aPressOnTheCardIsTheSystemsAndItsMembersCannotBeHit() {
        Diagram d = diagram();
        Viewport v = new Viewport(1, 0, 0, 800, 600);
        // the card is centred between the members: (300, 300)
        PointerTarget onCard = CanvasHits.at(d, v, 300, 300, Set.of("data"));
        PointerTarget.System system = assertInstanceOf(PointerTarget.System.class, onCard);
        assertEquals("data", system.system());
        assertEquals(List.of("orders-db", "events"), system.members());
        // where a member was, outside the card, there is nothing to press
        double[] card = GraphPainter.cardOf(d, 0);
        int member = d.indexOf("orders-db");
        double x = d.left(member) + 2;
        double y = d.centerY(member);
        assertTrue(x < card[0], "the member's left edge is outside the card");
        assertFalse(CanvasHits.at(d, v, x, y, Set.of("data")) instanceof PointerTarget.Node);
        assertEquals(new PointerTarget.Node("orders-db"), CanvasHits.at(d, v, x, y, Set.of()), "expanded: the member");
    }
}
