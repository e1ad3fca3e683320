package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import org.junit.jupiter.api.Test;

/**
 * Outage and degraded differ by more than colour (under a deuteranopia filter their colours are two similar browns):
 * a degraded component's border is dashed, an outage's solid, and the legend says so.
 */
class BlastWithoutColourTest {
    @Test
    void degradedBordersAreDashedAndOutageBordersSolid() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("db", ComponentKind.DATABASE).withPosition(new Position(0, 300)));
        g.addComponent(Component.of("api", ComponentKind.SERVICE).withPosition(new Position(-200, 0)));
        g.addComponent(Component.of("reports", ComponentKind.SERVICE).withPosition(new Position(200, 0)));
        g.addDependency(Dependency.of("api", "db"));
        g.addDependency(Dependency.of("reports", "db", DependencyKind.ASYNC, Strength.SOFT));
        FixedWidthMeasurer m = new FixedWidthMeasurer();
        Diagram d = new Diagram(g, m, (diagram, placed) -> { });
        Highlighting h = new HighlightAnalysis(g.snapshot()).compute(new Highlight.Blast("db"));
        assertEquals(Highlighting.NodeState.OUTAGE, h.state(d.indexOf("api")));
        assertEquals(Highlighting.NodeState.DEGRADED, h.state(d.indexOf("reports")));
        Viewport.Bounds b = d.bounds();
        Viewport v = new Viewport(1, -b.minX() + 10, -b.minY() + 10, b.width() + 20, b.height() + 20);
        SvgSurface svg = new SvgSurface(v.width(), v.height(), m);
        new GraphPainter(Palette.of(Theme.LIGHT)).paint(svg, d, h, v, GraphPainter.Detail.FULL, false);
        String outage = Palette.of(Theme.LIGHT).get(Palette.Token.OUTAGE).hex();
        String degraded = Palette.of(Theme.LIGHT).get(Palette.Token.DEGRADED).hex();
        String text = svg.toSvg();
        assertTrue(borders(text, degraded).allMatch(l -> l.contains("stroke-dasharray")), "degraded: dashed\n" + text);
        assertTrue(borders(text, outage).noneMatch(l -> l.contains("stroke-dasharray")), "outage: solid\n" + text);
        assertTrue(borders(text, degraded).findAny().isPresent() && borders(text, outage).findAny().isPresent());
        assertTrue(h.legend().stream().anyMatch(e -> e.label().contains("dashed")), "the legend says so");
    }

    /** The SVG elements stroked in that colour with no fill: the node borders. */
    private static java.util.stream.Stream<String> borders(String svg, String colour) {
        return svg.lines().filter(l -> l.contains("rect") && l.contains("fill=\"none\"")
                && l.contains("stroke=\"" + colour + "\""));
    }
}
