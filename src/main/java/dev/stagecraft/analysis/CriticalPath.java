package dev.stagecraft.analysis;

import java.util.List;

/**
 * The longest chain through the rollout units, weighting each unit by its durationMinutes: the lower bound
 * of the whole rollout's duration. Ties break toward the lexicographically smallest first member id so the
 * answer is deterministic. O(V + E) over the condensed DAG.
 */
public final class CriticalPath {
    public CriticalPath(RolloutUnits units) {
        throw new UnsupportedOperationException("TODO");
    }

    public int minutes() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Units on the path in deployment order (first to deploy first). */
    public int[] units() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Component ids on the path in deployment order; a unit of several members lists them sorted. */
    public List<String> path() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Longest chain in minutes that starts at unit u and continues into u's dependents (u included). */
    public int tailMinutes(int unit) {
        throw new UnsupportedOperationException("TODO");
    }
}
