package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepScheduleTest {
    private static final int[][] INDEPENDENT = {{}, {}, {}, {}};
    private static final int[] MINUTES = {10, 20, 30, 40};
    /** Longest first: the 40-minute step has rank 0. */
    private static final int[] LONGEST_FIRST = {3, 2, 1, 0};

    @Test
    void aStepStartsWhenWhatItWaitsForEnds() {
        StepSchedule s = new StepSchedule(new int[] {10, 20}, new int[][] {{}, {0}}, new int[] {0, 1},
                PlanOptions.UNLIMITED);
        assertEquals(10, s.start(1));
        assertEquals(30, s.end(1));
        assertEquals(30, s.makespan());
        assertEquals(1, s.peak());
    }

    @Test
    void oneAtATimeAddsEveryStep() {
        StepSchedule s = new StepSchedule(MINUTES, INDEPENDENT, LONGEST_FIRST, 1);
        assertEquals(100, s.makespan());
        assertEquals(1, s.peak());
        // 40 first, then 30, 20, 10.
        assertArrayEquals(new int[] {90, 70, 40, 0}, new int[] {s.start(0), s.start(1), s.start(2), s.start(3)});
    }

    @Test
    void unlimitedParallelismTakesTheLongestStep() {
        StepSchedule s = new StepSchedule(MINUTES, INDEPENDENT, LONGEST_FIRST, PlanOptions.UNLIMITED);
        assertEquals(40, s.makespan());
        assertEquals(4, s.peak());
    }

    @Test
    void twoSlotsFillTheFirstFreeSlotWithTheNextLongest() {
        // 0: 40 and 30 start; 30: 20 starts (ends 50); 40: 10 starts (ends 50).
        StepSchedule s = new StepSchedule(MINUTES, INDEPENDENT, LONGEST_FIRST, 2);
        assertEquals(30, s.start(1));
        assertEquals(40, s.start(0));
        assertEquals(50, s.makespan());
        assertEquals(2, s.peak());
    }

    @Test
    void stepsEndingTogetherAllFinishBeforeTheNextStarts() {
        // a and b end at 10; c waits for b and outranks d, which waits for nothing and is ready from 0.
        int[] minutes = {10, 10, 5, 5};
        int[][] after = {{}, {}, {1}, {}};
        int[] rank = {0, 1, 2, 3};
        StepSchedule s = new StepSchedule(minutes, after, rank, 2);
        assertEquals(10, s.start(2));
        assertEquals(10, s.start(3));
        assertEquals(15, s.makespan());
    }

    @Test
    void zeroMinuteStepsReleaseTheirDependentsAtOnce() {
        StepSchedule s = new StepSchedule(new int[] {0, 0, 7}, new int[][] {{}, {0}, {1}}, new int[] {0, 1, 2}, 1);
        assertEquals(0, s.start(2));
        assertEquals(7, s.makespan());
    }

    @Test
    void noStepsTakeNoTime() {
        StepSchedule s = new StepSchedule(new int[0], new int[0][], new int[0], 3);
        assertEquals(0, s.makespan());
        assertEquals(0, s.peak());
    }

    @Test
    void aCycleInTheAfterListsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new StepSchedule(new int[] {1, 1}, new int[][] {{1}, {0}}, new int[] {0, 1}, 1));
    }
}
