package dev.stagecraft.diagram;

import dev.stagecraft.diagram.Palette.Token;

/**
 * The key to the drawing's styles, in screen pixels at the bottom left (View → Key of styles): what the arrow, the
 * dependency kinds (sync solid, async dashed, data dotted, config thin), a soft dependency, the "changing" badge and
 * a change group's hull mean. It goes to the bottom left, the bottom right or the top right, whichever covers least
 * (the selection, the legend and the controls over the map never; then the fewest components).
 */
final class StyleKeyPainter {
    static final TextStyle TITLE = new TextStyle(14, true);
    static final TextStyle ENTRY = new TextStyle(13, false);
    private static final double MARGIN = 12;
    private static final double PAD = 9;
    private static final double SAMPLE = 34;
    private static final double GAP = 8;

    /** The entries, in order: what each sample shows. */
    static final String[] LABELS = {
        "A \u2192 B: A depends on B (sync)",
        "async: dashed",
        "data: dotted",
        "config: thin",
        "soft: only degrades (lighter)",
        "changing in this release",
        "change group",
    };

    private StyleKeyPainter() {
    }

    /** The key's box (x, y, w, h) in a view of {@code width} x {@code height}, where {@code cover} costs least. */
    static double[] box(TextMeasurer m, double width, double height, LegendPainter.Cover cover) {
        double text = m.width("Key", TITLE);
        for (String label : LABELS) {
            text = Math.max(text, SAMPLE + GAP + m.width(label, ENTRY));
        }
        double w = text + 2 * PAD;
        double h = 2 * PAD + line(m, TITLE) + LABELS.length * (line(m, ENTRY) + 3);
        double[][] places = {
            {MARGIN, height - MARGIN - h, w, h},
            {width - MARGIN - w, height - MARGIN - h, w, h},
            {width - MARGIN - w, MARGIN, w, h},
        };
        double[] best = places[0];
        double least = Double.POSITIVE_INFINITY;
        for (double[] place : places) {
            double cost = cover.cost(place);
            if (cost < least) {
                least = cost;
                best = place;
            }
        }
        return best;
    }

    static void paint(Surface s, Palette p, double width, double height, LegendPainter.Cover cover) {
        TextMeasurer m = s.measurer();
        double[] b = box(m, width, height, cover);
        if (b[2] > width - 2 * MARGIN || b[3] > height / 2) {
            return; // a small view: the key would cover most of it
        }
        s.fillRoundRect(b[0], b[1], b[2], b[3], 10, p.get(Token.LEGEND_FILL));
        s.strokeRoundRect(b[0], b[1], b[2], b[3], 10, Pen.solid(p.get(Token.LEGEND_BORDER), 1));
        double x = b[0] + PAD;
        double y = b[1] + PAD;
        s.fillText("Key", x, y + m.ascent(TITLE), TITLE, p.get(Token.TEXT), Surface.Align.LEFT);
        y += line(m, TITLE) + 3;
        double entry = line(m, ENTRY) + 3;
        Rgb edge = p.get(Token.EDGE);
        for (int k = 0; k < LABELS.length; k++) {
            double mid = y + entry / 2 - 1;
            switch (k) {
                case 0 -> arrow(s, x, mid, new Pen(edge, EdgePainter.WIDTH, Pen.LineStyle.SOLID));
                case 1 -> arrow(s, x, mid, new Pen(edge, EdgePainter.WIDTH, Pen.LineStyle.DASHED));
                case 2 -> arrow(s, x, mid, new Pen(edge, EdgePainter.WIDTH, Pen.LineStyle.DOTTED));
                case 3 -> arrow(s, x, mid, new Pen(edge, EdgePainter.CONFIG_WIDTH, Pen.LineStyle.SOLID));
                case 4 -> arrow(s, x, mid, new Pen(p.get(Token.EDGE_SOFT), EdgePainter.WIDTH, Pen.LineStyle.SOLID));
                case 5 -> GraphPainter.changingBadge(s, p, x + SAMPLE / 2, mid, p.get(Token.CHANGING));
                default -> {
                    s.fillRoundRect(x, mid - 7, SAMPLE, 14, 6, p.get(Token.GROUP_FILL));
                    s.strokeRoundRect(x, mid - 7, SAMPLE, 14, 6, Pen.solid(p.get(Token.GROUP_BORDER), 1.2));
                }
            }
            s.fillText(LABELS[k], x + SAMPLE + GAP, y + m.ascent(ENTRY), ENTRY, p.get(Token.TEXT), Surface.Align.LEFT);
            y += entry;
        }
    }

    /** A short dependency arrow in the pen's style, pointing right (at what is depended on). */
    private static void arrow(Surface s, double x, double y, Pen pen) {
        s.strokeSegments(new double[] {x, y, x + SAMPLE - 8, y}, 1, pen);
        s.fillPolygon(new double[] {x + SAMPLE, y, x + SAMPLE - 9, y - 4.5, x + SAMPLE - 9, y + 4.5}, pen.color());
    }

    private static double line(TextMeasurer m, TextStyle style) {
        return m.ascent(style) + m.descent(style);
    }
}
