package dev.stagecraft.diagram;

import dev.stagecraft.model.ComponentKind;

/**
 * The app's icons, drawn from the one set of glyph shapes ({@link KindGlyphs}) so the canvas, the
 * palette, the window icon and the SVG files under {@code icons/} agree. Icons are line drawings in a
 * 24 × 24 square with a 2-unit margin and one stroke width.
 */
public final class Icons {
    public static final double VIEW_BOX = 24;
    private static final double MARGIN = 2;
    private static final Rgb INK = Rgb.parse("#1f2933");
    private static final Rgb ACCENT = Rgb.parse("#2f6fdf");

    private Icons() {
    }

    /** Draws the icon of a component kind in the square (x, y, size, size). */
    public static void paintKind(Surface s, ComponentKind kind, double x, double y, double size, Rgb color) {
        double m = size * MARGIN / VIEW_BOX;
        KindGlyphs.draw(s, kind, x + m, y + m, size - 2 * m, color);
    }

    /**
     * Draws the app icon: a small rollout graph, one component feeding two, the first one marked as
     * changing, in the same line style as the kind glyphs.
     */
    public static void paintApp(Surface s, double x, double y, double size, Rgb ink, Rgb accent) {
        double u = (size - 2 * size * MARGIN / VIEW_BOX) / 20;
        double ox = x + size * MARGIN / VIEW_BOX;
        double oy = y + size * MARGIN / VIEW_BOX;
        Pen pen = Pen.solid(ink, Math.max(1.2, 2 * u));
        s.fillRoundRect(ox + 6 * u, oy + u, 8 * u, 6 * u, 2 * u, accent);
        s.strokeRoundRect(ox + 6 * u, oy + u, 8 * u, 6 * u, 2 * u, pen);
        s.strokeRoundRect(ox + u, oy + 13 * u, 7 * u, 6 * u, 2 * u, pen);
        s.strokeRoundRect(ox + 12 * u, oy + 13 * u, 7 * u, 6 * u, 2 * u, pen);
        s.strokePolyline(new double[] {ox + 10 * u, oy + 7 * u, ox + 10 * u, oy + 10 * u, ox + 4.5 * u, oy + 10 * u,
                ox + 4.5 * u, oy + 13 * u}, pen);
        s.strokePolyline(new double[] {ox + 10 * u, oy + 10 * u, ox + 15.5 * u, oy + 10 * u, ox + 15.5 * u,
                oy + 13 * u}, pen);
    }

    public static Rgb ink() {
        return INK;
    }

    public static Rgb accent() {
        return ACCENT;
    }
}
