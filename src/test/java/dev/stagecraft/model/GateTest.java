package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GateTest {
    @Test
    void aMaxOfMinusZeroIsTheSameThresholdAsZero() {
        assertEquals(new Gate("error_rate", 0.0), new Gate("error_rate", -0.0));
    }
}
