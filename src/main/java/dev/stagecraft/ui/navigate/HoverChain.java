package dev.stagecraft.ui.navigate;

import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.ui.style.Styles;
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
                addPoint(st.to());
            }
            label.setText(DependencyChain.describe(steps));
            shownFor = id;
        }
        label.autosize();
        // beside the hovered component's box, never over it: above it, or below when there is no room above
        var v = canvas.viewportProperty().get();
        double top = v.toScreenY(d.top(i));
        double bottom = v.toScreenY(d.top(i) + d.height(i));
        double ly = top - label.getHeight() - 8 >= 0 ? top - label.getHeight() - 8 : bottom + 8;
        label.relocate(Math.max(0, Math.min(x - label.getWidth() / 2, getWidth() - label.getWidth() - 4)), ly);
        line.setVisible(true);
        label.setVisible(true);
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
