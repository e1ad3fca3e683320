package dev.stagecraft.diagram;

import dev.stagecraft.model.ComponentKind;

/**
 * The small vector icon drawn at the left of each box, one per {@link ComponentKind}, all in one line
 * style: outlines of width size/10, no fills except the cache's bolt. Drawn with {@link Surface}
 * primitives so the canvas and the SVG show the same icon.
 */
final class KindGlyphs {
    private KindGlyphs() {
    }

    /** Draws the glyph of {@code kind} in the square (x, y, size, size). */
    static void draw(Surface s, ComponentKind kind, double x, double y, double size, Rgb color) {
        Pen pen = Pen.solid(color, Math.max(1.2, size / 10));
        double u = size / 20;
        switch (kind) {
            case SERVICE -> s.strokePolyline(hexagon(x + size / 2, y + size / 2, size * 0.47), pen);
            case DATABASE -> {
                s.strokeOval(x + 2 * u, y + 1.5 * u, 16 * u, 5 * u, pen);
                s.strokeSegments(new double[] {x + 2 * u, y + 4 * u, x + 2 * u, y + 16 * u,
                        x + 18 * u, y + 4 * u, x + 18 * u, y + 16 * u}, 2, pen);
                s.strokePolyline(halfEllipse(x + 10 * u, y + 16 * u, 8 * u, 2.5 * u), pen);
            }
            case QUEUE -> {
                s.strokeRoundRect(x + u, y + 5 * u, 18 * u, 10 * u, 3 * u, pen);
                s.strokeSegments(new double[] {x + 7 * u, y + 5 * u, x + 7 * u, y + 15 * u,
                        x + 13 * u, y + 5 * u, x + 13 * u, y + 15 * u}, 2, pen);
            }
            case CACHE -> s.fillPolygon(new double[] {x + 12 * u, y + u, x + 4 * u, y + 11.5 * u, x + 9.5 * u,
                    y + 11.5 * u, x + 7.5 * u, y + 19 * u, x + 16 * u, y + 8 * u, x + 10.5 * u, y + 8 * u}, color);
            case CONFIG -> {
                s.strokeOval(x + 5 * u, y + 5 * u, 10 * u, 10 * u, pen);
                double[] spokes = new double[6 * 4];
                for (int k = 0; k < 6; k++) {
                    double a = Math.PI * k / 3;
                    spokes[k * 4] = x + 10 * u + Math.cos(a) * 5 * u;
                    spokes[k * 4 + 1] = y + 10 * u + Math.sin(a) * 5 * u;
                    spokes[k * 4 + 2] = x + 10 * u + Math.cos(a) * 9 * u;
                    spokes[k * 4 + 3] = y + 10 * u + Math.sin(a) * 9 * u;
                }
                s.strokeSegments(spokes, 6, pen);
            }
            case GATEWAY -> {
                s.strokePolyline(new double[] {x + 10 * u, y + u, x + 19 * u, y + 10 * u, x + 10 * u, y + 19 * u,
                        x + u, y + 10 * u, x + 10 * u, y + u}, pen);
                s.strokeSegments(new double[] {x + 5 * u, y + 10 * u, x + 15 * u, y + 10 * u}, 1, pen);
                s.strokePolyline(new double[] {x + 12 * u, y + 7 * u, x + 15 * u, y + 10 * u, x + 12 * u, y + 13 * u}, pen);
            }
            case EXTERNAL -> {
                s.strokeOval(x + u, y + u, 18 * u, 18 * u, pen);
                s.strokeOval(x + 6 * u, y + u, 8 * u, 18 * u, pen);
                s.strokeSegments(new double[] {x + u, y + 10 * u, x + 19 * u, y + 10 * u}, 1, pen);
            }
            case JOB -> {
                s.strokeOval(x + u, y + u, 18 * u, 18 * u, pen);
                s.strokePolyline(new double[] {x + 10 * u, y + 4.5 * u, x + 10 * u, y + 10 * u, x + 14 * u, y + 13 * u}, pen);
            }
            case LIBRARY -> {
                s.strokeRoundRect(x + 2 * u, y + 3 * u, 4.5 * u, 15 * u, u, pen);
                s.strokeRoundRect(x + 8 * u, y + 5 * u, 4.5 * u, 13 * u, u, pen);
                s.strokePolyline(new double[] {x + 14 * u, y + 6 * u, x + 18.5 * u, y + 5 * u,
                        x + 19 * u, y + 17 * u, x + 15 * u, y + 18 * u, x + 14 * u, y + 6 * u}, pen);
            }
        }
    }

    private static double[] hexagon(double cx, double cy, double r) {
        double[] xy = new double[14];
        for (int k = 0; k <= 6; k++) {
            double a = Math.PI / 3 * k + Math.PI / 6;
            xy[k * 2] = cx + Math.cos(a) * r;
            xy[k * 2 + 1] = cy + Math.sin(a) * r;
        }
        return xy;
    }

    /** The lower half of an ellipse, as a polyline from left to right. */
    private static double[] halfEllipse(double cx, double cy, double rx, double ry) {
        int steps = 10;
        double[] xy = new double[(steps + 1) * 2];
        for (int k = 0; k <= steps; k++) {
            double a = Math.PI - Math.PI * k / steps;
            xy[k * 2] = cx + Math.cos(a) * rx;
            xy[k * 2 + 1] = cy + Math.sin(a) * ry;
        }
        return xy;
    }
}
