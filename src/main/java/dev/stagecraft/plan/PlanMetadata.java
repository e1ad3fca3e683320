package dev.stagecraft.plan;

import java.util.Objects;

/**
 * Identity of a plan; no wall-clock time, so the same input gives the same bytes.
 *
 * @param name   the plan's name
 * @param graph  the planned graph's metadata name, {@code null} when the graph has none
 * @param digest {@code sha256:<hex>} of the graph (its canonical content, or what the caller passed)
 */
public record PlanMetadata(String name, String graph, String digest) {
    public PlanMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
    }
}
