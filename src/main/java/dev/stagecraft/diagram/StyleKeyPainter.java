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
    static double[] box(TextMeasurer m, double width, double height, double scale, LegendPainter.Cover cover) {
        TextStyle title = new TextStyle(TITLE.size() * scale, true);
        TextStyle entry = new TextStyle(ENTRY.size() * scale, false);
        double text = m.width("Key", title);
        for (String label : LABELS) {
            text = Math.max(text, (SAMPLE + GAP) * scale + m.width(label, entry));
        }
        double w = text + 2 * PAD * scale;
        double h = 2 * PAD * scale + line(m, title) + LABELS.length * (line(m, entry) + 3 * scale);
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

    static void paint(Surface s, Palette p, double width, double height, double scale, LegendPainter.Cover cover) {
        TextMeasurer m = s.measurer();
        TextStyle title = new TextStyle(TITLE.size() * scale, true);
        TextStyle entryStyle = new TextStyle(ENTRY.size() * scale, false);
        double sample = SAMPLE * scale;
        double[] b = box(m, width, height, scale, cover);
        if (b[2] > width - 2 * MARGIN || b[3] > height / 2) {
            return; // a small view: the key would cover most of it
        }
        s.fillRoundRect(b[0], b[1], b[2], b[3], 10, p.get(Token.LEGEND_FILL));
        s.strokeRoundRect(b[0], b[1], b[2], b[3], 10, Pen.solid(p.get(Token.LEGEND_BORDER), 1));
        double x = b[0] + PAD * scale;
        double y = b[1] + PAD * scale;
        s.fillText("Key", x, y + m.ascent(title), title, p.get(Token.TEXT), Surface.Align.LEFT);
        y += line(m, title) + 3 * scale;
        double entry = line(m, entryStyle) + 3 * scale;
        Rgb edge = p.get(Token.EDGE);
        for (int k = 0; k < LABELS.length; k++) {
            double mid = y + entry / 2 - 1;
            switch (k) {
                case 0 -> arrow(s, x, mid, sample, new Pen(edge, EdgePainter.WIDTH, Pen.LineStyle.SOLID));
                case 1 -> arrow(s, x, mid, sample, new Pen(edge, EdgePainter.WIDTH, Pen.LineStyle.DASHED));
                case 2 -> arrow(s, x, mid, sample, new Pen(edge, EdgePainter.WIDTH, Pen.LineStyle.DOTTED));
                case 3 -> arrow(s, x, mid, sample, new Pen(edge, EdgePainter.CONFIG_WIDTH, Pen.LineStyle.SOLID));
                case 4 -> arrow(s, x, mid, sample, new Pen(p.get(Token.EDGE_SOFT), EdgePainter.WIDTH, Pen.LineStyle.SOLID));
                case 5 -> GraphPainter.changingBadge(s, p, x + sample / 2, mid, p.get(Token.CHANGING));
                default -> {
                    s.fillRoundRect(x, mid - 7 * scale, sample, 14 * scale, 6, p.get(Token.GROUP_FILL));
                    s.strokeRoundRect(x, mid - 7 * scale, sample, 14 * scale, 6, Pen.solid(p.get(Token.GROUP_BORDER), 1.2));
                }
            }
            s.fillText(LABELS[k], x + sample + GAP * scale, y + m.ascent(entryStyle), entryStyle, p.get(Token.TEXT),
                    Surface.Align.LEFT);
            y += entry;
        }
    }

    /** A short dependency arrow in the pen's style, pointing right (at what is depended on). */
    private static void arrow(Surface s, double x, double y, double sample, Pen pen) {
        s.strokeSegments(new double[] {x, y, x + sample - 8, y}, 1, pen);
        s.fillPolygon(new double[] {x + sample, y, x + sample - 9, y - 4.5, x + sample - 9, y + 4.5}, pen.color());
    }

    private static double line(TextMeasurer m, TextStyle style) {
        return m.ascent(style) + m.descent(style);
    }
}
