package dev.stagecraft.ui.edit;

import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Palette;
import dev.stagecraft.diagram.Rgb;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.style.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Drawn over the graph canvas: rings around the selected components, the connect handle, the
 * rubber-band rectangle, the rubber line of a connection being dragged, and short messages. It only
 * paints (mouse events pass through to the canvas) except for the in-place rename field it hosts.
 */
public final class EditOverlay extends StackPane {
    /** Radius of the connect handle, in screen pixels. */
    public static final double HANDLE_RADIUS = 7;
    private static final Duration MESSAGE_TIME = Duration.seconds(4);

    private final GraphCanvas graphCanvas;
    private final Selection selection;
    private final Canvas canvas = new Canvas();
    private final Pane fields = new Pane();
    private final Label message = new Label();
    private final PauseTransition hideMessage = new PauseTransition(MESSAGE_TIME);
    private String handleOwner;
    private double[] band;
    private double[] line;

    public EditOverlay(GraphCanvas graphCanvas, Selection selection) {
        this.graphCanvas = graphCanvas;
        this.selection = selection;
        getStyleClass().add(Styles.EDIT_OVERLAY);
        setPickOnBounds(false);
        canvas.setMouseTransparent(true);
        fields.setPickOnBounds(false);
        message.getStyleClass().add(Styles.EDIT_MESSAGE);
        message.setId("edit-message");
        message.setVisible(false);
        message.setMouseTransparent(true);
        StackPane.setAlignment(message, Pos.BOTTOM_LEFT);
        StackPane.setMargin(message, new javafx.geometry.Insets(0, 0, 0, 12));
        getChildren().addAll(canvas, fields, message);
        hideMessage.setOnFinished(e -> message.setVisible(false));
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        graphCanvas.viewportProperty().addListener(o -> redraw());
        graphCanvas.diagramProperty().addListener(o -> redraw());
        graphCanvas.paletteProperty().addListener(o -> redraw());
        selection.componentsProperty().addListener(o -> redraw());
        setMinSize(0, 0);
    }

    /** Where in-place editors (the rename field) are placed, in this node's coordinates. */
    Pane fieldLayer() {
        return fields;
    }

    public void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        hideMessage.playFromStart();
    }

    public String message() {
        return message.isVisible() ? message.getText() : "";
    }

    /** The component whose connect handle is shown (hovered or selected), null for none. */
    void setHandleOwner(String id) {
        if (!java.util.Objects.equals(id, handleOwner)) {
            handleOwner = id;
            redraw();
        }
    }

    String handleOwner() {
        return handleOwner;
    }

    /** Screen position of a component's connect handle: just outside the middle of its box's right edge, so it never sits on the name. */
    public Point2D handleOf(String id) {
        Diagram d = graphCanvas.diagramProperty().get();
        int i = d == null || id == null ? -1 : d.indexOf(id);
        if (i < 0) {
            return null;
        }
        Viewport v = graphCanvas.viewportProperty().get();
        return new Point2D(v.toScreenX(d.left(i) + d.width(i)) + HANDLE_RADIUS - 1, v.toScreenY(d.centerY(i)));
    }

    void setBand(double x0, double y0, double x1, double y1) {
        band = new double[] {Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)};
        redraw();
    }

    void setLine(double x0, double y0, double x1, double y1) {
        line = new double[] {x0, y0, x1, y1};
        redraw();
    }

    void clearGesture() {
        band = null;
        line = null;
        redraw();
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Diagram d = graphCanvas.diagramProperty().get();
        Palette p = graphCanvas.paletteProperty().get();
        if (d == null || p == null) {
            return;
        }
        Color accent = fx(p.get(Palette.Token.SELECTED));
        Viewport v = graphCanvas.viewportProperty().get();
        Viewport.Bounds visible = v.visibleWorld();
        List<String> selected = selection.components();
        gc.setStroke(accent);
        gc.setLineWidth(2.5);
        gc.setLineDashes();
        if (selected.size() > 1) {
            for (String id : selected) {
                int i = d.indexOf(id);
                if (i >= 0 && visible.intersects(d.left(i), d.top(i), d.left(i) + d.width(i), d.top(i) + d.height(i))) {
                    double pad = 4;
                    gc.strokeRoundRect(v.toScreenX(d.left(i)) - pad, v.toScreenY(d.top(i)) - pad,
                            d.width(i) * v.scale() + 2 * pad, d.height(i) * v.scale() + 2 * pad, 12, 12);
                }
            }
        }
        Point2D h = handleOf(handleOwner);
        if (h != null) {
            gc.setFill(accent);
            gc.fillOval(h.getX() - HANDLE_RADIUS, h.getY() - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
            gc.setFill(fx(p.get(Palette.Token.BACKGROUND)));
            gc.fillOval(h.getX() - 3, h.getY() - 3, 6, 6);
        }
        if (line != null) {
            gc.setLineDashes(8, 5);
            gc.strokeLine(line[0], line[1], line[2], line[3]);
            gc.setLineDashes();
        }
        if (band != null) {
            gc.setFill(accent.deriveColor(0, 1, 1, 0.12));
            gc.fillRect(band[0], band[1], band[2], band[3]);
            gc.setLineWidth(1.5);
            gc.setLineDashes(6, 4);
            gc.strokeRect(band[0], band[1], band[2], band[3]);
            gc.setLineDashes();
        }
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
