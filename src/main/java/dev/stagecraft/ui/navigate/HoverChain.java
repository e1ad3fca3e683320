package dev.stagecraft.ui.navigate;

import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.ui.style.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/**
 * While a blast radius is shown, hovering an impacted component draws the dependency chain from it to the
 * selected component over the canvas and names the steps (hard/soft) in a small label by the cursor.
 * A mouse-transparent layer: it never takes a click.
 */
public final class HoverChain extends Pane {
    private final GraphCanvas canvas;
    private final Supplier<GraphSnapshot> snapshot;
    private static final double GAP = 8;
    /** The chain's text wraps at this width, so the box fits beside a component rather than across the row. */
    private static final double MAX_LABEL_WIDTH = 320;
    private final Polyline line = new Polyline();
    private final Label label = new Label();
    private String shownFor;

    /** @param snapshot the snapshot of the revision the highlighting shows (null before the first) */
    public HoverChain(GraphCanvas canvas, Supplier<GraphSnapshot> snapshot) {
        this.canvas = canvas;
        this.snapshot = snapshot;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add(Styles.HOVER_CHAIN);
        line.getStyleClass().add(Styles.HOVER_CHAIN_LINE);
        label.getStyleClass().add(Styles.HOVER_CHAIN_LABEL);
        label.setId("hover-chain-label");
        label.setManaged(false);
        label.setWrapText(true);
        label.setMaxWidth(MAX_LABEL_WIDTH);
        line.setManaged(false);
        getChildren().addAll(line, label);
        hide();
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hovered(canvas.componentAt(e.getX(), e.getY()), e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        canvas.viewportProperty().addListener((o, was, now) -> hide());
        canvas.highlightingProperty().addListener((o, was, now) -> hide());
    }

    /** Shows the chain for the component under the pointer at local point (x, y), or hides it. */
    public void hovered(String id, double x, double y) {
        Highlighting h = canvas.highlightingProperty().get();
        Diagram d = canvas.diagramProperty().get();
        if (id == null || h == null || d == null || !(h.highlight() instanceof Highlight.Blast blast)) {
            hide();
            return;
        }
        int i = d.indexOf(id);
        NodeState state = i < 0 || i >= h.size() ? NodeState.NORMAL : h.state(i);
        if (state != NodeState.OUTAGE && state != NodeState.DEGRADED) {
            hide();
            return;
        }
        if (!id.equals(shownFor)) {
            GraphSnapshot s = snapshot.get();
            List<DependencyChain.Step> steps = s == null ? List.of() : DependencyChain.between(s, blast.id(), id);
            if (steps.isEmpty()) {
                hide();
                return;
            }
            line.getPoints().clear();
            addPoint(steps.get(0).from());
            for (DependencyChain.Step st : steps) {
                addLeg(d, st.from(), st.to());
            }
            label.setText(DependencyChain.describe(steps));
            shownFor = id;
        }
        label.autosize();
        double[] at = placeLabel(d, h, i, x);
        label.relocate(at[0], at[1]);
        line.setVisible(true);
        label.setVisible(true);
    }

    /**
     * Where the label goes: beside the hovered component's box, never over it — above, below, right or left,
     * whichever covers the fewest highlighted (impacted) boxes, then the fewest boxes at all, and stays out of the
     * legend's strip at the top; above wins ties.
     */
    private double[] placeLabel(Diagram d, Highlighting h, int i, double pointerX) {
        var v = canvas.viewportProperty().get();
        double lw = label.getWidth();
        double lh = label.getHeight();
        double left = v.toScreenX(d.left(i));
        double right = v.toScreenX(d.left(i) + d.width(i));
        double top = v.toScreenY(d.top(i));
        double bottom = v.toScreenY(d.top(i) + d.height(i));
        double cx = clampX(pointerX - lw / 2, lw);
        double[] xs = {cx, clampX(left, lw), clampX(right - lw, lw)};
        double[] ys = {(top + bottom) / 2 - lh / 2, top, bottom - lh, top - lh - GAP, bottom + GAP};
        List<double[]> candidates = new ArrayList<>();
        for (double x : xs) {
            candidates.add(new double[] {x, top - lh - GAP});
            candidates.add(new double[] {x, bottom + GAP});
        }
        for (double y : ys) {
            candidates.add(new double[] {right + GAP, y});
            candidates.add(new double[] {left - lw - GAP, y});
        }
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int[] found = new int[d.size()];
        for (double[] c : candidates) {
            if (c[0] < 0 || c[1] < 0 || c[0] + lw > getWidth() || c[1] + lh > getHeight()) {
                continue;
            }
            // the strip at the top is where the legend lives (Fit keeps it free for it): not over the legend
            double cost = (c[1] < GraphCanvas.FIT_LEGEND_ROOM ? 500 : 0)
                    + GraphPainter.coverCost(d, h, v, new double[] {c[0], c[1], lw, lh}, found, i);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best != null ? best : new double[] {cx, Math.max(0, bottom + GAP)};
    }

    private double clampX(double x, double lw) {
        return Math.max(0, Math.min(x, getWidth() - lw - 4));
    }

    /**
     * The leg from one component to the next along the dependency's drawn route (around boxes, as the map draws
     * it), or straight when the map draws that dependency straight.
     */
    private void addLeg(Diagram d, String fromId, String toId) {
        int a = d.indexOf(fromId);
        int b = d.indexOf(toId);
        int edge = -1;
        boolean reversed = false;
        for (int e = 0; e < d.edgeCount() && a >= 0 && b >= 0; e++) {
            if (d.edgeFrom(e) == a && d.edgeTo(e) == b || d.edgeFrom(e) == b && d.edgeTo(e) == a) {
                edge = e;
                reversed = d.edgeFrom(e) == b;
                break;
            }
        }
        double[] route = edge < 0 ? null : d.route(edge);
        if (route == null) {
            addPoint(toId);
            return;
        }
        var v = canvas.viewportProperty().get();
        int corners = route.length / 2;
        // the route runs from centre to centre; its first point is the one already on the line
        for (int k = 1; k < corners; k++) {
            int c = reversed ? corners - 1 - k : k;
            line.getPoints().addAll(v.toScreenX(route[2 * c]), v.toScreenY(route[2 * c + 1]));
        }
    }

    private void addPoint(String id) {
        Point2D p = canvas.localPointOf(id);
        if (p != null) {
            line.getPoints().addAll(p.getX(), p.getY());
        }
    }

    private void hide() {
        shownFor = null;
        line.setVisible(false);
        label.setVisible(false);
    }
}
