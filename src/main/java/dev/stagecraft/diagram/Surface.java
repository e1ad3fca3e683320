package dev.stagecraft.diagram;

/**
 * The little drawing vocabulary the {@link GraphPainter} needs, with one backend per output:
 * {@code ui.render.FxSurface} (a JavaFX canvas: the window and PNG export) and {@link SvgSurface} (true vector).
 *
 * <p>Coordinates are in the units of the current transform ({@link #setTransform}): the painter draws
 * the graph in world units under the viewport's transform, and overlays in screen pixels under the
 * identity. The batch methods ({@link #strokeSegments}, {@link #fillRects}, {@link #fillTriangles}) draw
 * many shapes of one style at once; backends turn each into a single path, which is what keeps large
 * graphs fast.
 */
public interface Surface {

    /** Subsequent drawing maps (x, y) to (x * scale + translateX, y * scale + translateY). */
    void setTransform(double scale, double translateX, double translateY);

    /** Fills the whole output and resets the transform to the identity (screen pixels). */
    void clear(Rgb color);

    void fillRoundRect(double x, double y, double w, double h, double arc, Rgb fill);

    void strokeRoundRect(double x, double y, double w, double h, double arc, Pen pen);

    void fillOval(double x, double y, double w, double h, Rgb fill);

    void strokeOval(double x, double y, double w, double h, Pen pen);

    /** Closed polygon through (xy[0], xy[1]), (xy[2], xy[3]), ... */
    void fillPolygon(double[] xy, Rgb fill);

    /** Open polyline through the points of {@code xy}. */
    void strokePolyline(double[] xy, Pen pen);

    /** {@code count} separate segments (x1, y1, x2, y2) from {@code coords}, one pen. */
    void strokeSegments(double[] coords, int count, Pen pen);

    /**
     * {@code count} segments (x1, y1, x2, y2) drawn one screen pixel wide without antialiasing: the
     * overview's edges, where there can be tens of thousands. Backends may rasterize them directly.
     */
    void strokeHairlines(double[] coords, int count, Rgb color);

    /** Draws anything still held back (e.g. rasterized hairlines); called once when a picture is complete. */
    void flush();

    /**
     * The batches that follow, up to {@link #endBatchLayer}, form one flat layer under what is drawn after it (the
     * edges with their arrowheads, and far out the boxes): a backend may rasterize them itself and composite the
     * layer once. Whatever else is drawn in between still lands in order.
     */
    default void beginBatchLayer() {
    }

    /**
     * The batches from here to {@link #endRepeatable} (inside a batch layer) depend only on what they are given: a
     * backend may keep what they drew and, when exactly the same batches come again onto an empty layer, reuse
     * it instead of drawing them anew (the window's edges, which most edits do not change).
     */
    default void beginRepeatable() {
    }

    /** Ends the part begun by {@link #beginRepeatable}. */
    default void endRepeatable() {
    }

    /** Ends the layer begun by {@link #beginBatchLayer} and draws it. */
    default void endBatchLayer() {
    }

    /** {@code count} rectangles (x, y, w, h) from {@code xywh}, one colour. */
    void fillRects(double[] xywh, int count, Rgb fill);

    /** {@code count} triangles (x1, y1, x2, y2, x3, y3) from {@code coords}, one colour. */
    void fillTriangles(double[] coords, int count, Rgb fill);

    /** Text with its baseline at y; x is the left end, the centre or the right end per {@code align}. */
    void fillText(String text, double x, double y, TextStyle style, Rgb color, Align align);

    /**
     * Left-aligned lines of one label, the first baseline at y, each next one {@code lineHeight} lower.
     * (The SVG keeps them in one {@code <text>} element so the label stays one piece of text.)
     */
    void fillTextLines(String[] lines, double x, double y, double lineHeight, TextStyle style, Rgb color);

    /** The measurer whose widths match what {@link #fillText} draws. */
    TextMeasurer measurer();

    /** Horizontal anchor of text. */
    enum Align { LEFT, CENTER, RIGHT }
}
