package dev.stagecraft.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The graph file formats Stagecraft reads, and which of them it writes. Names as typed after {@code --from/--to}. */
public enum GraphFormat {
    NATIVE(true, true), COMPOSE(false, false), BACKSTAGE(false, false), DOT(true, false), GRAPHML(true, true),
    JSON(true, true), CSV(true, false),
    /** Observed calls: Jaeger's dependencies JSON, or the OpenTelemetry service-graph metric (Prometheus text or JSON). */
    TRACES(false, false), KUBERNETES(false, false);

    private final boolean writable;
    private final boolean writesPositions;

    GraphFormat(boolean writable, boolean writesPositions) {
        this.writable = writable;
        this.writesPositions = writesPositions;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean writable() {
        return writable;
    }

    /**
     * Whether its writer puts the components' positions in the file: native, JSON and GraphML (as yEd node
     * geometry), which all read them back. DOT and CSV do not carry them.
     */
    public boolean writesPositions() {
        return writesPositions;
    }

    public static Optional<GraphFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String choices(boolean writableOnly) {
        return Arrays.stream(values()).filter(f -> !writableOnly || f.writable).map(GraphFormat::id)
                .collect(Collectors.joining(", "));
    }
}
