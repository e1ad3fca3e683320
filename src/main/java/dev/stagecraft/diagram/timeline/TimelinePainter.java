package dev.stagecraft.diagram.timeline;

import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Palette.Token;
import dev.stagecraft.diagram.Pen;
import dev.stagecraft.diagram.Rgb;
import dev.stagecraft.diagram.Surface;
import dev.stagecraft.diagram.Surface.Align;
import dev.stagecraft.diagram.TextMeasurer;
import dev.stagecraft.diagram.TextStyle;
import dev.stagecraft.plan.ChangeCalendar;

/**
 * Paints a {@link TimelineLayout} in a {@link TimelineFrame} on any {@link Surface} (the window's canvas, PNG, SVG):
 * the legend, the minutes axis, a band per wave of the plan, one bar per step split into its canary stages (deploy
 * part in the map's wave colour, bake part shaded, percent labels where they fit), the plan's critical path
 * outlined and linked, selected and focused bars, the {@code after} links of the hovered step and the playhead.
 * Only rows in view are painted: O(rows in view + critical-path links in view). Draws in screen pixels; what is
 * painted later covers what scrolled under the axis or the name column.
 */
public final class TimelinePainter {
    private static final double ARROW = 7;
    private final Palette palette;

    public TimelinePainter(Palette palette) {
        this.palette = palette;
    }

    public Palette palette() {
        return palette;
    }

    /** The shade of a bar's bake parts. */
    public Rgb bakeShade(Rgb barColour) {
        return barColour.mix(palette.get(Token.BACKGROUND), 0.58);
    }

    /** The background of the rows of odd plan waves (even ones have the plain background). */
    private Rgb band() {
        return palette.get(Token.BACKGROUND).mix(palette.get(Token.DIM), 0.16);
    }

    private Rgb selectedRow() {
        return palette.get(Token.SELECTED).mix(palette.get(Token.BACKGROUND), 0.82);
    }

    public void paint(Surface s, TimelineLayout l, TimelineFrame f, TimelineMarks marks) {
        s.setTransform(1, 0, 0);
        TextStyle text = new TextStyle(f.textSize(), false);
        TextStyle bold = new TextStyle(f.textSize(), true);
        int from = f.firstVisibleRow();
        int to = f.endVisibleRow(l.rowCount());
        Rgb bg = palette.get(Token.BACKGROUND);
        s.fillRects(new double[] {0, f.top(), f.width(), f.height() - f.top()}, 1, bg);
        rowBackgrounds(s, l, f, marks, from, to, 0, f.width());
        int tick = l.start() == null ? tickMinutes(s.measurer(), f, text) : clockTickMinutes(s.measurer(), f, text);
        calendarBands(s, l, f, text);
        grid(s, l, f, tick);
        criticalLinks(s, l, f, from, to);
        for (int row = from; row < to; row++) {
            bar(s, l, f, row, marks, text);
        }
        if (marks.hovered() >= 0 && marks.hovered() < l.rowCount()) {
            afterLinks(s, l, f, marks.hovered());
        }
        freezeLabels(s, l, f, text);
        Integer playhead = marks.playheadMinute();
        if (playhead != null) {
            playheadLine(s, f, playhead);
        }
        names(s, l, f, marks, from, to, text, bold);
        usageCurves(s, l, f, text);
        axis(s, l, f, tick, text, playhead);
        legend(s, f, text, playhead != null, l.start() != null, l.plan().summary().approvalWaitMinutes() > 0);
        s.flush();
    }

