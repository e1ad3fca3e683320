package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Blast radius by the definition: one breadth-first search over the reverse ("is depended on by") edges per
 * question. O(V + E) per query, so O(V · (V + E)) for {@link #sizes()} — the reference that
 * {@link FastBlastRadius} is checked against, and the baseline in the benchmark.
 */
public final class NaiveBlastRadius implements BlastRadius {
    private final GraphSnapshot snapshot;

    public NaiveBlastRadius(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public List<String> affected(String id) {
        return ids(reach(index(id), false));
    }

    @Override
    public List<String> outage(String id) {
        return ids(reach(index(id), true));
    }

    @Override
    public List<String> degraded(String id) {
        int x = index(id);
        boolean[] all = reach(x, false);
        boolean[] hard = reach(x, true);
        for (int v = 0; v < all.length; v++) {
            all[v] &= !hard[v];
        }
        return ids(all);
    }

    @Override
    public int[] sizes() {
        int[] sizes = new int[snapshot.size()];
        for (int x = 0; x < sizes.length; x++) {
            for (boolean reached : reach(x, false)) {
                sizes[x] += reached ? 1 : 0;
            }
        }
        return sizes;
    }

    /** Components that reach x through dependencies (hard ones only when asked), x itself excluded. */
    private boolean[] reach(int x, boolean hardOnly) {
        int[] start = snapshot.inStart();
        int[] source = snapshot.inSource();
        boolean[] hard = snapshot.inHard();
        boolean[] seen = new boolean[snapshot.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(x);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = start[v]; e < start[v + 1]; e++) {
                if ((hard[e] || !hardOnly) && !seen[source[e]]) {
                    seen[source[e]] = true;
                    queue.add(source[e]);
                }
            }
        }
        seen[x] = false;
        return seen;
    }

    private int index(String id) {
        int x = snapshot.indexOf(id);
        if (x < 0) {
            throw new IllegalArgumentException("no component '" + id + "'");
        }
        return x;
    }

    private List<String> ids(boolean[] set) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < set.length; v++) {
            if (set[v]) {
                ids.add(snapshot.id(v));
            }
        }
        ids.sort(null);
        return List.copyOf(ids);
    }
}
