package dev.stagecraft.diagram;

/**
 * How a line is stroked: colour, width in the current drawing units, and dash style.
 * Dash lengths scale with the width so a thin dotted line stays dotted.
 */
public record Pen(Rgb color, double width, LineStyle style) {

    public static Pen solid(Rgb color, double width) {
        return new Pen(color, width, LineStyle.SOLID);
    }

    /** Dash pattern (on, off, on, off...) in drawing units; empty for a solid line. */
    public double[] dashes() {
        return switch (style) {
            case SOLID -> new double[0];
            case DASHED -> new double[] {7 * Math.max(1, width), 4 * Math.max(1, width)};
            case DOTTED -> new double[] {1.2 * Math.max(1, width), 3 * Math.max(1, width)};
        };
    }

    /** Solid, dashed (async messages) or dotted (data flows). */
    public enum LineStyle { SOLID, DASHED, DOTTED }
}
