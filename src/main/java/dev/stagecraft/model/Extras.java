package dev.stagecraft.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys a file carried that this version does not know. They are kept, in file order, and
 * written back on save, so a newer file survives a round trip through an older editor.
 * Values are plain YAML data: String, Number, Boolean, null, List, Map.
 *
 * <p>Whole numbers are held in one form whatever the reader: {@link Integer} when they fit, else {@link Long},
 * else {@link BigInteger}. Readers differ (JSON gives every whole number as a Long, YAML gives 7 as an Integer
 * and 0x7fffffff as a Long), and without this an extra {@code 7} read from JSON and the same {@code 7} read back
 * from the saved file made two unequal models (found by the fuzz suite, issue 8).
 */
public final class Extras {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Extras() {
    }

    /** An unmodifiable copy, nested maps and lists too, with whole numbers in their one form. */
    public static Map<String, Object> copy(Map<String, Object> extras) {
        if (extras == null || extras.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        extras.forEach((k, v) -> out.put(k, value(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object value(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, value(x)));
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(item -> out.add(value(item)));
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return wholeNumber(((Number) v).longValue());
        }
        if (v instanceof BigInteger b && b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0) {
            return wholeNumber(b.longValue());
        }
        return v;
    }

    private static Object wholeNumber(long n) {
        return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
    }
}
