package dev.stagecraft.diagram.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.plan.PlanOptions;
import org.junit.jupiter.api.Test;

/** Minutes to pixels and back, and what is under a point. */
class TimelineFrameTest {
    private final TimelineLayout shop = TimelineLayoutTest.layoutOf(TimelineLayoutTest.shop(), PlanOptions.defaults());
    private final TimelineFrame frame = TimelineFrame.fit(shop, new FixedWidthMeasurer(), 1000, 400, 0, 14);

    @Test
    void minuteAtIsTheInverseOfXOf() {
        for (int m : new int[] {0, 1, 45, 120, 255}) {
            assertEquals(m, frame.minuteAt(frame.xOf(m)), 1e-9);
            assertEquals(m, frame.wholeMinuteAt(frame.xOf(m) + 0.2 * frame.pxPerMinute()));
        }
        assertEquals(0, frame.wholeMinuteAt(0), "left of the chart is minute 0, never negative");
    }

    @Test
    void aFittedFrameShowsTheWholePlan() {
        assertTrue(frame.xOf(0) >= frame.chartLeft());
        assertTrue(frame.xOf(shop.endMinute()) <= frame.width());
        assertTrue(frame.xOf(shop.endMinute()) > frame.width() * 0.8, "and uses the width");
    }

    @Test
    void theStepUnderAPointIsTheBarsOrTheNamesRow() {
        int row = shop.rowOf("payment-intents");
        double y = frame.rowTop(row) + frame.rowHeight() / 2;
        var s = shop.step(row);
        assertEquals(row, frame.stepAt(shop, frame.xOf((s.startMinute() + s.endMinute()) / 2.0), y));
        assertEquals(row, frame.stepAt(shop, 20, y), "its name in the left column");
        assertEquals(-1, frame.stepAt(shop, frame.xOf(s.endMinute() + 20), y), "right of its bar");
        assertEquals(-1, frame.stepAt(shop, frame.xOf(s.startMinute()), frame.axisTop() + 2), "the axis");
        assertEquals(-1, frame.rowAt(frame.rowTop(shop.rowCount()) + 1, shop.rowCount()), "below the last row");
        assertTrue(frame.onAxis(frame.axisTop() + 1));
    }

    @Test
    void zoomKeepsTheMinuteUnderThePointer() {
        double x = frame.xOf(100);
        TimelineFrame zoomed = frame.zoomedAround(x, 2.5);
        assertEquals(100, zoomed.minuteAt(x), 1e-9);
        assertEquals(frame.pxPerMinute() * 2.5, zoomed.pxPerMinute(), 1e-9);
    }

    @Test
    void onlyTheRowsInViewAreVisibleAndRevealScrollsToARow() {
        TimelineFrame f = new TimelineFrame(800, 300, 0, 14, 150, 2, 0, 0);
        int rows = 20_000;
        int visible = f.endVisibleRow(rows) - f.firstVisibleRow();
        assertTrue(visible > 0 && visible <= 1 + f.rowsHeight() / f.rowHeight(), visible + " rows in view");
        TimelineFrame there = f.revealRow(15_000);
        assertTrue(there.firstVisibleRow() <= 15_000 && 15_000 < there.endVisibleRow(rows));
        assertEquals(there, there.revealRow(15_000), "a row in view stays where it is");
        TimelineFrame later = f.revealMinutes(900, 950);
        assertTrue(later.xOf(900) >= later.chartLeft() && later.xOf(950) <= later.width());
    }
}
