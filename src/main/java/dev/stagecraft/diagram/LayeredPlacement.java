package dev.stagecraft.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * A quick layered placement for components that have no position yet, so every file draws sensibly:
 * one band per rollout wave, dependents above their dependencies (wave 0 at the bottom), each band
 * ordered by the mean x of the dependents above it (one barycentric sweep, which removes most
 * crossings on the sample graphs), long bands wrapped into several rows. When some components are
 * already placed, the new ones go to the right of them. O(V log V + E). Not the editor's auto-layout
 * (that is ELK, phase 2); this only makes unplaced files readable.
 */
public final class LayeredPlacement implements Diagram.Placement {
    public static final double H_GAP = 48;
    public static final double V_GAP = 80;

    private final Supplier<int[]> waves;

    /**
     * @param waves rollout wave of each node index (0 = depends on nothing); asked for only when some
     *              component lacks a position
     */
    public LayeredPlacement(Supplier<int[]> waves) {
        this.waves = waves;
    }

    @Override
    public void place(Diagram d, boolean[] placed) {
        int n = d.size();
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!placed[i]) {
                todo.add(i);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        int[] wave = waves.get();
        IntUnaryOperator waveOf = i -> wave[i];
        int maxWave = 0;
        for (int i : todo) {
            maxWave = Math.max(maxWave, waveOf.applyAsInt(i));
        }
        List<List<Integer>> bands = new ArrayList<>();
        for (int w = 0; w <= maxWave; w++) {
            bands.add(new ArrayList<>());
        }
        for (int i : todo) {
            bands.get(waveOf.applyAsInt(i)).add(i);
        }
        int[][] dependents = dependentsOf(d);
        double[] x = new double[n];
        boolean[] done = new boolean[n];
        double rowHeight = 0;
        for (int i : todo) {
            rowHeight = Math.max(rowHeight, d.height(i));
        }
        int perRow = Math.max(8, (int) Math.ceil(Math.sqrt(todo.size()) * 1.6));
        double y = 0;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] key = new double[n];
        for (int w = maxWave; w >= 0; w--) {
            List<Integer> band = bands.get(w);
            if (band.isEmpty()) {
                continue;
            }
            for (int i : band) {
                double sum = 0;
                int count = 0;
                for (int p : dependents[i]) {
                    if (done[p]) {
                        sum += x[p];
                        count++;
                    }
                }
                key[i] = count == 0 ? Double.MAX_VALUE : sum / count;
            }
            band.sort(Comparator.<Integer>comparingDouble(i -> key[i]).thenComparing(i -> i));
            for (int start = 0; start < band.size(); start += perRow) {
                List<Integer> row = band.subList(start, Math.min(band.size(), start + perRow));
                double total = row.stream().mapToDouble(d::width).sum() + H_GAP * (row.size() - 1);
                double left = -total / 2;
                for (int i : row) {
                    xs[i] = left + d.width(i) / 2;
                    ys[i] = y + rowHeight / 2;
                    x[i] = xs[i];
                    done[i] = true;
                    left += d.width(i) + H_GAP;
                }
                y += rowHeight + V_GAP;
            }
        }
        shiftBesidePlaced(d, placed, todo, xs, ys);
    }

    private static void shiftBesidePlaced(Diagram d, boolean[] placed, List<Integer> todo, double[] xs, double[] ys) {
        double placedMaxX = Double.NEGATIVE_INFINITY;
        double placedMinY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < d.size(); i++) {
            if (placed[i]) {
                placedMaxX = Math.max(placedMaxX, d.left(i) + d.width(i));
                placedMinY = Math.min(placedMinY, d.top(i));
            }
        }
        double dx = 0;
        double dy = 0;
        if (placedMaxX != Double.NEGATIVE_INFINITY) {
            double minLeft = todo.stream().mapToDouble(i -> xs[i] - d.width(i) / 2).min().orElse(0);
            double minTop = todo.stream().mapToDouble(i -> ys[i] - d.height(i) / 2).min().orElse(0);
            dx = placedMaxX + 3 * H_GAP - minLeft;
            dy = placedMinY - minTop;
        }
        for (int i : todo) {
            d.moveNode(i, xs[i] + dx, ys[i] + dy);
        }
    }

    private static int[][] dependentsOf(Diagram d) {
        int n = d.size();
        int[] count = new int[n];
        for (int e = 0; e < d.edgeCount(); e++) {
            count[d.edgeTo(e)]++;
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
        }
        Arrays.fill(count, 0);
        for (int e = 0; e < d.edgeCount(); e++) {
            int t = d.edgeTo(e);
            out[t][count[t]++] = d.edgeFrom(e);
        }
        return out;
    }
}