    private void rowBackgrounds(Surface s, TimelineLayout l, TimelineFrame f, TimelineMarks marks, int from, int to,
                                double x0, double x1) {
        Rgb band = band();
        Rgb selected = selectedRow();
        Pen separator = Pen.solid(palette.get(Token.EDGE_SOFT), 1);
        for (int row = from; row < to; row++) {
            double y = f.rowTop(row);
            if (marks.isSelected(row)) {
                s.fillRects(new double[] {x0, y, x1 - x0, f.rowHeight()}, 1, selected);
            } else if (l.wave(row) % 2 == 1) {
                s.fillRects(new double[] {x0, y, x1 - x0, f.rowHeight()}, 1, band);
            }
            if (l.startsWave(row) && row > 0) {
                s.strokeSegments(new double[] {x0, y + 0.5, x1, y + 0.5}, 1, separator);
            }
        }
    }

    /**
     * A plan in calendar time: the times every graph-wide window is closed lightly shaded, and each freeze a hatched
     * band over all rows with its reason at the top (where it is wide enough).
     */
    private void calendarBands(Surface s, TimelineLayout l, TimelineFrame f, TextStyle text) {
        if (l.start() == null) {
            return;
        }
        double top = f.rowsTop();
        double bottom = Math.min(f.height(), f.rowTop(l.rowCount()));
        if (bottom <= top) {
            return;
        }
        Rgb closed = palette.get(Token.DIM).mix(palette.get(Token.BACKGROUND), 0.8);
        for (ChangeCalendar.Span span : l.closed()) {
            double a = Math.max(f.chartLeft(), f.xOf(span.from()));
            double b = Math.min(f.width(), f.xOf(span.to()));
            if (b > a) {
                s.fillRects(new double[] {a, top, b - a, bottom - top}, 1, closed);
            }
        }
        Rgb freeze = palette.get(Token.OUTAGE);
        Rgb freezeFill = freeze.mix(palette.get(Token.BACKGROUND), 0.82);
        for (ChangeCalendar.Span span : l.freezes()) {
            double a = Math.max(f.chartLeft(), f.xOf(span.from()));
            double b = Math.min(f.width(), f.xOf(span.to()));
            if (b <= a) {
                continue;
            }
            s.fillRects(new double[] {a, top, b - a, bottom - top}, 1, freezeFill);
            // hatching: a freeze reads as one without its colour (the projector's, or a colour-blind eye)
            double[] lines = new double[4 * 256];
            int count = 0;
            double step = 12;
            for (double x = a - (bottom - top); x < b && count < 256; x += step) {
                double x0 = Math.max(a, x);
                double y0 = bottom - (x0 - x);
                double x1 = Math.min(b, x + (bottom - top));
                double y1 = bottom - (x1 - x);
                if (x1 > x0) {
                    lines[count * 4] = x0;
                    lines[count * 4 + 1] = y0;
                    lines[count * 4 + 2] = x1;
                    lines[count * 4 + 3] = y1;
                    count++;
                }
            }
            s.strokeSegments(lines, count, Pen.solid(freeze.mix(palette.get(Token.BACKGROUND), 0.55), 1));
            s.strokeSegments(new double[] {a + 0.5, top, a + 0.5, bottom, b - 0.5, top, b - 0.5, bottom}, 2,
                    Pen.solid(freeze, 1.5));
        }
    }

    /** Each freeze's reason at the top of its band, over the bars and waits (a wait's dashes crossed it). */
    private void freezeLabels(Surface s, TimelineLayout l, TimelineFrame f, TextStyle text) {
        if (l.start() == null) {
            return;
        }
        double top = f.rowsTop();
        if (Math.min(f.height(), f.rowTop(l.rowCount())) <= top) {
            return;
        }
        TextMeasurer m = s.measurer();
        Rgb freeze = palette.get(Token.OUTAGE);
        for (ChangeCalendar.Span span : l.freezes()) {
            double a = Math.max(f.chartLeft(), f.xOf(span.from()));
            double b = Math.min(f.width(), f.xOf(span.to()));
            String shown = b <= a ? "" : fit(m, "freeze: " + span.label(), b - a - 8, text);
            if (!shown.isEmpty()) {
                double w = m.width(shown, text) + 8;
                s.fillRoundRect(a + 2, top + 2, w, m.ascent(text) + m.descent(text) + 4, 4, palette.get(Token.BACKGROUND));
                s.fillText(shown, a + 6, top + 4 + m.ascent(text), text, freeze, Align.LEFT);
            }
        }
    }

