package dev.stagecraft.ui.canvas;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.GraphPainter;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.model.Dependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hit testing on the canvas, in canvas pixels under a viewport: what is drawn at a point, and what a rectangle
 * meets. Only what is drawn can be hit: a dependency is picked only at a zoom where it is drawn as a line (see
 * {@link GraphPainter#drawsPickableEdges}), never inside the grey area of a large graph at fit.
 */
final class CanvasHits {
    /** How near (in pixels) a press must be to a dependency's line to pick it. */
    static final double EDGE_HIT_PIXELS = 5;

    private CanvasHits() {
    }

    /** The component, else the dependency, drawn at the point; {@link PointerTarget.Background} for neither. */
    static PointerTarget at(Diagram d, Viewport v, double x, double y) {
        return at(d, v, x, y, java.util.Set.of());
    }

    /** The same, with the cards of these collapsed systems over their members (a press on one is the system's). */
    static PointerTarget at(Diagram d, Viewport v, double x, double y, java.util.Set<String> collapsed) {
        int k = collapsedAt(d, v, x, y, collapsed);
        if (k >= 0) {
            List<String> members = new ArrayList<>();
            for (int i : d.systemMembers(k)) {
                members.add(d.id(i));
            }
            return new PointerTarget.System(d.systemId(k), members);
        }
        String component = componentAt(d, v, x, y);
        if (component != null && !collapsed.isEmpty()) {
            String system = d.system(d.indexOf(component));
            if (system != null && collapsed.contains(system)) {
                component = null; // under its system's card, not drawn
            }
        }
        if (component != null) {
            return new PointerTarget.Node(component);
        }
        Dependency.Key dependency = dependencyAt(d, v, x, y);
        return dependency != null ? new PointerTarget.Edge(dependency) : new PointerTarget.Background();
    }

    /** The collapsed system whose card is drawn at the point, -1 for none. */
    static int collapsedAt(Diagram d, Viewport v, double x, double y, java.util.Set<String> collapsed) {
        if (d == null || collapsed.isEmpty()) {
            return -1;
        }
        double wx = v.toWorldX(x);
        double wy = v.toWorldY(y);
        for (int k = 0; k < d.systemCount(); k++) {
            if (!collapsed.contains(d.systemId(k))) {
                continue;
            }
            double[] b = GraphPainter.cardOf(d, k);
            if (b != null && wx >= b[0] && wx <= b[0] + b[2] && wy >= b[1] && wy <= b[1] + b[3]) {
                return k;
            }
        }
        return -1;
    }

    /** The id of the component whose box is drawn at the point, null for none (or no diagram). */
    static String componentAt(Diagram d, Viewport v, double x, double y) {
        if (d == null) {
            return null;
        }
        int i = d.nodeAt(v.toWorldX(x), v.toWorldY(y));
        return i < 0 ? null : d.id(i);
    }

    /** The dependency drawn within a few pixels of the point, null for none or when none is drawn as a line. */
    static Dependency.Key dependencyAt(Diagram d, Viewport v, double x, double y) {
        if (d == null || !GraphPainter.drawsPickableEdges(v.scale())) {
            return null;
        }
        int e = d.edgeAt(v.toWorldX(x), v.toWorldY(y), EDGE_HIT_PIXELS / v.scale());
        return e < 0 ? null : new Dependency.Key(d.id(d.edgeFrom(e)), d.id(d.edgeTo(e)));
    }

    /** Components whose boxes meet the rectangle between two corners (in any order), in diagram order. */
    static List<String> componentsIn(Diagram d, Viewport v, double x0, double y0, double x1, double y1) {
        List<String> ids = new ArrayList<>();
        if (d == null) {
            return ids;
        }
        double wx0 = v.toWorldX(Math.min(x0, x1));
        double wx1 = v.toWorldX(Math.max(x0, x1));
        double wy0 = v.toWorldY(Math.min(y0, y1));
        double wy1 = v.toWorldY(Math.max(y0, y1));
        int[] found = new int[d.size()];
        int count = d.spatial().nodesIn(new Viewport.Bounds(wx0, wy0, wx1, wy1), found);
        Arrays.sort(found, 0, count);
        for (int k = 0; k < count; k++) {
            int i = found[k];
            if (d.left(i) <= wx1 && d.left(i) + d.width(i) >= wx0 && d.top(i) <= wy1 && d.top(i) + d.height(i) >= wy0) {
                ids.add(d.id(i));
            }
        }
        return ids;
    }
}
