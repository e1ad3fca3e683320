package dev.stagecraft.diagram.timeline;

import dev.stagecraft.diagram.TextMeasurer;
import dev.stagecraft.diagram.TextStyle;

/**
 * Where a timeline is looked at, in pixels: a legend strip and the minutes axis at the top, a column of step names
 * at the left, rows below. Minutes map to x linearly ({@link #xOf}, {@link #minuteAt}); rows scroll vertically by
 * {@code scrollY}. Sizes follow the text size so the chart is as readable as the window's text. Immutable; hit tests
 * are O(1).
 *
 * @param width       picture width
 * @param height      picture height
 * @param top         y of the legend strip's top (room above it belongs to the caller, e.g. a title)
 * @param textSize    text size of every label, in pixels
 * @param labelWidth  width of the column of wave and step names
 * @param pxPerMinute horizontal zoom, &gt; 0
 * @param firstMinute the minute at the left edge of the chart area (scrolled horizontally), may be fractional
 * @param scrollY     pixels of rows scrolled out of view above, &gt;= 0
 */
public record TimelineFrame(double width, double height, double top, double textSize, double labelWidth,
                            double pxPerMinute, double firstMinute, double scrollY) {
    /** Room between the name column and minute {@link #firstMinute}. */
    public static final double PAD = 10;
    /** Widest the name column gets, as a share of the width. */
    private static final double MAX_LABEL_SHARE = 0.3;
    /** How many of the longest step ids are measured for the name column. */
    private static final int MEASURED = 40;

    public TimelineFrame {
        if (!(pxPerMinute > 0)) {
            throw new IllegalArgumentException("pxPerMinute must be positive, was " + pxPerMinute);
        }
    }

    /** A frame showing the whole plan's minutes across {@code width}, scrolled to the top. */
    public static TimelineFrame fit(TimelineLayout layout, TextMeasurer m, double width, double height, double top,
                                    double textSize) {
        double label = labelWidth(layout, m, width, textSize);
        TimelineFrame f = new TimelineFrame(width, height, top, textSize, label, 1, 0, 0);
        return f.withPxPerMinute(fitScale(layout, f));
    }

    /** The zoom that shows minutes 0 to the plan's end across the chart area. */
    public static double fitScale(TimelineLayout layout, TimelineFrame f) {
        double room = Math.max(40, f.chartWidth() - 2 * PAD - f.textSize() * 2);
        return room / Math.max(1, layout.endMinute());
    }

    /**
     * Width of the name column: the wave tag and the longest step ids (by characters, at most {@value #MEASURED} or
     * so of them measured), within limits. O(steps), no sorting: a 20,000-step plan is measured on every new plan.
     */
    static double labelWidth(TimelineLayout layout, TextMeasurer m, double width, double textSize) {
        TextStyle style = new TextStyle(textSize, false);
        int n = layout.rowCount();
        int longest = 0;
        for (int r = 0; r < n; r++) {
            longest = Math.max(longest, layout.step(r).id().length());
        }
        int[] count = new int[longest + 2];
        for (int r = 0; r < n; r++) {
            count[layout.step(r).id().length()]++;
        }
        int threshold = longest;
        for (int seen = count[longest]; threshold > 0 && seen < MEASURED; seen += count[--threshold]) {
            // lower the length until about MEASURED ids are at least that long
        }
        double widest = m.width("Wave 00", new TextStyle(textSize, true));
        int measured = 0;
        for (int r = 0; r < n && measured < 4 * MEASURED; r++) {
            String id = layout.step(r).id();
            if (id.length() >= threshold) {
                widest = Math.max(widest, m.width(id, style));
                measured++;
            }
        }
        double wanted = waveColumn(textSize) + widest + textSize * 1.2;
        return Math.max(textSize * 7, Math.min(wanted, width * MAX_LABEL_SHARE));
    }

    /** Width of the narrow column of wave tags ("W3") left of the step names. */
    public static double waveColumn(double textSize) {
        return textSize * 2.6;
    }

    public double rowHeight() {
        return Math.round(textSize * 1.8);
    }

    public double legendHeight() {
        return Math.round(textSize * 1.7);
    }

    public double axisHeight() {
        return Math.round(textSize * 1.8);
    }

    /** y of the minutes axis's top. */
    public double axisTop() {
        return top + legendHeight();
    }

    /** y where row 0 starts when not scrolled. */
    public double rowsTop() {
        return axisTop() + axisHeight();
    }

    /** x where the chart area (bars) begins. */
    public double chartLeft() {
        return labelWidth;
    }

    public double chartWidth() {
        return Math.max(1, width - labelWidth);
    }

    /** Pixels of rows in view. */
    public double rowsHeight() {
        return Math.max(0, height - rowsTop());
    }

    /** x of a minute. */
    public double xOf(double minute) {
        return chartLeft() + PAD + (minute - firstMinute) * pxPerMinute;
    }

    /** The minute at x (fractional; may be negative or beyond the plan's end). */
    public double minuteAt(double x) {
        return firstMinute + (x - chartLeft() - PAD) / pxPerMinute;
    }

    /** The whole minute nearest to x, at least 0. */
    public int wholeMinuteAt(double x) {
        return (int) Math.max(0, Math.round(minuteAt(x)));
    }

    public double rowTop(int row) {
        return rowsTop() + row * rowHeight() - scrollY;
    }

    /** The row at y, -1 above the rows or below the last of {@code rowCount}. */
    public int rowAt(double y, int rowCount) {
        if (y < rowsTop()) {
            return -1;
        }
        int row = (int) Math.floor((y - rowsTop() + scrollY) / rowHeight());
        return row < rowCount ? row : -1;
    }

    /** The first row at least partly in view. */
    public int firstVisibleRow() {
        return (int) Math.max(0, Math.floor(scrollY / rowHeight()));
    }

    /** One past the last row at least partly in view, at most {@code rowCount}. */
    public int endVisibleRow(int rowCount) {
        return (int) Math.min(rowCount, Math.ceil((scrollY + rowsHeight()) / rowHeight()));
    }

    /** Whether y is on the minutes axis (where dragging moves the playhead). */
    public boolean onAxis(double y) {
        return y >= axisTop() && y < rowsTop();
    }

    /** Bar top of a row (bars fill the middle of their row). */
    public double barTop(int row) {
        return rowTop(row) + Math.round(rowHeight() * 0.16);
    }

    public double barHeight() {
        return rowHeight() - 2 * Math.round(rowHeight() * 0.16);
    }

    /**
     * The row whose step is under (x, y): its bar (a few pixels of slack either side) or its name in the left
     * column; -1 when there is none.
     */
    public int stepAt(TimelineLayout layout, double x, double y) {
        int row = rowAt(y, layout.rowCount());
        if (row < 0 || x < 0 || x > width) {
            return -1;
        }
        if (x < chartLeft()) {
            return row;
        }
        double slack = 3;
        double x0 = xOf(layout.step(row).startMinute()) - slack;
        double x1 = Math.max(xOf(layout.step(row).endMinute()), x0 + 2 * slack + 2) + slack;
        return x >= x0 && x <= x1 ? row : -1;
    }

    /** Largest useful {@link #scrollY} for so many rows. */
    public double maxScrollY(int rowCount) {
        return Math.max(0, rowCount * rowHeight() - rowsHeight());
    }

    public TimelineFrame withSize(double w, double h) {
        return new TimelineFrame(w, h, top, textSize, labelWidth, pxPerMinute, firstMinute, scrollY);
    }

    public TimelineFrame withPxPerMinute(double value) {
        return new TimelineFrame(width, height, top, textSize, labelWidth, value, firstMinute, scrollY);
    }

    public TimelineFrame withFirstMinute(double value) {
        return new TimelineFrame(width, height, top, textSize, labelWidth, pxPerMinute, value, scrollY);
    }

    public TimelineFrame withScrollY(double value) {
        return new TimelineFrame(width, height, top, textSize, labelWidth, pxPerMinute, firstMinute, value);
    }

    /** Zoomed by {@code factor} keeping the minute under x where it is. */
    public TimelineFrame zoomedAround(double x, double factor) {
        double minute = minuteAt(x);
        double scale = pxPerMinute * factor;
        double first = minute - (x - chartLeft() - PAD) / scale;
        return new TimelineFrame(width, height, top, textSize, labelWidth, scale, first, scrollY);
    }

    /** Scrolled so that a row is in view (unchanged when it is). */
    public TimelineFrame revealRow(int row) {
        double y0 = row * rowHeight();
        double y1 = y0 + rowHeight();
        if (y0 < scrollY) {
            return withScrollY(y0);
        }
        if (y1 > scrollY + rowsHeight()) {
            return withScrollY(Math.max(0, y1 - rowsHeight()));
        }
        return this;
    }

    /** Scrolled so that minutes {@code from}..{@code to} are in view where they fit (unchanged when they are). */
    public TimelineFrame revealMinutes(double from, double to) {
        double left = minuteAt(chartLeft() + PAD);
        double right = minuteAt(width - PAD);
        if (from >= left && to <= right) {
            return this;
        }
        if (to - from > right - left || from < left) {
            return withFirstMinute(from - PAD / pxPerMinute);
        }
        return withFirstMinute(firstMinute + (to - right));
    }
}
