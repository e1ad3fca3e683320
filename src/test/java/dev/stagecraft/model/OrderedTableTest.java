package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The graph's ordered table against a plain list of entries, over random inserts, renames, puts and removals. */
class OrderedTableTest {
    static IntStream seeds() {
        return IntStream.range(0, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void behavesLikeAnOrderedListOfEntries(int seed) {
        Random random = new Random(seed);
        OrderedTable<String, Integer> table = new OrderedTable<>();
        List<String> keys = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int fresh = 0;
        for (int step = 0; step < 400; step++) {
            int op = random.nextInt(5);
            if (keys.isEmpty() || op == 0) {
                int at = random.nextInt(keys.size() + 2);
                String k = "k" + fresh++;
                table.insertAt(k, step, at);
                keys.add(Math.min(at, keys.size()), k);
                values.add(Math.min(at, values.size()), step);
            } else if (op == 1) {
                int i = random.nextInt(keys.size());
                assertEquals(values.get(i), table.remove(keys.get(i)));
                keys.remove(i);
                values.remove(i);
            } else if (op == 2) {
                int i = random.nextInt(keys.size());
                String k = "r" + fresh++;
                table.rename(keys.get(i), k, -step);
                keys.set(i, k);
                values.set(i, -step);
            } else if (op == 3) {
                int i = random.nextInt(keys.size());
                table.put(keys.get(i), step * 10);
                values.set(i, step * 10);
            } else {
                int i = random.nextInt(keys.size());
                assertEquals(i, table.indexOf(keys.get(i)));
                assertEquals(-1, table.indexOf("absent"));
                // several at once (a few, or many: both ways of looking them up), with repeats and an absent key
                List<String> asked = new ArrayList<>();
                for (int k = 0, count = 1 + random.nextInt(random.nextBoolean() ? 4 : 30); k < count; k++) {
                    asked.add(random.nextInt(10) == 0 ? "absent" : keys.get(random.nextInt(keys.size())));
                }
                int[] places = table.indexesOf(asked);
                for (int k = 0; k < asked.size(); k++) {
                    assertEquals(keys.indexOf(asked.get(k)), places[k], asked.get(k));
                }
            }
            assertEquals(values, new ArrayList<>(table.values()));
            List<String> ks = new ArrayList<>();
            table.keys().forEach(ks::add);
            assertEquals(keys, ks);
            assertEquals(keys.size(), table.size());
            if (step % 25 == 0) {
                answersAsTheTableDoes(table.frozenCopy(), keys, values);
            }
        }
        OrderedTable<String, Integer> copy = new OrderedTable<>();
        copy.putAll(table);
        assertEquals(values, new ArrayList<>(copy.values()));
        OrderedTable<String, Integer> fromFrozen = new OrderedTable<>();
        fromFrozen.putAll(table.frozenCopy());
        assertEquals(values, new ArrayList<>(fromFrozen.values()));
        fromFrozen.insertAt("again editable", 1, 0);
        assertEquals(0, fromFrozen.indexOf("again editable"));
    }

    /** A frozen copy holds the records in the same order, finds each key where it stands, and refuses edits. */
    private static void answersAsTheTableDoes(OrderedTable<String, Integer> frozen, List<String> keys, List<Integer> values) {
        assertTrue(frozen.frozen());
        assertEquals(values, new ArrayList<>(frozen.values()));
        List<String> ks = new ArrayList<>();
        frozen.keys().forEach(ks::add);
        assertEquals(keys, ks);
        assertEquals(keys.size(), frozen.size());
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, frozen.indexOf(keys.get(i)));
            assertEquals(values.get(i), frozen.get(keys.get(i)));
            assertTrue(frozen.containsKey(keys.get(i)));
        }
        assertEquals(-1, frozen.indexOf("absent"));
        assertNull(frozen.get("absent"));
        assertFalse(frozen.containsKey("absent"));
        List<String> asked = new ArrayList<>(keys);
        asked.add("absent");
        int[] places = frozen.indexesOf(asked);
        for (int k = 0; k < asked.size(); k++) {
            assertEquals(keys.indexOf(asked.get(k)), places[k]);
        }
        assertThrows(IllegalStateException.class, () -> frozen.put("new", 1));
        assertThrows(IllegalStateException.class, () -> frozen.insertAt("new", 1, 0));
        if (!keys.isEmpty()) {
            assertThrows(IllegalStateException.class, () -> frozen.remove(keys.get(0)));
            assertThrows(IllegalStateException.class, () -> frozen.rename(keys.get(0), "new", 1));
        }
        assertEquals(values, new ArrayList<>(frozen.values()), "a refused edit changes nothing");
    }
}
