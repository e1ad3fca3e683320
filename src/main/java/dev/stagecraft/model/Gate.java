package dev.stagecraft.model;

import java.util.Objects;

/**
 * A health check a canary stage must pass before it advances: {@code metric} must stay at or below {@code max},
 * a finite number (readers refuse others with their place; no file format could hold them). A {@code max} of -0
 * is held as 0 (the same threshold): files write it as {@code 0}, so a -0 kept here made a plan read back unequal
 * from the file written from it (fuzz suite, issue 8).
 */
public record Gate(String metric, double max) {
    public Gate {
        Objects.requireNonNull(metric, "metric");
        if (!Double.isFinite(max)) {
            throw new IllegalArgumentException("gate " + metric + ": max must be a finite number, not " + max);
        }
        max = max == 0 ? 0.0 : max;
    }
}
