package dev.stagecraft.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys a file carried that this version does not know. They are kept, in file order, and
 * written back on save, so a newer file survives a round trip through an older editor.
 * Values are plain YAML data: String, Number, Boolean, null, List, Map.
 */
public final class Extras {
    private Extras() {
    }

    public static Map<String, Object> copy(Map<String, Object> extras) {
        if (extras == null || extras.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
