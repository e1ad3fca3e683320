package dev.stagecraft.model;

import java.util.Objects;

/**
 * A health check a canary stage must pass before it advances: {@code metric} must stay at or below {@code max},
 * a finite number (readers refuse others with their place; no file format could hold them).
 */
public record Gate(String metric, double max) {
    public Gate {
        Objects.requireNonNull(metric, "metric");
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException("gate " + metric + ": max must be a finite number, not " + max);
        }
    }
}
