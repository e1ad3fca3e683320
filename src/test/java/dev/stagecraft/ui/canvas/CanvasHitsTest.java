package dev.stagecraft.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hit testing finds what is drawn under the pointer, and only that. */
class CanvasHitsTest {
    private final Diagram diagram;

    CanvasHitsTest() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("web", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        g.addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 1000)));
        g.addComponent(Component.of("cache", ComponentKind.CACHE).withPosition(new Position(600, 0)));
        g.addDependency(Dependency.of("web", "db"));
        diagram = new Diagram(g, new FixedWidthMeasurer(), (d, placed) -> { });
    }

    /** A view at this scale with the world origin at screen (500, 100). */
    private static Viewport at(double scale) {
        return new Viewport(scale, 500, 100, 1200, 800);
    }

    @Test
    void aPressOnABoxHitsTheComponentAndNearALineTheDependency() {
        Viewport v = at(1);
        assertEquals(new PointerTarget.Node("web"), CanvasHits.at(diagram, v, v.toScreenX(0), v.toScreenY(0)));
        assertEquals(new PointerTarget.Edge(new Dependency.Key("web", "db")),
                CanvasHits.at(diagram, v, v.toScreenX(0) + 3, v.toScreenY(500)));
        assertEquals(new PointerTarget.Background(), CanvasHits.at(diagram, v, v.toScreenX(300), v.toScreenY(500)));
    }

    @Test
    void noDependencyIsPickedAtAZoomWhereLinesAreNotDrawn() {
        double shown = GraphPainter.SHAPE_SCALE;
        Viewport v = at(shown);
        assertEquals(new Dependency.Key("web", "db"), CanvasHits.dependencyAt(diagram, v, v.toScreenX(0), v.toScreenY(500)));
        Viewport overview = at(shown * 0.99);
        assertNull(CanvasHits.dependencyAt(diagram, overview, overview.toScreenX(0), overview.toScreenY(500)),
                "below " + shown + " dependencies are one-pixel lines in a grey overview: nothing to point at");
        assertEquals(new PointerTarget.Background(),
                CanvasHits.at(diagram, overview, overview.toScreenX(0), overview.toScreenY(500)));
        assertEquals("web", CanvasHits.componentAt(diagram, overview, overview.toScreenX(0), overview.toScreenY(0)),
                "components are still hit");
    }

    @Test
    void aRectangleMeetsTheBoxesItTouchesInDiagramOrderWhicheverCornerItStartsFrom() {
        Viewport v = at(0.5);
        double x0 = v.toScreenX(-100);
        double y0 = v.toScreenY(-100);
        double x1 = v.toScreenX(700);
        double y1 = v.toScreenY(10);
        assertEquals(List.of("web", "cache"), CanvasHits.componentsIn(diagram, v, x0, y0, x1, y1));
        assertEquals(List.of("web", "cache"), CanvasHits.componentsIn(diagram, v, x1, y1, x0, y0));
        assertEquals(List.of(), CanvasHits.componentsIn(diagram, v, v.toScreenX(200), v.toScreenY(200),
                v.toScreenX(300), v.toScreenY(300)));
        assertEquals(List.of(), CanvasHits.componentsIn(null, v, x0, y0, x1, y1), "no diagram yet");
    }
}
