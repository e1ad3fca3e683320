package dev.stagecraft.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a failure crosses a dependency: {@link #HARD} means the dependent is down (outage),
 * {@link #SOFT} means it keeps working degraded.
 */
public enum Strength {
    HARD, SOFT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Strength> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id().equals(text)).findFirst();
    }
}
