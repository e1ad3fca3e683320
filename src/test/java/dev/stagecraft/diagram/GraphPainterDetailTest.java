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

    /** The SVG of {@code g} at {@code scale} under the highlight {@code h} makes of its diagram (AUTO detail). */
    private String svgAt(ServiceGraph g, double scale, java.util.function.Function<Diagram, Highlighting> h) {
        Diagram d = new Diagram(g, measurer, (diagram, placed) -> { });
        Viewport.Bounds b = d.bounds();
        Viewport v = new Viewport(scale, -b.minX() * scale, -b.minY() * scale, b.width() * scale + 1,
                b.height() * scale + 1);
        SvgSurface svg = new SvgSurface(v.width(), v.height(), measurer);
        new GraphPainter(Palette.of(Theme.LIGHT)).paint(svg, d, h.apply(d), v, GraphPainter.Detail.AUTO, false);
        return svg.toSvg();
    }

    private static long lines(String svg) {
        return java.util.regex.Pattern.compile("L-?[0-9]").matcher(svg).results().count();
    }

    @Test
    void farOutAManyComponentGraphIsAnOverviewThatSaysSoAndDrawsOnlyHighlightedDependencies() {
        ServiceGraph g = dev.stagecraft.synthetic.GraphGenerator.generate(2_500, 10_000, 3);
        String plain = svgAt(g, 0.02, d -> Highlighting.none(d.size()));
        assertTrue(plain.contains("Overview of 2,500 components"), "the picture says what it is");
        assertEquals(0, lines(plain), "no dependency drawn one by one");
        String selected = svgAt(g, 0.02, d -> {
            int hub = d.indexOf(g.dependencies().iterator().next().to());
            return Highlighting.blast(d.size(), hub, d.id(hub), new int[] {d.indexOf(g.dependencies().iterator().next().from())},
                    new int[0]);
        });
        assertTrue(lines(selected) > 0, "a highlighted dependency is still drawn");
        String near = svgAt(g, 0.3, d -> Highlighting.none(d.size()));
        assertTrue(!near.contains("Overview of") && lines(near) >= 5_000, "zoomed in, each dependency is drawn");
        ServiceGraph small = dev.stagecraft.synthetic.GraphGenerator.generate(GraphPainter.OVERVIEW_MIN_NODES - 1, 4_000, 3);
        assertTrue(lines(svgAt(small, 0.02, d -> Highlighting.none(d.size()))) > 0, "fewer components are drawn one by one");
    }
}
