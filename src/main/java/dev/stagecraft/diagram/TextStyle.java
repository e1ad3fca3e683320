package dev.stagecraft.diagram;

/**
 * A font for diagram text: size in drawing units and weight. The family is fixed ({@link #FAMILY}) so
 * the window, the PNG and the SVG measure and draw the same glyphs.
 */
public record TextStyle(double size, boolean bold) {
    /** Installed with most Linux desktops; JavaFX falls back to its default font when absent. */
    public static final String FAMILY = "DejaVu Sans";
    /** What an SVG viewer should try, in order. */
    public static final String SVG_FAMILIES = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";
}
