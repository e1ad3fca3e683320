package dev.stagecraft.model;

/**
 * Where the editor draws a component, in canvas units (the centre of its box); finite numbers (readers refuse
 * others with their place, since no file format could hold them). -0 is held as 0 (the same place): files write
 * it as {@code 0}, so a -0 kept here made a graph reopen unequal from its saved file (fuzz suite, issue 8).
 */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position is two finite numbers, not (" + x + ", " + y + ")");
        }
        x = x == 0 ? 0.0 : x;
        y = y == 0 ? 0.0 : y;
    }
}
