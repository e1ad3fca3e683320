package dev.stagecraft.diagram;

import dev.stagecraft.diagram.Palette.Token;

/** The box at the top left that says what the highlight shows (title and colour swatches), in screen pixels. */
final class LegendPainter {
    static final TextStyle TITLE = new TextStyle(16, true);
    static final TextStyle ENTRY = new TextStyle(14, false);

    private LegendPainter() {
    }

    static final double MARGIN = 12;
    private static final double PAD = 8;
    /**
     * Entries go in at most two rows (as many columns as that takes: a replay's nine in five), so the box stays
     * inside the strip Fit keeps free at the top and covers as little of the drawing as it can.
     */
    static final int ROWS = 2;
    private static final double COLUMN_GAP = 18;

    /** Height of the legend box including its top margin, 0 when the highlight has no legend. */
    static double height(TextMeasurer m, Highlighting h) {
        return height(m, h, 1);
    }

    /** The same with text and spacing {@code scale} times the usual (the window's text size). */
    static double height(TextMeasurer m, Highlighting h, double scale) {
        if (h.title() == null) {
            return 0;
        }
        return MARGIN + 2 * PAD * scale + lineHeight(m, title(scale)) + rows(h) * (lineHeight(m, entry(scale)) + 2 * scale);
    }

    private static TextStyle title(double scale) {
        return new TextStyle(TITLE.size() * scale, true);
    }

    private static TextStyle entry(double scale) {
        return new TextStyle(ENTRY.size() * scale, false);
    }

    private static int columns(Highlighting h) {
        return Math.max(1, (h.legend().size() + ROWS - 1) / ROWS);
    }

    private static int rows(Highlighting h) {
        int c = columns(h);
        return (h.legend().size() + c - 1) / c;
    }

    /** What a legend box at a screen rectangle (x, y, w, h) would cover; lower is better. */
    @FunctionalInterface
    interface Cover {
        double cost(double[] box);
    }

    /**
     * At the top left, the top right or (when {@code bottomLeft}) the bottom left of a view, whichever covers
     * least by {@code cover} (the selection most, then what the highlight marks, then any box); top left on a tie.
     * Returns the box drawn (x, y, w, h), null when the highlight has no legend.
     */
    static double[] paint(Surface s, Palette p, Highlighting h, double viewWidth, double viewHeight, boolean bottomLeft,
                          double scale, Cover cover) {
        if (h.title() == null) {
            return null;
        }
        TextMeasurer m = s.measurer();
        TextStyle titleStyle = title(scale);
        TextStyle entryStyle = entry(scale);
        double pad = PAD * scale;
        double swatch = 14 * scale;
        double indent = 22 * scale;
        double titleH = lineHeight(m, titleStyle);
        double entryH = lineHeight(m, entryStyle) + 2 * scale;
        int rows = rows(h);
        double[] columnWidth = new double[columns(h)];
        for (int k = 0; k < h.legend().size(); k++) {
            int c = k / rows;
            columnWidth[c] = Math.max(columnWidth[c], indent + m.width(h.legend().get(k).label(), entryStyle));
        }
        double entries = 0;
        for (double w : columnWidth) {
            entries += w;
        }
        entries += (columnWidth.length - 1) * COLUMN_GAP * scale;
        double width = Math.max(m.width(h.title(), titleStyle), entries);
        double boxW = width + 2 * pad;
        double boxH = height(m, h, scale) - MARGIN;
        double[][] corners = bottomLeft
                ? new double[][] {{MARGIN, MARGIN}, {viewWidth - MARGIN - boxW, MARGIN}, {MARGIN, viewHeight - MARGIN - boxH}}
                : new double[][] {{MARGIN, MARGIN}, {viewWidth - MARGIN - boxW, MARGIN}};
        double x = MARGIN;
        double y = MARGIN;
        double best = Double.POSITIVE_INFINITY;
        for (double[] c : corners) {
            double cost = cover.cost(new double[] {c[0], c[1], boxW, boxH});
            if (cost < best) {
                best = cost;
                x = c[0];
                y = c[1];
            }
        }
        s.fillRoundRect(x, y, boxW, boxH, 10, p.get(Token.LEGEND_FILL));
        s.strokeRoundRect(x, y, boxW, boxH, 10, Pen.solid(p.get(Token.LEGEND_BORDER), 1));
        s.fillText(h.title(), x + pad, y + pad + m.ascent(titleStyle), titleStyle, p.get(Token.TEXT), Surface.Align.LEFT);
        double top = y + pad + titleH + 4 * scale;
        double left = x + pad;
        for (int k = 0; k < h.legend().size(); k++) {
            if (k > 0 && k % rows == 0) {
                left += columnWidth[k / rows - 1] + COLUMN_GAP * scale;
            }
            Highlighting.LegendEntry e = h.legend().get(k);
            double line = top + (k % rows) * entryH;
            s.fillRoundRect(left, line + 2 * scale, swatch, swatch, 4 * scale, e.in(p));
            s.fillText(e.label(), left + indent, line + m.ascent(entryStyle), entryStyle, p.get(Token.TEXT),
                    Surface.Align.LEFT);
        }
        return new double[] {x, y, boxW, boxH};
    }

    private static double lineHeight(TextMeasurer m, TextStyle style) {
        return m.ascent(style) + m.descent(style);
    }
}