    /**
     * Capacity budgets: each budgeted resource's usage over the plan as a step line in the lowest part of the chart
     * (its height the larger of budget and peak), the budget as a dashed line, and a label with the peak; the part over
     * the budget in the outage colour.
     */
    private void usageCurves(Surface s, TimelineLayout l, TimelineFrame f, TextStyle text) {
        if (l.usage().isEmpty()) {
            return;
        }
        int all = Math.min(2, l.usage().size());
        double band = USAGE_BAND;
        double below = f.rowTop(l.rowCount()) + 6;
        // under the last row when there is room (the export makes it; the window scrolls that far), else as many as
        // fit in half the rows' height pinned to the bottom of the view over an opaque footer: the rows scroll on
        // beneath it
        boolean room = below + all * (band + 6) <= f.height();
        int shown = room ? all : pinnedBands(l, f);
        if (shown == 0) {
            return;
        }
        double bottom = room ? below + all * (band + 6) - 6 : f.height() - 6;
        if (!room) {
            double footerTop = f.height() - shown * (band + 6) - 6;
            s.fillRects(new double[] {0, footerTop, f.width(), f.height() - footerTop}, 1, palette.get(Token.BACKGROUND));
            s.strokeSegments(new double[] {0, footerTop + 0.5, f.width(), footerTop + 0.5}, 1,
                    Pen.solid(palette.get(Token.DIM), 1));
        }
        TextMeasurer m = s.measurer();
        Rgb ink = palette.get(Token.TEXT);
        Rgb over = palette.get(Token.OUTAGE);
        for (int c = 0; c < shown; c++) {
            TimelineLayout.UsageCurve u = l.usage().get(c);
            double base = bottom - (shown - 1 - c) * (band + 6);
            double top = base - band;
            double scale = Math.max(u.budget(), u.peak());
            if (scale <= 0 || top < f.rowsTop()) {
                continue;
            }
            s.fillRects(new double[] {f.chartLeft(), top, f.width() - f.chartLeft(), band}, 1,
                    palette.get(Token.BACKGROUND).mix(palette.get(Token.DIM), 0.06));
            double budgetY = base - band * u.budget() / scale;
            s.strokeSegments(new double[] {f.chartLeft(), budgetY, f.width(), budgetY}, 1,
                    new Pen(over, 1.5, Pen.LineStyle.DASHED));
            double[] line = new double[4 * (u.minutes().length * 2 + 2)];
            int n = 0;
            double prevX = f.xOf(0);
            double prevY = base;
            for (int i = 0; i < u.minutes().length; i++) {
                double x = f.xOf(u.minutes()[i]);
                double y = base - band * u.values()[i] / scale;
                line[n * 4] = prevX;
                line[n * 4 + 1] = prevY;
                line[n * 4 + 2] = x;
                line[n * 4 + 3] = prevY;
                n++;
                line[n * 4] = x;
                line[n * 4 + 1] = prevY;
                line[n * 4 + 2] = x;
                line[n * 4 + 3] = y;
                n++;
                if (u.values()[i] > u.budget() + 1e-9 && i + 1 < u.minutes().length) {
                    double next = f.xOf(u.minutes()[i + 1]);
                    s.fillRects(new double[] {x, y, next - x, budgetY - y}, 1, over.mix(palette.get(Token.BACKGROUND), 0.5));
                }
                prevX = x;
                prevY = y;
            }
            s.strokeSegments(line, n, Pen.solid(ink, 2));
            String label = u.pool() + " " + u.resource() + ": peak " + amount(u.peak()) + " of " + amount(u.budget());
            double w = m.width(label, text) + 10;
            s.fillRoundRect(f.chartLeft() + 4, top + 2, w, m.ascent(text) + m.descent(text) + 4, 4,
                    palette.get(Token.BACKGROUND));
            s.fillText(label, f.chartLeft() + 9, top + 4 + m.ascent(text), text,
                    u.peak() > u.budget() + 1e-9 ? over : ink, Align.LEFT);
        }
    }

