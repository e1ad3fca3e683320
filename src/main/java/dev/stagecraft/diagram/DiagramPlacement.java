package dev.stagecraft.diagram;

import dev.stagecraft.layout.LayoutInput;
import dev.stagecraft.layout.UnplacedPlacement;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * {@link UnplacedPlacement} over a diagram's boxes: what every {@link Diagram} of the app is built with, so a
 * component without a position is drawn where Layout → "Layout new components" would put it. O(V log V + E).
 * {@link #placeUnpositioned} writes those places into the model: the window does it on import, and
 * {@code stagecraft convert} with {@link HeadlessTextMeasurer} when the target format carries positions.
 */
public final class DiagramPlacement implements Diagram.Placement {
    private final Supplier<int[]> waves;

    /**
     * @param waves rollout wave of each node index (0 = depends on nothing), as {@link HighlightAnalysis#waves()};
     *              asked for only when the wave bands are used
     */
    public DiagramPlacement(Supplier<int[]> waves) {
        this.waves = waves;
    }

    @Override
    public void place(Diagram d, boolean[] placed) {
        int n = d.size();
        if (n == 0 || allTrue(placed)) {
            return;
        }
        List<String> ids = new ArrayList<>(n);
        double[] w = new double[n];
        double[] h = new double[n];
        Position[] positions = new Position[n];
        for (int i = 0; i < n; i++) {
            ids.add(d.id(i));
            w[i] = d.width(i);
            h[i] = d.height(i);
            positions[i] = placed[i] ? new Position(d.centerX(i), d.centerY(i)) : null;
        }
        int[][] edges = new int[d.edgeCount()][];
        for (int e = 0; e < edges.length; e++) {
            edges[e] = new int[] {d.edgeFrom(e), d.edgeTo(e)};
        }
        List<int[]> groups = new ArrayList<>(d.groupCount());
        for (int g = 0; g < d.groupCount(); g++) {
            groups.add(d.groupMembers(g));
        }
        for (int k = 0; k < d.systemCount(); k++) { // a system's members are placed side by side as well
            groups.add(d.systemMembers(k));
        }
        UnplacedPlacement placement = new UnplacedPlacement(LayoutInput.of(ids, w, h, edges, groups, positions, 0),
                waves);
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                Position p = placement.position(i);
                d.moveNode(i, p.x(), p.y());
            }
        }
    }

    /**
     * Gives every component of {@code graph} that has no position the centre its diagram, measured by
     * {@code measurer}, draws it at; one model batch. Components with a position keep it.
     *
     * @param indexing builds the throw-away diagram's spatial index (see {@link Diagram}); {@code Runnable::run}
     *                 outside the window
     * @return the positions given, by id, in model order (empty when every component had one)
     */
    public static Map<String, Position> placeUnpositioned(ServiceGraph graph, TextMeasurer measurer,
            Executor indexing) {
        if (graph.components().stream().allMatch(c -> c.position() != null)) {
            return Map.of();
        }
        HighlightAnalysis analysis = new HighlightAnalysis(graph.snapshot());
        Diagram d = new Diagram(graph, measurer, new DiagramPlacement(analysis::waves), indexing);
        Map<String, Position> given = new LinkedHashMap<>();
        graph.beginUpdate();
        try {
            for (Component c : List.copyOf(graph.components())) {
                int i = d.indexOf(c.id());
                if (c.position() == null && i >= 0) {
                    Position p = new Position(d.centerX(i), d.centerY(i));
                    graph.replaceComponent(c.id(), c.withPosition(p));
                    given.put(c.id(), p);
                }
            }
        } finally {
            graph.endUpdate();
        }
        return Collections.unmodifiableMap(given);
    }

    private static boolean allTrue(boolean[] placed) {
        for (boolean p : placed) {
            if (!p) {
                return false;
            }
        }
        return true;
    }
}
