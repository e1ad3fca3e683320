package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.TestGraphs;
import org.junit.jupiter.api.Test;

/** Names stay drawn when zoomed out on a small graph and give way to plain boxes on a large one. */
class GraphPainterDetailTest {
    private final FixedWidthMeasurer measurer = new FixedWidthMeasurer();

    private int textsDrawn(ServiceGraph g, double scale) {
        Diagram d = new Diagram(g, measurer, (diagram, placed) -> { });
        Viewport.Bounds b = d.bounds();
        Viewport v = new Viewport(scale, -b.minX() * scale, -b.minY() * scale, b.width() * scale + 1,
                b.height() * scale + 1);
        SvgSurface svg = new SvgSurface(v.width(), v.height(), measurer);
        new GraphPainter(Palette.of(Theme.LIGHT)).paint(svg, d, Highlighting.none(d.size()), v,
                GraphPainter.Detail.AUTO, false);
        return svg.toSvg().split("<text", -1).length - 1;
    }

    @Test
    void aSmallGraphKeepsItsNamesDownToAQuarterScale() {
        ServiceGraph shop = TestGraphs.shop(true);
        assertTrue(textsDrawn(shop, 0.3) >= shop.componentCount(), "names at 30 %");
        assertEquals(0, textsDrawn(shop, 0.2), "no text at 20 %");
    }

    @Test
    void manyBoxesInViewAreDrawnWithoutTextBelowTheUsualScale() {
        ServiceGraph big = new ServiceGraph();
        for (int i = 0; i < GraphPainter.SMALL_TEXT_NODES + 50; i++) {
            big.addComponent(Component.of("c" + i, ComponentKind.SERVICE)
                    .withPosition(new Position((i % 20) * 220, (i / 20) * 120)));
        }
        assertEquals(0, textsDrawn(big, 0.3));
        assertTrue(textsDrawn(big, 0.5) >= big.componentCount());
    }
}
