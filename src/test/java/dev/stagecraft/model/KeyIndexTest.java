package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
    @Test
    void findsEveryKeyWhereItStandsAndNothingElse() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 2, 3, 15, 16, 17, 1000, 16384}) {
            Object[] keys = new Object[size];
            Map<Object, Integer> expected = new HashMap<>();
            for (int i = 0; i < size; i++) {
                // colliding hash codes on purpose: "Aa" and "BB" hash alike, so probing is exercised
                keys[i] = (random.nextBoolean() ? "Aa" : "BB") + i;
                expected.put(keys[i], i);
            }
            KeyIndex index = new KeyIndex(keys);
            expected.forEach((k, v) -> assertEquals(v, index.indexOf(k)));
            assertEquals(-1, index.indexOf("absent"));
            assertEquals(-1, index.indexOf(null));
            assertEquals(-1, index.indexOf(size), "a key of another type");
        }
    }

    @Test
    void refusesAKeyTwice() {
        assertThrows(IllegalArgumentException.class, () -> new KeyIndex(new Object[] {"a", "b", "a"}));
    }
}
