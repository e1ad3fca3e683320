package dev.stagecraft.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a component is. The file spells each kind in lower case ({@link #id()}). */
public enum ComponentKind {
    SERVICE, DATABASE, QUEUE, CACHE, CONFIG, GATEWAY, EXTERNAL, JOB, LIBRARY;

    /** The spelling used in files, the CLI and the UI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ComponentKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id().equals(text)).findFirst();
    }

    /** "service | database | ..." for error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(ComponentKind::id).collect(Collectors.joining(" | "));
    }
}
