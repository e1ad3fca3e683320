package dev.stagecraft.ui.find;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds components whose id or name contains a text, ignoring case, best first: an exact match of id
 * or name, then a prefix, then any substring; ties in model order. O(V) per query.
 */
public final class ComponentSearch {
    private ComponentSearch() {
    }

    /** Ids of the matching components, ranked; empty for a blank query. */
    public static List<String> find(ServiceGraph graph, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(String id, int rank, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        int order = 0;
        for (Component c : graph.components()) {
            int rank = Math.min(rank(c.id(), q), rank(c.name(), q));
            if (rank < 3) {
                hits.add(new Hit(c.id(), rank, order));
            }
            order++;
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::order));
        return hits.stream().map(Hit::id).toList();
    }

    /** 0 exact, 1 prefix, 2 substring, 3 no match. */
    private static int rank(String text, String q) {
        if (text == null) {
            return 3;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals(q) ? 0 : t.startsWith(q) ? 1 : t.contains(q) ? 2 : 3;
    }
}
