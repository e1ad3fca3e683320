package dev.stagecraft.diagram;

import dev.stagecraft.diagram.Palette.Token;

/** The box at the top left that says what the highlight shows (title and colour swatches), in screen pixels. */
final class LegendPainter {
    static final TextStyle TITLE = new TextStyle(16, true);
    static final TextStyle ENTRY = new TextStyle(14, false);

    private LegendPainter() {
    }

    static final double MARGIN = 12;
    private static final double PAD = 10;

    /** Height of the legend box including its top margin, 0 when the highlight has no legend. */
    static double height(TextMeasurer m, Highlighting h) {
        if (h.title() == null) {
            return 0;
        }
        return MARGIN + PAD + lineHeight(m, TITLE) + h.legend().size() * (lineHeight(m, ENTRY) + 4) + PAD;
    }

    static void paint(Surface s, Palette p, Highlighting h) {
        if (h.title() == null) {
            return;
        }
        TextMeasurer m = s.measurer();
        double pad = PAD;
        double titleH = lineHeight(m, TITLE);
        double entryH = lineHeight(m, ENTRY) + 4;
        double width = m.width(h.title(), TITLE);
        for (Highlighting.LegendEntry e : h.legend()) {
            width = Math.max(width, 22 + m.width(e.label(), ENTRY));
        }
        double boxW = width + 2 * pad;
        double boxH = height(m, h) - MARGIN;
        double x = MARGIN;
        double y = MARGIN;
        s.fillRoundRect(x, y, boxW, boxH, 10, p.get(Token.LEGEND_FILL));
        s.strokeRoundRect(x, y, boxW, boxH, 10, Pen.solid(p.get(Token.LEGEND_BORDER), 1));
        s.fillText(h.title(), x + pad, y + pad + m.ascent(TITLE), TITLE, p.get(Token.TEXT), Surface.Align.LEFT);
        double line = y + pad + titleH + 4;
        for (Highlighting.LegendEntry e : h.legend()) {
            s.fillRoundRect(x + pad, line + 2, 14, 14, 4, p.get(e.color()));
            s.fillText(e.label(), x + pad + 22, line + m.ascent(ENTRY), ENTRY, p.get(Token.TEXT), Surface.Align.LEFT);
            line += entryH;
        }
    }

    private static double lineHeight(TextMeasurer m, TextStyle style) {
        return m.ascent(style) + m.descent(style);
    }
}
