package dev.stagecraft.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The graph file formats Stagecraft reads, and which of them it writes. Names as typed after {@code --from/--to}. */
public enum GraphFormat {
    NATIVE(true), COMPOSE(false), BACKSTAGE(false), DOT(true), GRAPHML(true), JSON(true), CSV(true);

    private final boolean writable;

    GraphFormat(boolean writable) {
        this.writable = writable;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean writable() {
        return writable;
    }

    public static Optional<GraphFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String choices(boolean writableOnly) {
        return Arrays.stream(values()).filter(f -> !writableOnly || f.writable).map(GraphFormat::id)
                .collect(Collectors.joining(", "));
    }
}
