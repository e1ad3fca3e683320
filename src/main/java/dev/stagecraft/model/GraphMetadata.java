package dev.stagecraft.model;

import java.util.Map;

/** The graph's name and description ({@code null} when absent) plus unknown metadata keys. */
public record GraphMetadata(String name, String description, Map<String, Object> extras) implements GraphElement {
    public static final GraphMetadata EMPTY = new GraphMetadata(null, null, Map.of());

    public GraphMetadata {
        extras = Extras.copy(extras);
    }

    public GraphMetadata withName(String value) {
        return new GraphMetadata(value, description, extras);
    }

    public GraphMetadata withDescription(String value) {
        return new GraphMetadata(name, value, extras);
    }
}
