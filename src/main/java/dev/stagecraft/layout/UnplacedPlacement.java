package dev.stagecraft.layout;

import dev.stagecraft.model.Position;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one placement of components that have no position: the window uses it when it draws a file (open, import,
 * render), Layout → "Layout new components" commits it, and {@code stagecraft convert} writes it. A component
 * that has a position never moves; every other one gets an integer centre. Same input, same positions.
 *
 * <p><b>The rule.</b> With k unplaced and p placed components:
 * <ul>
 * <li>{@link Rule#NEIGHBOURS} when {@code 0 < k <= }{@value #NEIGHBOUR_LIMIT} and {@code k <= p}: a few new
 *     components among a drawing someone made. Each goes to the mean of the places its positioned neighbours
 *     suggest: {@value #LAYER} units above each of its dependencies and below each of its dependents, at their x
 *     (dependents are drawn above what they depend on); one with no positioned neighbour starts a row
 *     {@value #LAYER} units under the placed drawing. Then it slides right to the first place where its box,
 *     with a {@value #GAP}-unit margin, overlaps no other box. New components are taken breadth-first from the
 *     placed ones (in index order), so a chain of new components hangs off the placed one it leads to.</li>
 * <li>{@link Rule#BANDS} otherwise (nothing placed, or so many new components that they make a drawing of their
 *     own): one band per rollout wave, the highest wave on top and wave 0 at the bottom; a band is ordered by the
 *     mean x of its dependents in the bands above (one barycentric sweep, which removes most crossings on the
 *     sample graphs), members of one change group side by side; bands longer than
 *     {@code max(8, ceil(1.6 sqrt(k)))} boxes wrap into rows, so the drawing is about as wide as high. When some
 *     components are placed, the bands are shifted to the right of them, top edges aligned.</li>
 * </ul>
 * Why 64 and {@code k <= p}: one to a few dozen components added by hand (or a few lines pasted into a file) read
 * best beside what they connect to, while an import with positions for only some components, or a pasted
 * subsystem, is a drawing of its own, which bands draw with fewer crossings; the neighbour search also costs
 * O(V log V) per component, so the limit keeps it bounded.
 *
 * <p><b>Cost.</b> Bands: O(V log V + E) (a sort per band). Neighbours: O(V + E + k · V log V) with
 * k &lt;= {@value #NEIGHBOUR_LIMIT}. Measured by {@code PlacementBench} on the generated 20,000-component /
 * 100,000-dependency graph without positions (2 cores shared with other work, load 4-7, Java 17): bands 16-49 ms,
 * 64 new components among the rest 20-54 ms (medians of 15 runs, six series).
 */
public final class UnplacedPlacement {
    /** Which half of the rule placed the components. */
    public enum Rule {
        /** Every component already had a position. */
        NONE,
        /** A few new components beside their placed neighbours. */
        NEIGHBOURS,
        /** Wave bands (beside the placed drawing, if any). */
        BANDS
    }

    /** Largest number of unplaced components placed by {@link Rule#NEIGHBOURS}. */
    public static final int NEIGHBOUR_LIMIT = 64;
    /** Horizontal gap between boxes in a band row. */
    public static final double H_GAP = 48;
    /** Vertical gap between band rows. */
    public static final double V_GAP = 80;
    /** Margin kept around every box by {@link Rule#NEIGHBOURS}. */
    public static final double GAP = 40;
    /** Vertical distance between a new component and its placed neighbours, centre to centre. */
    public static final double LAYER = 140;

    private final LayoutInput in;
    private final Rule rule;
    /** Centres of every component, placed ones as given. */
    private final double[] x;
    private final double[] y;
    /** Made on the first call of {@link #added()} (the diagram reads {@link #position(int)} only). */
    private Map<String, Position> added;

    /**
     * Places every component of {@code in} that has no position.
     *
     * @param waves rollout wave of each component by index (0 = depends on nothing, as
     *              {@code GraphAnalysis.waves()}); asked for only by {@link Rule#BANDS}
     * @throws IllegalArgumentException when the waves are not one per component or negative
     */
    public UnplacedPlacement(LayoutInput in, Supplier<int[]> waves) {
        this.in = in;
        int n = in.size();
        x = new double[n];
        y = new double[n];
        int unplaced = 0;
        for (int i = 0; i < n; i++) {
            Position p = in.positions()[i];
            if (p == null) {
                unplaced++;
            } else {
                x[i] = p.x();
                y[i] = p.y();
            }
        }
        int placed = n - unplaced;
        if (unplaced == 0) {
            rule = Rule.NONE;
        } else if (placed > 0 && unplaced <= NEIGHBOUR_LIMIT && unplaced <= placed) {
            rule = Rule.NEIGHBOURS;
            new Neighbours().place();
        } else {
            rule = Rule.BANDS;
            new Bands(checked(waves.get(), n), unplaced).place();
        }
    }

    /** Which half of the rule applied. */
    public Rule rule() {
        return rule;
    }

    /** Centre of component i: its own position when it had one, else the one placed here. */
    public Position position(int i) {
        Position p = in.positions()[i];
        return p != null ? p : new Position(x[i], y[i]);
    }

    /** The centres given to the components that had no position, by id, in index order. */
    public synchronized Map<String, Position> added() {
        if (added == null) {
            Map<String, Position> news = new LinkedHashMap<>();
            for (int i = 0; i < in.size(); i++) {
                if (!placed(i)) {
                    news.put(in.ids().get(i), new Position(x[i], y[i]));
                }
            }
            added = Collections.unmodifiableMap(news);
        }
        return added;
    }

    private boolean placed(int i) {
        return in.positions()[i] != null;
    }

    private static int[] checked(int[] waves, int n) {
        if (waves.length != n) {
            throw new IllegalArgumentException("waves for " + waves.length + " components, the input has " + n);
        }
        for (int w : waves) {
            if (w < 0) {
                throw new IllegalArgumentException("a wave is never negative, got " + w);
            }
        }
        return waves;
    }

    /** Compressed rows of one direction of the edges: row v lists the far ends of the edges at v. */
    private static int[][] rows(int n, int[][] edges, int near, int far) {
        int[] count = new int[n];
        for (int[] e : edges) {
            count[e[near]]++;
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
        }
        Arrays.fill(count, 0);
        for (int[] e : edges) {
            out[e[near]][count[e[near]]++] = e[far];
        }
        return out;
    }

    /** {@link Rule#BANDS}. */
    private final class Bands {
        private final int[] wave;
        private final int[] todo;

        Bands(int[] wave, int unplaced) {
            this.wave = wave;
            todo = new int[unplaced];
            int k = 0;
            for (int i = 0; i < in.size(); i++) {
                if (!placed(i)) {
                    todo[k++] = i;
                }
            }
        }

        void place() {
            int n = in.size();
            int maxWave = 0;
            for (int i : todo) {
                maxWave = Math.max(maxWave, wave[i]);
            }
            int[][] bands = bands(maxWave);
            int[][] dependents = rows(n, in.edges(), 1, 0);
            int[] groupOf = groupOf(n);
            boolean[] done = new boolean[n];
            double[] key = new double[n];
            double rowHeight = 0;
            for (int i : todo) {
                rowHeight = Math.max(rowHeight, in.heights()[i]);
            }
            int perRow = Math.max(8, (int) Math.ceil(Math.sqrt(todo.length) * 1.6));
            double top = 0;
            for (int w = maxWave; w >= 0; w--) {
                Integer[] band = sorted(bands[w], dependents, groupOf, done, key);
                for (int start = 0; start < band.length; start += perRow) {
                    int end = Math.min(band.length, start + perRow);
                    double total = H_GAP * (end - start - 1);
                    for (int r = start; r < end; r++) {
                        total += in.widths()[band[r]];
                    }
                    double left = -total / 2;
                    for (int r = start; r < end; r++) {
                        int i = band[r];
                        x[i] = Math.round(left + in.widths()[i] / 2);
                        y[i] = Math.round(top + rowHeight / 2);
                        done[i] = true;
                        left += in.widths()[i] + H_GAP;
                    }
                    top += rowHeight + V_GAP;
                }
            }
            shiftBesidePlaced();
        }

        /** The unplaced components of each wave, in index order; a counting sort. */
        private int[][] bands(int maxWave) {
            int[] size = new int[maxWave + 1];
            for (int i : todo) {
                size[wave[i]]++;
            }
            int[][] bands = new int[maxWave + 1][];
            for (int w = 0; w <= maxWave; w++) {
                bands[w] = new int[size[w]];
            }
            Arrays.fill(size, 0);
            for (int i : todo) {
                bands[wave[i]][size[wave[i]]++] = i;
            }
            return bands;
        }

        /** Index of the first change group of each component, -1 for none. */
        private int[] groupOf(int n) {
            int[] groupOf = new int[n];
            Arrays.fill(groupOf, -1);
            for (int g = 0; g < in.groups().length; g++) {
                for (int m : in.groups()[g]) {
                    if (groupOf[m] < 0) {
                        groupOf[m] = g;
                    }
                }
            }
            return groupOf;
        }

        /**
         * The band ordered by the mean x of each member's dependents placed in the bands above (those without
         * come last); a group's members share their mean, so they sit side by side; ties by group, then index.
         */
        private Integer[] sorted(int[] band, int[][] dependents, int[] groupOf, boolean[] done, double[] key) {
            Map<Integer, double[]> groupSums = new LinkedHashMap<>();
            for (int i : band) {
                double sum = 0;
                int count = 0;
                for (int p : dependents[i]) {
                    if (done[p]) {
                        sum += x[p];
                        count++;
                    }
                }
                key[i] = count == 0 ? Double.NaN : sum / count;
                if (groupOf[i] >= 0 && count > 0) {
                    double[] s = groupSums.computeIfAbsent(groupOf[i], g -> new double[2]);
                    s[0] += key[i];
                    s[1]++;
                }
            }
            for (int i : band) {
                double[] s = groupOf[i] < 0 ? null : groupSums.get(groupOf[i]);
                if (s != null) {
                    key[i] = s[0] / s[1];
                }
                if (Double.isNaN(key[i])) {
                    key[i] = Double.POSITIVE_INFINITY;
                }
            }
            Integer[] order = new Integer[band.length];
            for (int r = 0; r < band.length; r++) {
                order[r] = band[r];
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(key[a], key[b]);
                if (c == 0) {
                    c = Integer.compare(groupOf[a], groupOf[b]);
                }
                return c != 0 ? c : Integer.compare(a, b);
            });
            return order;
        }

        /** With placed components, moves the bands to their right (three gaps apart), top edges aligned. */
        private void shiftBesidePlaced() {
            double placedRight = Double.NEGATIVE_INFINITY;
            double placedTop = Double.POSITIVE_INFINITY;
            for (int i = 0; i < in.size(); i++) {
                if (placed(i)) {
                    placedRight = Math.max(placedRight, x[i] + in.widths()[i] / 2);
                    placedTop = Math.min(placedTop, y[i] - in.heights()[i] / 2);
                }
            }
            if (placedRight == Double.NEGATIVE_INFINITY) {
                return;
            }
            double left = Double.POSITIVE_INFINITY;
            double top = Double.POSITIVE_INFINITY;
            for (int i : todo) {
                left = Math.min(left, x[i] - in.widths()[i] / 2);
                top = Math.min(top, y[i] - in.heights()[i] / 2);
            }
            double dx = Math.ceil(placedRight + 3 * H_GAP - left);
            double dy = Math.round(placedTop - top);
            for (int i : todo) {
                x[i] += dx;
                y[i] += dy;
            }
        }
    }

    /** {@link Rule#NEIGHBOURS}. */
    private final class Neighbours {
        private final int n = in.size();
        private final boolean[] positioned = new boolean[n];
        /** Row v: what v depends on; below, who depends on v. */
        private final int[][] dependencies = rows(n, in.edges(), 0, 1);
        private final int[][] dependents = rows(n, in.edges(), 1, 0);
        /** Boxes with their margins, in the order they were positioned: left, top, right, bottom. */
        private final double[][] boxes = new double[n][];
        private int boxCount;

        void place() {
            double bottom = Double.NEGATIVE_INFINITY;
            double left = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (placed(i)) {
                    positioned[i] = true;
                    addBox(i);
                    bottom = Math.max(bottom, y[i] + in.heights()[i] / 2);
                    left = Math.min(left, x[i] - in.widths()[i] / 2);
                }
            }
            int[] queue = new int[n];
            boolean[] queued = new boolean[n];
            int head = 0;
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (!placed(i) && hasPositionedNeighbour(i)) {
                    queue[tail++] = i;
                    queued[i] = true;
                }
            }
            double rowX = left;
            double rowY = Math.round(bottom + LAYER);
            int next = 0;
            while (true) {
                while (head < tail) {
                    int i = queue[head++];
                    putBesideNeighbours(i);
                    tail = enqueueNeighbours(i, queue, queued, tail);
                }
                while (next < n && (placed(next) || queued[next])) {
                    next++;
                }
                if (next == n) {
                    return;
                }
                int i = next;
                queued[i] = true;
                double w = in.widths()[i];
                put(i, Math.round(rowX + w / 2), rowY);
                rowX = x[i] + w / 2 + GAP;
                tail = enqueueNeighbours(i, queue, queued, tail);
            }
        }

        private boolean hasPositionedNeighbour(int i) {
            for (int j : dependencies[i]) {
                if (positioned[j]) {
                    return true;
                }
            }
            for (int j : dependents[i]) {
                if (positioned[j]) {
                    return true;
                }
            }
            return false;
        }

        private int enqueueNeighbours(int i, int[] queue, boolean[] queued, int tail) {
            for (int[] row : new int[][] {dependencies[i], dependents[i]}) {
                for (int j : row) {
                    if (!placed(j) && !queued[j]) {
                        queued[j] = true;
                        queue[tail++] = j;
                    }
                }
            }
            return tail;
        }

        /** Above the mean of its positioned dependencies and below the mean of its positioned dependents. */
        private void putBesideNeighbours(int i) {
            double sumX = 0;
            double sumY = 0;
            int count = 0;
            for (int j : dependencies[i]) {
                if (j != i && positioned[j]) {
                    sumX += x[j];
                    sumY += y[j] - LAYER;
                    count++;
                }
            }
            for (int j : dependents[i]) {
                if (j != i && positioned[j]) {
                    sumX += x[j];
                    sumY += y[j] + LAYER;
                    count++;
                }
            }
            put(i, Math.round(sumX / count), Math.round(sumY / count));
        }

        /** Puts i's centre at (cx, cy), slid right to the first place its box overlaps no positioned one. */
        private void put(int i, double cx, double cy) {
            double w = in.widths()[i] + GAP;
            double h = in.heights()[i] + GAP;
            double top = cy - h / 2;
            double bottom = cy + h / 2;
            double[][] row = new double[boxCount][];
            int m = 0;
            for (int b = 0; b < boxCount; b++) {
                if (boxes[b][1] < bottom && top < boxes[b][3]) {
                    row[m++] = boxes[b];
                }
            }
            Arrays.sort(row, 0, m, (a, b) -> Double.compare(a[0], b[0]));
            double left = cx - w / 2;
            for (int b = 0; b < m && row[b][0] < left + w; b++) {
                if (row[b][2] > left) {
                    left = row[b][2];
                }
            }
            x[i] = Math.ceil(left + w / 2);
            y[i] = cy;
            positioned[i] = true;
            addBox(i);
        }

        private void addBox(int i) {
            double w = in.widths()[i] + GAP;
            double h = in.heights()[i] + GAP;
            boxes[boxCount++] = new double[] {x[i] - w / 2, y[i] - h / 2, x[i] + w / 2, y[i] + h / 2};
        }
    }
}