    /** The height the capacity bands take under the rows (0 without budgets): the window scrolls that much further. */
    public static double footerHeight(TimelineLayout l) {
        return l.usage().isEmpty() ? 0 : Math.min(2, l.usage().size()) * (USAGE_BAND + 6) + 6;
    }

    /** How many capacity bands stay pinned at the bottom while the rows scroll: those that fit in half their height. */
    static int pinnedBands(TimelineLayout l, TimelineFrame f) {
        int fit = (int) Math.floor((f.rowsHeight() * 0.5 - 6) / (USAGE_BAND + 6));
        return Math.max(0, Math.min(Math.min(2, l.usage().size()), fit));
    }

    /** Height of one capacity usage band. */
    public static final double USAGE_BAND = 70;

    private static String amount(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Ticks of a plan in calendar time: hours, or days, whose "Mon 09:00" / "Mon 12-07" labels do not touch. */
    static int clockTickMinutes(TextMeasurer m, TimelineFrame f, TextStyle style) {
        double label = m.width("Mon 00:00", style) + f.textSize();
        int[] steps = {15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 40320};
        for (int step : steps) {
            if (step * f.pxPerMinute() >= label) {
                return step;
            }
        }
        int step = 80640;
        while (step * f.pxPerMinute() < label && step < Integer.MAX_VALUE / 2) {
            step *= 2;
        }
        return step;
    }

    /** The tick label at a minute: the minute itself, or for a plan in calendar time the weekday with time or date. */
    static String tickLabel(TimelineLayout l, long minute, int tick) {
        if (l.start() == null) {
            return Long.toString(minute);
        }
        java.time.ZonedDateTime at = l.start().plusMinutes(minute);
        String day = at.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return tick < 1440 ? String.format(java.util.Locale.ROOT, "%s %02d:%02d", day, at.getHour(), at.getMinute())
                : String.format(java.util.Locale.ROOT, "%s %02d-%02d", day, at.getMonthValue(), at.getDayOfMonth());
    }

    /** Minutes between ticks: the smallest of 1, 2, 5, 10, 15, 30, 60, 120, ... whose labels do not touch. */
    static int tickMinutes(TextMeasurer m, TimelineFrame f, TextStyle style) {
        double label = m.width("00000", style) + f.textSize();
        int[] steps = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
        for (int step : steps) {
            if (step * f.pxPerMinute() >= label) {
                return step;
            }
        }
        int step = 2880;
        while (step * f.pxPerMinute() < label && step < Integer.MAX_VALUE / 2) {
            step *= 2;
        }
        return step;
    }

    private void grid(Surface s, TimelineLayout l, TimelineFrame f, int tick) {
        double[] lines = new double[4 * 512];
        int count = 0;
        int first = (int) Math.max(0, Math.ceil(f.minuteAt(f.chartLeft()) / tick)) * tick;
        for (long m = first; count < 512; m += tick) {
            double x = Math.round(f.xOf(m)) + 0.5;
            if (x > f.width()) {
                break;
            }
            lines[count * 4] = x;
            lines[count * 4 + 1] = f.rowsTop();
            lines[count * 4 + 2] = x;
            lines[count * 4 + 3] = Math.min(f.height(), f.rowTop(l.rowCount()));
            count++;
        }
        s.strokeSegments(lines, count, Pen.solid(palette.get(Token.DIM).mix(palette.get(Token.BACKGROUND), 0.45), 1));
    }

    private void bar(Surface s, TimelineLayout l, TimelineFrame f, int row, TimelineMarks marks, TextStyle text) {
        Rgb colour = palette.wave(l.colourWave(row));
        Rgb bake = bakeShade(colour);
        double y = f.barTop(row);
        double h = f.barHeight();
        var step = l.step(row);
        double x0 = f.xOf(step.startMinute());
        double x1 = Math.max(f.xOf(step.endMinute()), x0 + 3);
        if (x1 < f.chartLeft() || x0 > f.width()) {
            return;
        }
        // waiting before its first stage (a sign-off, a closed window, a freeze): the same dashes as between stages
        Pen waiting = new Pen(bake, 2, Pen.LineStyle.DASHED);
        if (step.clock() != null) {
            for (var w : step.clock().waits()) {
                if (w.stage() == 1 && w.minutes() > 0) {
                    s.strokeSegments(new double[] {f.xOf(w.from()), y + h / 2, f.xOf(w.from() + w.minutes()), y + h / 2},
                            1, waiting);
                }
            }
        } else if (!step.approvals().isEmpty()) {
            int wait = dev.stagecraft.plan.StepApproval.waitOf(step.approvals());
            s.strokeSegments(new double[] {f.xOf(step.startMinute() - wait), y + h / 2, x0, y + h / 2}, 1, waiting);
        }
        int n = l.stageCount(row);
        TextMeasurer m = s.measurer();
        double ascent = m.ascent(text);
        double baseline = y + (h + ascent - m.descent(text)) / 2;
        for (int i = 0; i < n; i++) {
            double a = f.xOf(l.stageStart(row, i));
            double b = f.xOf(l.bakeStart(row, i));
            double c = f.xOf(l.stageEnd(row, i));
            if (b > a) {
                s.fillRects(new double[] {a, y, b - a, h}, 1, colour);
            }
            if (c > b) {
                s.fillRects(new double[] {b, y, c - b, h}, 1, bake);
            }
            if (i > 0) {
                s.strokeSegments(new double[] {a, y, a, y + h}, 1, Pen.solid(palette.get(Token.BACKGROUND), 1.5));
                double before = f.xOf(l.stageEnd(row, i - 1));
                if (a - before > 2) {
                    // held between stages (a change window or a freeze): a dashed line at the bar's middle
                    s.strokeSegments(new double[] {before, y + h / 2, a, y + h / 2}, 1,
                            new Pen(bake, 2, Pen.LineStyle.DASHED));
                }
            }
            String label = l.timing(row).percent(i) + "%";
            double w = m.width(label, text);
            if (c - b >= w + 6) {
                s.fillText(label, (b + c) / 2, baseline, text, palette.get(Token.TEXT), Align.CENTER);
            } else if (b - a >= w + 6) {
                s.fillText(label, (a + b) / 2, baseline, text, palette.get(Token.BADGE_TEXT), Align.CENTER);
            }
        }
        if (x1 - x0 <= 3) {
            s.fillRects(new double[] {x0, y, x1 - x0, h}, 1, colour);
        }
        if (l.onCriticalPath(row)) {
            s.strokeRoundRect(x0 - 1, y - 1, x1 - x0 + 2, h + 2, 3, Pen.solid(palette.get(Token.CRITICAL), 2.5));
        }
        if (marks.isSelected(row)) {
            s.strokeRoundRect(x0 - 3, y - 3, x1 - x0 + 6, h + 6, 6, Pen.solid(palette.get(Token.SELECTED), 3));
        }
        if (marks.focused() == row) {
            s.strokeRoundRect(x0 - 5.5, y - 5.5, x1 - x0 + 11, h + 11, 8,
                    new Pen(palette.get(Token.TEXT), 1.5, Pen.LineStyle.DASHED));
        }
    }

    /** The critical path's steps linked end to start, where a link crosses the rows in view. */
    private void criticalLinks(Surface s, TimelineLayout l, TimelineFrame f, int from, int to) {
        int[] chain = l.criticalChain();
        Pen pen = Pen.solid(palette.get(Token.CRITICAL), 2);
        for (int i = 1; i < chain.length; i++) {
            int a = chain[i - 1];
            int b = chain[i];
            if (Math.max(a, b) < from || Math.min(a, b) >= to) {
                continue;
            }
            link(s, l, f, a, b, pen);
        }
    }

    /** The hovered step's links: from each step it waits for (solid), and to each step waiting for it (dashed). */
    private void afterLinks(Surface s, TimelineLayout l, TimelineFrame f, int row) {
        Pen after = Pen.solid(palette.get(Token.TEXT), 2);
        Pen waiter = new Pen(palette.get(Token.TEXT_SECONDARY), 2, Pen.LineStyle.DASHED);
        for (int a : l.after(row)) {
            link(s, l, f, a, row, after);
        }
        for (int w : l.waiters(row)) {
            link(s, l, f, row, w, waiter);
        }
    }

    /** An elbow from the end of {@code from}'s bar to the start of {@code to}'s, with an arrowhead. */
    private void link(Surface s, TimelineLayout l, TimelineFrame f, int from, int to, Pen pen) {
        double xa = f.xOf(l.step(from).endMinute());
        double ya = f.rowTop(from) + f.rowHeight() / 2;
        double xb = f.xOf(l.step(to).startMinute());
        double yb = f.rowTop(to) + f.rowHeight() / 2;
        double bend = Math.max(xa, xb - ARROW - 4);
        double yEdge = yb + (yb > ya ? -f.barHeight() / 2 : f.barHeight() / 2);
        if (Math.abs(xb - xa) < ARROW + 4) {
            // the next step starts where this one ends: straight down onto its bar's start
            s.strokePolyline(new double[] {xa, ya, xa + 3, ya, xa + 3, yEdge}, pen);
            arrowDown(s, xa + 3, yEdge, yb > ya, pen.color());
            return;
        }
        s.strokePolyline(new double[] {xa, ya, bend, ya, bend, yb, xb - ARROW, yb}, pen);
        s.fillPolygon(new double[] {xb, yb, xb - ARROW, yb - ARROW / 2, xb - ARROW, yb + ARROW / 2}, pen.color());
    }

    private static void arrowDown(Surface s, double x, double y, boolean down, Rgb colour) {
        double d = down ? ARROW : -ARROW;
        s.fillPolygon(new double[] {x, y, x - ARROW / 2, y - d, x + ARROW / 2, y - d}, colour);
    }

    private void playheadLine(Surface s, TimelineFrame f, int minute) {
        double x = f.xOf(minute);
        if (x < f.chartLeft() || x > f.width()) {
            return;
        }
        s.strokeSegments(new double[] {x, f.axisTop(), x, f.height()}, 1, Pen.solid(palette.get(Token.TEXT), 2));
    }

    private void names(Surface s, TimelineLayout l, TimelineFrame f, TimelineMarks marks, int from, int to,
                       TextStyle text, TextStyle bold) {
        double w = f.chartLeft();
        s.fillRects(new double[] {0, f.rowsTop(), w, f.rowsHeight()}, 1, palette.get(Token.BACKGROUND));
        rowBackgrounds(s, l, f, marks, from, to, 0, w);
        TextMeasurer m = s.measurer();
        double waveColumn = TimelineFrame.waveColumn(f.textSize());
        double idLeft = waveColumn + f.textSize() * 0.6;
        double idRoom = w - idLeft - 6;
        for (int row = from; row < to; row++) {
            double top = f.rowTop(row);
            double baseline = top + (f.rowHeight() + m.ascent(text) - m.descent(text)) / 2;
            if (l.startsWave(row) || row == from) {
                double y = Math.max(top, f.rowsTop());
                double base = y + (f.rowHeight() + m.ascent(bold) - m.descent(bold)) / 2;
                s.fillText("P" + l.wave(row), 6, base, bold, palette.get(Token.TEXT_SECONDARY), Align.LEFT);
            }
            if (l.onCriticalPath(row)) {
                s.fillRects(new double[] {idLeft - f.textSize() * 0.45, f.barTop(row), 4, f.barHeight()}, 1,
                        palette.get(Token.CRITICAL));
            }
            s.fillText(fit(m, l.step(row).id(), idRoom, text), idLeft, baseline, text, palette.get(Token.TEXT), Align.LEFT);
        }
        s.strokeSegments(new double[] {w - 0.5, f.rowsTop(), w - 0.5, f.height()}, 1,
                Pen.solid(palette.get(Token.EDGE_SOFT), 1));
    }

    private void axis(Surface s, TimelineLayout l, TimelineFrame f, int tick, TextStyle text, Integer playhead) {
        double top = f.axisTop();
        double h = f.axisHeight();
        s.fillRects(new double[] {0, top, f.width(), h}, 1, palette.get(Token.BACKGROUND));
        TextMeasurer m = s.measurer();
        double baseline = top + (h + m.ascent(text) - m.descent(text)) / 2;
        Rgb secondary = palette.get(Token.TEXT_SECONDARY);
        double[] ticks = new double[4 * 512];
        int count = 0;
        int first = (int) Math.max(0, Math.ceil(f.minuteAt(f.chartLeft()) / tick)) * tick;
        for (long minute = first; count < 512; minute += tick) {
            double x = Math.round(f.xOf(minute)) + 0.5;
            if (x > f.width() + tick * f.pxPerMinute()) {
                break;
            }
            ticks[count * 4] = x;
            ticks[count * 4 + 1] = top + h - 6;
            ticks[count * 4 + 2] = x;
            ticks[count * 4 + 3] = top + h;
            count++;
            String label = tickLabel(l, minute, tick);
            double lw = m.width(label, text);
            if (x - lw / 2 >= f.chartLeft() + 2 && x + lw / 2 <= f.width() - 2) {
                s.fillText(label, x, baseline - 3, text, secondary, Align.CENTER);
            }
        }
        s.strokeSegments(ticks, count, Pen.solid(secondary, 1));
        s.strokeSegments(new double[] {0, top + h - 0.5, f.width(), top + h - 0.5}, 1,
                Pen.solid(palette.get(Token.EDGE_SOFT), 1));
        s.fillText(l.start() == null ? "minutes" : l.start().getZone().getId(), 6, baseline - 3, text, secondary,
                Align.LEFT);
        if (playhead != null) {
            double x = f.xOf(playhead);
            if (x >= f.chartLeft() && x <= f.width()) {
                String label = playhead + " min";
                double lw = m.width(label, text) + 12;
                double bx = Math.max(f.chartLeft(), Math.min(f.width() - lw, x - lw / 2));
                s.fillRoundRect(bx, top + 2, lw, h - 4, 6, palette.get(Token.TEXT));
                s.fillText(label, bx + lw / 2, baseline - 1, text, palette.get(Token.BACKGROUND), Align.CENTER);
            }
        }
        if (l.rowCount() == 0) {
            s.fillText("No steps: the plan advances nothing.", f.chartLeft() + TimelineFrame.PAD,
                    f.rowsTop() + f.rowHeight(), text, secondary, Align.LEFT);
        }
    }

    /** One line: what the colours, shading and outlines mean. */
    private void legend(Surface s, TimelineFrame f, TextStyle text, boolean playhead, boolean calendar,
                        boolean signOffs) {
        double top = f.top();
        double h = f.legendHeight();
        s.fillRects(new double[] {0, top, f.width(), h}, 1, palette.get(Token.BACKGROUND));
        TextMeasurer m = s.measurer();
        double baseline = top + (h + m.ascent(text) - m.descent(text)) / 2;
        double sw = f.textSize() * 1.4;
        double sh = f.textSize() * 0.8;
        double sy = top + (h - sh) / 2;
        double x = 6;
        Rgb ink = palette.get(Token.TEXT);
        // the long names where they fit in one line, else the short ones (large text in a narrow panel)
        // the rows' tags are the plan's waves (P0, P1, ...: changing components only), the colours the map's (W0, ...)
        String deploy = "deploy (colour: its wave W on the map; P = wave of the plan)";
        String critical = "critical path of the plan";
        double gap = sw + 6 + text.size() * 1.1;
        double longWidth = 6 + 5 * gap + m.width(deploy, text) + m.width("bake", text) + m.width(critical, text)
                + m.width("selected", text) + (playhead ? m.width("playhead", text) : 0)
                + (calendar ? 3 * gap + m.width("held - - -", text) + m.width("windows closed", text)
                + m.width("freeze", text) : 0);
        if (longWidth > f.width()) {
            deploy = "deploy (map wave colour)";
            critical = "critical path";
            double shorter = longWidth - m.width("deploy (colour: its wave W on the map; P = wave of the plan)", text)
                    - m.width("critical path of the plan", text) + m.width(deploy, text) + m.width(critical, text);
            if (shorter > f.width()) {
                deploy = "deploy";
            }
        }
        // the swatches in three wave colours: a bar takes its component's wave colour on the map
        for (int w = 0; w < 3; w++) {
            s.fillRects(new double[] {x + w * sw / 3, sy, sw / 3, sh}, 1, palette.wave(w));
        }
        x = label(s, deploy, x + sw + 6, baseline, text, ink);
        for (int w = 0; w < 3; w++) {
            s.fillRects(new double[] {x + w * sw / 3, sy, sw / 3, sh}, 1, bakeShade(palette.wave(w)));
        }
        x = label(s, "bake", x + sw + 6, baseline, text, ink);
        s.strokeRoundRect(x, sy, sw, sh, 3, Pen.solid(palette.get(Token.CRITICAL), 2.5));
        x = label(s, critical, x + sw + 6, baseline, text, ink);
        s.strokeRoundRect(x, sy, sw, sh, 5, Pen.solid(palette.get(Token.SELECTED), 3));
        x = label(s, "selected", x + sw + 6, baseline, text, ink);
        if (playhead) {
            s.strokeSegments(new double[] {x + sw / 2, top + 3, x + sw / 2, top + h - 3}, 1, Pen.solid(ink, 2));
            x = label(s, "playhead", x + sw + 6, baseline, text, ink);
        }
        if (calendar || signOffs) {
            s.strokeSegments(new double[] {x, sy + sh / 2, x + sw, sy + sh / 2}, 1,
                    new Pen(bakeShade(palette.wave(1)), 2, Pen.LineStyle.DASHED));
            x = label(s, calendar ? "held" : "waiting for sign-off", x + sw + 6, baseline, text, ink);
        }
        if (calendar) {
            s.fillRects(new double[] {x, sy, sw, sh}, 1, palette.get(Token.DIM).mix(palette.get(Token.BACKGROUND), 0.8));
            x = label(s, "windows closed", x + sw + 6, baseline, text, ink);
            Rgb freeze = palette.get(Token.OUTAGE);
            s.fillRects(new double[] {x, sy, sw, sh}, 1, freeze.mix(palette.get(Token.BACKGROUND), 0.82));
            s.strokeSegments(new double[] {x, sy + sh, x + sh, sy, x + sw - sh, sy + sh, x + sw, sy}, 2,
                    Pen.solid(freeze, 1));
            label(s, "freeze", x + sw + 6, baseline, text, ink);
        }
    }

    private static double label(Surface s, String text, double x, double baseline, TextStyle style, Rgb ink) {
        s.fillText(text, x, baseline, style, ink, Align.LEFT);
        return x + s.measurer().width(text, style) + style.size() * 1.1;
    }

    /** The text, cut with an ellipsis to fit {@code room} pixels. */
    static String fit(TextMeasurer m, String text, double room, TextStyle style) {
        if (m.width(text, style) <= room) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (m.width(text.substring(0, mid) + "\u2026", style) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo) + "\u2026";
    }
}
