package dev.stagecraft.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The longest chain through the rollout units, weighting each unit by its durationMinutes: the lower bound
 * of the whole rollout's duration. Ties break toward the lexicographically smallest first member id so the
 * answer is deterministic. O(V + E) over the condensed DAG.
 *
 * <p>Definition used: {@code tail(u) = duration(u) + max tail over u's dependents} (0 when none); the
 * critical path starts at a unit with the largest tail and, while minutes remain, steps to a dependent whose
 * tail equals what remains. At every choice it takes the unit whose smallest member id is smallest, so the
 * path is the lexicographically first among the longest. Units of zero minutes (external APIs) neither
 * start nor end the path (unless every unit weighs zero); with an empty graph the path is empty.
 */
public final class CriticalPath {
    private final RolloutUnits units;
    private final int[] tail;
    private final int minutes;
    private final int[] path;

    public CriticalPath(RolloutUnits units) {
        this.units = units;
        int count = units.count();
        int[] start = units.dependentStart();
        int[] dependents = units.dependentList();
        tail = new int[count];
        int best = 0;
        // dependents have larger unit numbers: walk backwards so their tails are ready
        for (int u = count - 1; u >= 0; u--) {
            int longest = 0;
            for (int i = start[u]; i < start[u + 1]; i++) {
                longest = Math.max(longest, tail[dependents[i]]);
            }
            tail[u] = units.durationMinutes(u) + longest;
            best = Math.max(best, tail[u]);
        }
        minutes = best;
        path = trace(start, dependents);
    }

    private int[] trace(int[] start, int[] dependents) {
        int count = units.count();
        if (count == 0) {
            return new int[0];
        }
        int current = -1;
        for (int u = 0; u < count; u++) {
            boolean weighs = units.durationMinutes(u) > 0 || minutes == 0;
            if (tail[u] == minutes && weighs && (current < 0 || firstId(u).compareTo(firstId(current)) < 0)) {
                current = u;
            }
        }
        int[] trail = new int[count];
        int len = 0;
        trail[len++] = current;
        int remaining = minutes - units.durationMinutes(current);
        while (remaining > 0) {
            int next = -1;
            for (int i = start[current]; i < start[current + 1]; i++) {
                int w = dependents[i];
                if (tail[w] == remaining && (next < 0 || firstId(w).compareTo(firstId(next)) < 0)) {
                    next = w;
                }
            }
            current = next;
            trail[len++] = current;
            remaining -= units.durationMinutes(current);
        }
        return Arrays.copyOf(trail, len);
    }

    private String firstId(int u) {
        Partition p = units.partition();
        String first = null;
        for (int i = p.start[u]; i < p.start[u + 1]; i++) {
            String id = units.snapshot().id(p.members[i]);
            if (first == null || id.compareTo(first) < 0) {
                first = id;
            }
        }
        return first;
    }

    public int minutes() {
        return minutes;
    }

    /** Units on the path in deployment order (first to deploy first). */
    public int[] units() {
        return path.clone();
    }

    /** Component ids on the path in deployment order; a unit of several members lists them sorted. */
    public List<String> path() {
        List<String> ids = new ArrayList<>();
        for (int u : path) {
            ids.addAll(units.memberIds(u));
        }
        return List.copyOf(ids);
    }

    /** Longest chain in minutes that starts at unit u and continues into u's dependents (u included). */
    public int tailMinutes(int unit) {
        return tail[unit];
    }
}
