package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void binsSpanMinToMaxAndTheLastBinHoldsTheMaximum() {
        Histogram h = Histogram.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);
        assertEquals(0, h.min());
        assertEquals(10, h.max());
        assertEquals(List.of(2, 2, 2, 2, 3), h.counts());
        assertEquals(4, h.binStart(2));
        assertEquals(6, h.binEnd(2));
        assertEquals(11, h.total());
    }

    @Test
    void equalValuesMakeOneBin() {
        Histogram h = Histogram.of(new double[] {7, 7, 7}, 20);
        assertEquals(List.of(3), h.counts());
        assertEquals(7, h.binStart(0));
        assertEquals(7, h.binEnd(0));
    }

    @Test
    void mergingAddsNeighbours() {
        Histogram h = Histogram.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 10);
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 2), h.counts());
        assertEquals(List.of(2, 2, 2, 2, 3), h.merged(2).counts());
        assertEquals(h.max(), h.merged(2).binEnd(4));
    }
}
