package dev.stagecraft.ui.minimap;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Rgb;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.style.Styles;
import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The whole diagram, small, with a rectangle for what the main view shows; pressing or dragging on it
 * centres the main view there. The boxes are drawn once per diagram (or palette) change into a canvas
 * that then stays as it is; following the view only moves the rectangle, so it stays cheap at 10,000
 * components.
 */
public final class Minimap extends Region {
    public static final double WIDTH = 220;
    public static final double HEIGHT = 150;
    private static final double PAD = 6;

    private final Canvas boxes = new Canvas(WIDTH, HEIGHT);
    private final Rectangle view = new Rectangle();
    private final ObservableValue<Diagram> diagram;
    private final ObservableValue<Palette> palette;
    private final ObservableValue<Viewport> viewport;
    private final BiConsumer<Double, Double> centreOn;
    private boolean wanted = true;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    /** The boxes drawn are not those of the diagram and palette now: drawn again when the minimap next shows. */
    private boolean boxesStale = true;

    /** {@code centreOn} receives a world point the main view should centre on. */
    public Minimap(ObservableValue<Diagram> diagram, ObservableValue<Palette> palette,
                   ObservableValue<Viewport> viewport, BiConsumer<Double, Double> centreOn) {
        this.diagram = diagram;
        this.palette = palette;
        this.viewport = viewport;
        this.centreOn = centreOn;
        getStyleClass().add(Styles.MINIMAP);
        setId("minimap");
        view.getStyleClass().add(Styles.MINIMAP_VIEWPORT);
        view.setMouseTransparent(true);
        getChildren().addAll(boxes, view);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        diagram.addListener((o, was, now) -> boxesChanged());
        palette.addListener((o, was, now) -> boxesChanged());
        viewport.addListener((o, was, now) -> placeViewRectangle());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
        boxesChanged();
    }

    /**
     * Whether the user wants the minimap (View → Minimap). It shows only while part of the graph is
     * outside the view: when everything is visible it would only cover the drawing. Nor on a canvas smaller than three
     * times the minimap each way, where it would hide too much of what it maps.
     */
    public void setWanted(boolean value) {
        wanted = value;
        placeViewRectangle();
    }

    /** The world point drawn at a minimap point. */
    public double worldX(double x) {
        return (x - offsetX) / scale;
    }

    public double worldY(double y) {
        return (y - offsetY) / scale;
    }

    private void moveView(MouseEvent e) {
        if (diagram.getValue() != null) {
            centreOn.accept(worldX(e.getX()), worldY(e.getY()));
        }
        e.consume();
    }

    /**
     * The diagram or palette changed: the scale follows at once, the boxes are drawn only while the minimap shows
     * (an edit at 20,000 components viewed at fit, where the minimap hides, then draws no 20,000 rectangles).
     */
    private void boxesChanged() {
        boxesStale = true;
        Diagram d = diagram.getValue();
        if (d != null && d.size() > 0) {
            Viewport.Bounds b = d.bounds();
            scale = Math.min((WIDTH - 2 * PAD) / Math.max(1, b.width()), (HEIGHT - 2 * PAD) / Math.max(1, b.height()));
            offsetX = (WIDTH - b.width() * scale) / 2 - b.minX() * scale;
            offsetY = (HEIGHT - b.height() * scale) / 2 - b.minY() * scale;
        }
        placeViewRectangle();
    }

    private void redrawBoxes() {
        boxesStale = false;
        GraphicsContext g = boxes.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        Diagram d = diagram.getValue();
        Palette p = palette.getValue();
        if (d == null || p == null || d.size() == 0) {
            return;
        }
        for (int i = 0; i < d.size(); i++) {
            g.setFill(fx(p.kind(d.kind(i))));
            double w = Math.max(1.5, d.width(i) * scale);
            double h = Math.max(1.5, d.height(i) * scale);
            g.fillRect(d.left(i) * scale + offsetX, d.top(i) * scale + offsetY, w, h);
        }
    }

    private void placeViewRectangle() {
        Viewport v = viewport.getValue();
        Diagram d = diagram.getValue();
        if (v == null || d == null || v.width() <= 0) {
            view.setVisible(false);
            setVisible(false);
            return;
        }
        Viewport.Bounds w = v.visibleWorld();
        Viewport.Bounds all = d.bounds();
        boolean allVisible = all.minX() >= w.minX() && all.minY() >= w.minY() && all.maxX() <= w.maxX()
                && all.maxY() <= w.maxY();
        // on a small canvas (a 1024x640 window) the minimap would cover too much of the drawing: it needs the view
        // to be at least three times its size each way
        boolean room = v.width() >= 3 * WIDTH && v.height() >= 3 * HEIGHT;
        setVisible(wanted && room && d.size() > 0 && !allVisible);
        if (isVisible() && boxesStale) {
            redrawBoxes();
        }
        double x0 = Math.max(0, w.minX() * scale + offsetX);
        double y0 = Math.max(0, w.minY() * scale + offsetY);
        double x1 = Math.min(WIDTH, w.maxX() * scale + offsetX);
        double y1 = Math.min(HEIGHT, w.maxY() * scale + offsetY);
        view.setVisible(x1 > x0 && y1 > y0);
        view.setX(x0);
        view.setY(y0);
        view.setWidth(Math.max(0, x1 - x0));
        view.setHeight(Math.max(0, y1 - y0));
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
