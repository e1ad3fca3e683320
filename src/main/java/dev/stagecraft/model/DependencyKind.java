package dev.stagecraft.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a dependent talks to its dependency: a blocking call, a message, shared data, or configuration. */
public enum DependencyKind {
    SYNC, ASYNC, DATA, CONFIG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DependencyKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id().equals(text)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(DependencyKind::id).collect(Collectors.joining(" | "));
    }
}
