package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No file format can hold an infinite or NaN position, gate or probability, so the model refuses them. */
class FiniteValuesTest {
    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN})
    void positionsGatesAndProbabilitiesRefuseNumbersThatAreNotFinite(double bad) {
        assertThrows(IllegalArgumentException.class, () -> new Position(bad, 0));
        assertThrows(IllegalArgumentException.class, () -> new Position(0, bad));
        assertThrows(IllegalArgumentException.class, () -> new Gate("error_rate", bad));
        assertThrows(IllegalArgumentException.class,
                () -> new Rollout(null, List.of(100), null, bad, null, null, null));
    }
}
