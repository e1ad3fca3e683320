package dev.stagecraft.diagram;

/**
 * Maps world units (where components have their positions) to screen pixels:
 * {@code screen = world * scale + translate}. Immutable; every pan or zoom makes a new one.
 *
 * @param width  output width in pixels
 * @param height output height in pixels
 */
public record Viewport(double scale, double translateX, double translateY, double width, double height) {
    public static final double MIN_SCALE = 0.01;
    public static final double MAX_SCALE = 8;

    /** The transform that shows {@code bounds} whole and centred with {@code margin} pixels around it. */
    public static Viewport fit(Bounds bounds, double width, double height, double margin, double maxScale) {
        double availW = Math.max(1, width - 2 * margin);
        double availH = Math.max(1, height - 2 * margin);
        double scale = Math.min(availW / Math.max(1, bounds.width()), availH / Math.max(1, bounds.height()));
        scale = clamp(Math.min(scale, maxScale));
        double tx = width / 2 - (bounds.minX() + bounds.width() / 2) * scale;
        double ty = height / 2 - (bounds.minY() + bounds.height() / 2) * scale;
        return new Viewport(scale, tx, ty, width, height);
    }

    public double toScreenX(double worldX) {
        return worldX * scale + translateX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + translateY;
    }

    public double toWorldX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - translateY) / scale;
    }

    /** The part of the world that is on screen. */
    public Bounds visibleWorld() {
        return new Bounds(toWorldX(0), toWorldY(0), toWorldX(width), toWorldY(height));
    }

    /** Zoomed by {@code factor}, keeping the world point under (screenX, screenY) where it is. */
    public Viewport zoomAround(double factor, double screenX, double screenY) {
        double newScale = clamp(scale * factor);
        double wx = toWorldX(screenX);
        double wy = toWorldY(screenY);
        return new Viewport(newScale, screenX - wx * newScale, screenY - wy * newScale, width, height);
    }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, translateX + dx, translateY + dy, width, height);
    }

    /** Same transform on an output of another size (the window was resized). */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(scale, translateX, translateY, newWidth, newHeight);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    /** An axis-aligned rectangle given by its corners. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {
        public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }

        public boolean intersects(double x0, double y0, double x1, double y1) {
            return x1 >= minX && x0 <= maxX && y1 >= minY && y0 <= maxY;
        }

        public Bounds grow(double d) {
            return new Bounds(minX - d, minY - d, maxX + d, maxY + d);
        }
    }
}
