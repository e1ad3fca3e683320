package dev.stagecraft.diagram.timeline;

import dev.stagecraft.diagram.Palette.Token;
import dev.stagecraft.diagram.Surface;
import dev.stagecraft.diagram.Surface.Align;
import dev.stagecraft.diagram.SvgSurface;
import dev.stagecraft.diagram.TextMeasurer;
import dev.stagecraft.diagram.TextStyle;
import dev.stagecraft.plan.RolloutPlan;

/**
 * The whole timeline as one picture ({@code stagecraft render FILE --timeline}): a title and the plan's summary
 * above the chart, every row below, minutes fitted to the width. A plan taller than {@value #MAX_HEIGHT} pixels
 * shows its first rows and says how many more there are. The PNG backend is {@code ui.render}'s, over the same
 * frame and {@link #paint}.
 */
public final class TimelineExport {
    public static final int MAX_HEIGHT = 8192;
    /** Text size of the picture's labels (the window's normal text is 14 px). */
    public static final double TEXT_SIZE = 15;
    private static final double MARGIN = 12;

    private TimelineExport() {
    }

    /** The frame of the whole picture at this width: tall enough for every row, up to {@value #MAX_HEIGHT}. */
    public static TimelineFrame frame(TimelineLayout l, TextMeasurer m, int width) {
        double top = headerHeight(m);
        TimelineFrame probe = TimelineFrame.fit(l, m, width, MAX_HEIGHT, top, TEXT_SIZE);
        double usage = Math.min(2, l.usage().size()) * (TimelinePainter.USAGE_BAND + 6);
        double height = Math.min(MAX_HEIGHT, probe.rowsTop() + (l.rowCount() + 1) * probe.rowHeight() + usage + MARGIN);
        return probe.withSize(width, Math.ceil(height));
    }

    private static double headerHeight(TextMeasurer m) {
        return MARGIN + lineHeight(m, title()) + lineHeight(m, text()) + MARGIN;
    }

    /** Title, summary and the chart, every row that fits. */
    public static void paint(Surface s, TimelineLayout l, TimelinePainter painter, TimelineFrame f) {
        var palette = painter.palette();
        s.clear(palette.get(Token.BACKGROUND));
        painter.paint(s, l, f, TimelineMarks.NONE);
        TextMeasurer m = s.measurer();
        RolloutPlan p = l.plan();
        double y = MARGIN + m.ascent(title());
        s.fillText("Rollout timeline \u00b7 " + p.metadata().name(), 6, y, title(), palette.get(Token.TEXT), Align.LEFT);
        y += m.descent(title()) + m.ascent(text());
        String summary = TimelineText.summary(p);
        s.fillText(TimelinePainter.fit(m, summary, f.width() - 12, text()), 6, y, text(),
                palette.get(Token.TEXT_SECONDARY), Align.LEFT);
        int shown = f.endVisibleRow(l.rowCount());
        if (shown < l.rowCount()) {
            double band = f.rowHeight() * 1.2;
            double top = f.height() - band;
            s.fillRects(new double[] {0, top, f.width(), band}, 1, palette.get(Token.BACKGROUND));
            s.fillText(String.format(java.util.Locale.ROOT, "\u2026 and %,d more steps (the first %,d are shown)",
                            l.rowCount() - shown + 1, shown - 1), 6, top + band * 0.7, text(),
                    palette.get(Token.TEXT_SECONDARY), Align.LEFT);
        }
        s.flush();
    }

    public static String toSvg(TimelineLayout l, TimelinePainter painter, TextMeasurer m, TimelineFrame f) {
        SvgSurface svg = new SvgSurface(f.width(), f.height(), m);
        paint(svg, l, painter, f);
        return svg.toSvg();
    }

    private static TextStyle title() {
        return new TextStyle(TEXT_SIZE * 1.25, true);
    }

    private static TextStyle text() {
        return new TextStyle(TEXT_SIZE, false);
    }

    private static double lineHeight(TextMeasurer m, TextStyle style) {
        return m.ascent(style) + m.descent(style) + 4;
    }
}
