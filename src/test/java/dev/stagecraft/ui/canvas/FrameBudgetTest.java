package dev.stagecraft.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The canvas keeps painting while pictures come at least 10 times a second, and moves the last one otherwise. */
class FrameBudgetTest {
    private static final long MS = 1_000_000;
    private final Object diagram = new Object();
    private final FrameBudget budget = new FrameBudget();
    private long clock = 1_000 * MS;

    /** Pulses that each paint a picture, {@code period} apart (the rendering takes the most; painting 10 ms). */
    private void paint(int pictures, long period, double scale) {
        for (int i = 0; i < pictures; i++) {
            clock += period;
            budget.pulse(clock);
            budget.painted(diagram, scale, 10 * MS);
        }
    }

    @Test
    void picturesWithinTheBudgetKeepBeingPainted() {
        paint(20, 90 * MS, 1);
        assertTrue(budget.fits(diagram, 1));
    }

    @Test
    void picturesSlowerThanTheBudgetGiveWayToTheMovedPicture() {
        paint(5, 150 * MS, 1);
        assertFalse(budget.fits(diagram, 1));
    }

    @Test
    void oneLatePulseAmongQuickOnesDecidesNothing() {
        paint(10, 40 * MS, 1);
        paint(1, 3 * FrameBudget.BUDGET_NANOS, 1);
        assertTrue(budget.fits(diagram, 1));
        paint(1, 40 * MS, 1);
        assertTrue(budget.fits(diagram, 1));
    }

    @Test
    void twoPicturesInARowOverTwiceTheBudgetAreEnough() {
        paint(2, 20 * MS, 1);
        paint(1, 2 * FrameBudget.BUDGET_NANOS + MS, 1);
        assertTrue(budget.fits(diagram, 1), "one is not");
        paint(1, 2 * FrameBudget.BUDGET_NANOS + MS, 1);
        assertFalse(budget.fits(diagram, 1));
    }

    @Test
    void theFirstPeriodOfARunIsLeftOutAsItMissesItsOwnRendering() {
        paint(1, 20 * MS, 1);
        paint(1, 500 * MS, 1);
        paint(1, 20 * MS, 1);
        assertTrue(budget.fits(diagram, 1), "the first period is not measured");
        paint(2, 500 * MS, 1);
        assertFalse(budget.fits(diagram, 1));
    }

    @Test
    void twoPicturesWhosePaintingAloneTakesTwiceTheBudgetAreEnough() {
        for (int i = 0; i < 2; i++) {
            clock += 20 * MS;
            budget.pulse(clock);
            budget.painted(diagram, 1, 2 * FrameBudget.BUDGET_NANOS + MS);
        }
        assertFalse(budget.fits(diagram, 1));
    }

    @Test
    void paintingOverTheBudgetIsSlowEvenWhenPulsesSeemQuick() {
        for (int i = 0; i < 3; i++) {
            clock += 20 * MS;
            budget.pulse(clock);
            budget.painted(diagram, 1, FrameBudget.BUDGET_NANOS + MS);
        }
        assertFalse(budget.fits(diagram, 1));
    }

    @Test
    void pulsesWithoutAPictureInBetweenStartANewRun() {
        paint(2, 20 * MS, 1);
        clock += 20 * MS;
        budget.pulse(clock);
        paint(1, 500 * MS, 1);
        assertTrue(budget.fits(diagram, 1));
    }

    @Test
    void anotherZoomOrDiagramIsMeasuredAnew() {
        paint(5, 150 * MS, 1);
        assertFalse(budget.fits(diagram, 1));
        assertFalse(budget.fits(diagram, 1.2));
        assertTrue(budget.fits(diagram, 2));
        assertTrue(budget.fits(diagram, 0.5));
        assertTrue(budget.fits(new Object(), 1));
    }

    @Test
    void slowPicturesAreTriedAgainAfterAWhile() {
        paint(5, 150 * MS, 1);
        assertFalse(budget.fits(diagram, 1));
        clock += 1_100 * MS;
        budget.pulse(clock);
        assertTrue(budget.fits(diagram, 1), "tried again after a second");
        paint(5, 30 * MS, 1);
        assertTrue(budget.fits(diagram, 1), "the machine was only busy");
    }
}
