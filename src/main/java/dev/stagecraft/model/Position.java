package dev.stagecraft.model;

/**
 * Where the editor draws a component, in canvas units (the centre of its box); finite numbers (readers refuse
 * others with their place, since no file format could hold them).
 */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position is two finite numbers, not (" + x + ", " + y + ")");
        }
    }
}
