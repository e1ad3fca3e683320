package dev.stagecraft.model;

import java.util.Objects;

/** A health check a canary stage must pass before it advances: {@code metric} must stay at or below {@code max}. */
public record Gate(String metric, double max) {
    public Gate {
        Objects.requireNonNull(metric, "metric");
    }
}
