package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The components of a snapshot ranked by id, so a set of components becomes a sorted id list without
 * comparing strings: O(V log V) once, then O(min(V, k log k)) integer work per list of k.
 */
final class IdOrder {
    private final GraphSnapshot snapshot;
    private final int[] rankOf;
    private final int[] byRank;

    IdOrder(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
        byRank = snapshot.byIdOrder();
        rankOf = new int[byRank.length];
        for (int r = 0; r < byRank.length; r++) {
            rankOf[byRank[r]] = r;
        }
    }

    /** Sorted ids of {@code vertices[0 .. count)} (distinct component indexes; the array is reused). */
    List<String> sortedIds(int[] vertices, int count) {
        int n = rankOf.length;
        String[] out = new String[count];
        if (count * 16L > n) {
            boolean[] marked = new boolean[n];
            for (int i = 0; i < count; i++) {
                marked[rankOf[vertices[i]]] = true;
            }
            int k = 0;
            for (int r = 0; r < n; r++) {
                if (marked[r]) {
                    out[k++] = snapshot.id(byRank[r]);
                }
            }
        } else {
            for (int i = 0; i < count; i++) {
                vertices[i] = rankOf[vertices[i]];
            }
            Arrays.sort(vertices, 0, count);
            for (int i = 0; i < count; i++) {
                out[i] = snapshot.id(byRank[vertices[i]]);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }
}
