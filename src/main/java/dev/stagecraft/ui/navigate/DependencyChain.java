package dev.stagecraft.ui.navigate;

import dev.stagecraft.model.GraphSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a component is in another's blast radius: the shortest chain of dependencies from the impacted
 * component down to the changed one ({@code impacted → … → source}, each step "depends on"). Breadth-first
 * search from the source over dependents, first over hard edges only (the outage chain), then over all edges.
 * Complexity: O(V + E) per query.
 */
public final class DependencyChain {
    /** One step of the chain: {@code from} depends on {@code to}, hard or soft. */
    public record Step(String from, String to, boolean hard) {
    }

    private DependencyChain() {
    }

    /** The steps from {@code impacted} to {@code source}; empty when it does not depend on it at all. */
    public static List<Step> between(GraphSnapshot s, String source, String impacted) {
        int src = s.indexOf(source);
        int dst = s.indexOf(impacted);
        if (src < 0 || dst < 0 || src == dst) {
            return List.of();
        }
        List<Step> hardOnly = search(s, src, dst, true);
        return hardOnly.isEmpty() ? search(s, src, dst, false) : hardOnly;
    }

    private static List<Step> search(GraphSnapshot s, int src, int dst, boolean hardOnly) {
        int[] parent = new int[s.size()];
        boolean[] parentHard = new boolean[s.size()];
        Arrays.fill(parent, -2);
        parent[src] = -1;
        int[] queue = new int[s.size()];
        int head = 0;
        int tail = 0;
        queue[tail++] = src;
        int[] start = s.inStart();
        int[] source = s.inSource();
        boolean[] hard = s.inHard();
        while (head < tail && parent[dst] == -2) {
            int v = queue[head++];
            for (int k = start[v]; k < start[v + 1]; k++) {
                int u = source[k];
                if (parent[u] == -2 && (hard[k] || !hardOnly)) {
                    parent[u] = v;
                    parentHard[u] = hard[k];
                    queue[tail++] = u;
                }
            }
        }
        if (parent[dst] == -2) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        for (int v = dst; parent[v] >= 0; v = parent[v]) {
            steps.add(new Step(s.id(v), s.id(parent[v]), parentHard[v]));
        }
        return List.copyOf(steps);
    }

    /** "checkout → (hard) auth → (soft) db". */
    public static String describe(List<Step> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(steps.get(0).from());
        for (Step st : steps) {
            b.append(st.hard() ? "  \u2192 hard \u2192  " : "  \u2192 soft \u2192  ").append(st.to());
        }
        return b.toString();
    }
}
