package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.List;

/**
 * The graph condensed into <b>units</b> that advance together: each cycle (SCC) and each declared change
 * group becomes one unit (groups and cycles that overlap merge, and so does anything a merge puts on a new
 * cycle). The units with the dependencies between them form a DAG. A unit weighs the largest
 * {@code durationMinutes} of its members. O(V + E) (union-find + SCC on the quotient graph).
 */
public final class RolloutUnits {
    public RolloutUnits(GraphSnapshot snapshot) {
        throw new UnsupportedOperationException("TODO");
    }

    public GraphSnapshot snapshot() {
        throw new UnsupportedOperationException("TODO");
    }

    public int count() {
        throw new UnsupportedOperationException("TODO");
    }

    public int unitOf(int component) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Member component indexes of unit u, ascending. */
    public int[] members(int u) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Max durationMinutes over the unit's members. */
    public int durationMinutes(int u) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Distinct units that unit u depends on (no self edges). */
    public int[] dependenciesOf(int u) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Distinct units that depend on unit u. */
    public int[] dependentsOf(int u) {
        throw new UnsupportedOperationException("TODO");
    }

    /** All units, dependencies before dependents (deployment order). */
    public int[] topologicalOrder() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Sorted member ids of unit u. */
    public List<String> memberIds(int u) {
        throw new UnsupportedOperationException("TODO");
    }
}
