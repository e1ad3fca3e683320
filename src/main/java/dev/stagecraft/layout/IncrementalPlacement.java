package dev.stagecraft.layout;

import dev.stagecraft.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places only the components without a position, leaving every placed one where the user put it: each new
 * component goes one layer below the mean of its placed dependents, or above the mean of its placed
 * dependencies, or (with no placed neighbour) on a row under everything; then it slides right until its box
 * overlaps no other box. Complexity: O(E + k · V) for k new components.
 */
public final class IncrementalPlacement {
    public static final double GAP = 40;
    public static final double LAYER = 140;

    private IncrementalPlacement() {
    }

    /** Centres for the unplaced components only. */
    public static Map<String, Position> place(LayoutInput in) {
        int n = in.size();
        List<double[]> boxes = new ArrayList<>();
        double bottom = 0;
        double left = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Position p = in.positions()[i];
            if (p != null) {
                boxes.add(box(p.x(), p.y(), in.widths()[i], in.heights()[i]));
                bottom = Math.max(bottom, p.y() + in.heights()[i] / 2);
                left = Math.min(left, p.x() - in.widths()[i] / 2);
            }
        }
        if (left == Double.MAX_VALUE) {
            left = 0;
        }
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        int[] count = new int[n];
        for (int[] e : in.edges()) {
            Position from = in.positions()[e[0]];
            Position to = in.positions()[e[1]];
            if (from != null && to == null) {
                sumX[e[1]] += from.x();
                sumY[e[1]] += from.y() + LAYER;
                count[e[1]]++;
            } else if (to != null && from == null) {
                sumX[e[0]] += to.x();
                sumY[e[0]] += to.y() - LAYER;
                count[e[0]]++;
            }
        }
        Map<String, Position> result = new LinkedHashMap<>();
        double rowX = left;
        double rowY = bottom + LAYER;
        for (int i = 0; i < n; i++) {
            if (in.positions()[i] != null) {
                continue;
            }
            double w = in.widths()[i];
            double h = in.heights()[i];
            double x = count[i] > 0 ? sumX[i] / count[i] : rowX + w / 2;
            double y = count[i] > 0 ? sumY[i] / count[i] : rowY;
            while (overlapsAny(boxes, box(x, y, w, h))) {
                x += GAP;
            }
            if (count[i] == 0) {
                rowX = x + w / 2 + GAP;
            }
            boxes.add(box(x, y, w, h));
            result.put(in.ids().get(i), new Position(Math.round(x), Math.round(y)));
        }
        return result;
    }

    private static double[] box(double cx, double cy, double w, double h) {
        return new double[] {cx - w / 2 - GAP / 2, cy - h / 2 - GAP / 2, cx + w / 2 + GAP / 2, cy + h / 2 + GAP / 2};
    }

    private static boolean overlapsAny(List<double[]> boxes, double[] b) {
        for (double[] o : boxes) {
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
                return true;
            }
        }
        return false;
    }
}
