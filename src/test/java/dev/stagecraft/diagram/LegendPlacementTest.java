package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The highlight's legend (top left) and the key of styles (bottom left) are drawn where the selected component is
 * not: over it they move to the right-hand side. The key is there only when asked for.
 */
class LegendPlacementTest {
    private static final double W = 1000;
    private static final double H = 700;
    private final TextMeasurer m = new HeadlessTextMeasurer();

    /** Two components; {@code selected} is placed at the screen point (x, y) under a 1:1 view. */
    private String paint(double x, double y, boolean key) {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("selected", ComponentKind.SERVICE).withPosition(new Position(x, y)));
        g.addComponent(Component.of("other", ComponentKind.DATABASE).withPosition(new Position(500, 350)));
        g.addDependency(Dependency.of("selected", "other"));
        Diagram d = new Diagram(g, m, (diagram, placed) -> { });
        Highlighting h = Highlighting.blast(2, d.indexOf("selected"), "selected", new int[0], new int[0]);
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        painter.setStyleKey(key);
        SvgSurface svg = new SvgSurface(W, H, m);
        painter.paint(svg, d, h, new Viewport(1, 0, 0, W, H), GraphPainter.Detail.FULL, true);
        return svg.toSvg();
    }

    private static double textX(String svg, String text) {
        Matcher found = Pattern.compile("<text x=\"([-0-9.]+)\"[^>]*>" + Pattern.quote(text) + "</text>").matcher(svg);
        assertTrue(found.find(), "'" + text + "' is drawn");
        return Double.parseDouble(found.group(1));
    }

    @Test
    void theLegendMovesRightWhenTheSelectionIsUnderIt() {
        String title = "Blast radius of selected: 0 outage, 0 degraded";
        assertTrue(textX(paint(700, 400, false), title) < 100, "top left when the selection is elsewhere");
        assertTrue(textX(paint(60, 40, false), title) > 300, "top right when the selection is at the top left");
    }

    @Test
    void theLegendGoesToTheCornerWhereItCoversNoMarkedComponent() {
        // the selection in the middle; an impacted component (outage) under the top left corner
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("selected", ComponentKind.SERVICE).withPosition(new Position(500, 350)));
        g.addComponent(Component.of("impacted", ComponentKind.SERVICE).withPosition(new Position(90, 40)));
        g.addComponent(Component.of("plain", ComponentKind.SERVICE).withPosition(new Position(W - 90, 40)));
        g.addDependency(Dependency.of("impacted", "selected"));
        Diagram d = new Diagram(g, m, (diagram, placed) -> { });
        Highlighting h = Highlighting.blast(3, d.indexOf("selected"), "selected", new int[] {d.indexOf("impacted")},
                new int[0]);
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        SvgSurface svg = new SvgSurface(W, H, m);
        painter.paint(svg, d, h, new Viewport(1, 0, 0, W, H), GraphPainter.Detail.FULL, true);
        double x = textX(svg.toSvg(), "Blast radius of selected: 1 outage, 0 degraded");
        double y = textY(svg.toSvg(), "Blast radius of selected: 1 outage, 0 degraded");
        assertTrue(x < 100 && y > H / 2, "bottom left: the top corners hold a marked and a plain box (" + x + ", " + y + ")");
    }

    private static double textY(String svg, String text) {
        Matcher found = Pattern.compile("<text x=\"[-0-9.]+\" y=\"([-0-9.]+)\"[^>]*>" + Pattern.quote(text) + "</text>")
                .matcher(svg);
        assertTrue(found.find(), "'" + text + "' is drawn");
        return Double.parseDouble(found.group(1));
    }

    @Test
    void theKeyIsShownOnlyWhenAskedAndAvoidsTheSelection() {
        assertFalse(paint(700, 300, false).contains(">Key</text>"), "no key unless asked");
        String shown = paint(700, 300, true);
        assertTrue(textX(shown, "Key") < 100, "bottom left");
        for (String label : StyleKeyPainter.LABELS) {
            assertTrue(shown.contains(label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")), label);
        }
        assertTrue(textX(paint(80, H - 60, true), "Key") > W / 2, "bottom right when the selection is at the bottom left");
        assertEquals(textX(paint(700, 300, true), "Key"), textX(paint(700, 100, true), "Key"), "stays put otherwise");
    }

    @Test
    void theLegendAndTheKeyStayClearOfTheControlsOverTheMap() {
        // the selection at the top left; the Find bar over the top right: the legend goes to the bottom left
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("selected", ComponentKind.SERVICE).withPosition(new Position(60, 40)));
        Diagram d = new Diagram(g, m, (diagram, placed) -> { });
        Highlighting h = Highlighting.blast(1, 0, "selected", new int[0], new int[0]);
        GraphPainter painter = new GraphPainter(Palette.of(Theme.LIGHT));
        painter.setBlocked(java.util.List.of(new double[] {W - 420, 0, 420, 60}));
        SvgSurface svg = new SvgSurface(W, H, m);
        painter.paint(svg, d, h, new Viewport(1, 0, 0, W, H), GraphPainter.Detail.FULL, true);
        String title = "Blast radius of selected: 0 outage, 0 degraded";
        assertTrue(textX(svg.toSvg(), title) < 100 && textY(svg.toSvg(), title) > H / 2,
                "bottom left: the top left holds the selection, the top right the Find bar");
        // with the key shown as well, the key takes neither the legend's corner nor the minimap's (bottom right)
        painter.setStyleKey(true);
        painter.setBlocked(java.util.List.of(new double[] {W - 220, H - 160, 220, 160}));
        svg = new SvgSurface(W, H, m);
        painter.paint(svg, d, h, new Viewport(1, 0, 0, W, H), GraphPainter.Detail.FULL, true);
        assertTrue(textX(svg.toSvg(), title) > 300 && textY(svg.toSvg(), title) < H / 2,
                "legend at the top right: " + textX(svg.toSvg(), title) + ", " + textY(svg.toSvg(), title));
        assertTrue(textX(svg.toSvg(), "Key") < 100 && textY(svg.toSvg(), "Key") > H / 2,
                "key at the bottom left, clear of the legend and the minimap");
    }

    @Test
    void wavesHaveALegendOfTheirColours() {
        Highlighting few = Highlighting.waves(3, new int[] {0, 1, 2});
        assertEquals(java.util.List.of("W0 (first)", "W1", "W2"),
                few.legend().stream().map(Highlighting.LegendEntry::label).toList());
        Palette p = Palette.of(Theme.LIGHT);
        assertEquals(p.wave(1), few.legend().get(1).in(p), "the swatch is the wave's colour");
        int[] many = java.util.stream.IntStream.range(0, 30).toArray();
        Highlighting lots = Highlighting.waves(30, many);
        assertEquals(Palette.WAVE_COLORS, lots.legend().size(), "one entry per colour");
        assertEquals("W0 (first), W8, W16, \u2026", lots.legend().get(0).label());
        assertEquals("W7, W15, W23", lots.legend().get(7).label());
    }
}
