package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.List;

/**
 * Strongly connected components of the dependency graph (Tarjan's algorithm, iterative with an
 * explicit stack, so deep graphs do not overflow). O(V + E).
 *
 * <p>A <b>cycle</b> is an SCC with more than one member, or a single component that depends on itself.
 */
public final class StronglyConnected {
    /** Computes the components of the snapshot. */
    public StronglyConnected(GraphSnapshot snapshot) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Number of SCCs. */
    public int count() {
        throw new UnsupportedOperationException("TODO");
    }

    /** SCC index of component v, in 0..count()-1. SCC indexes are in reverse topological order of the
     *  "depends on" edges: an SCC's dependencies have smaller indexes (Tarjan's natural order). */
    public int componentOf(int v) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Member component indexes of SCC s. */
    public int[] members(int s) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every cycle as sorted component ids; the list sorted by its first id. Includes self-loops. */
    public List<List<String>> cycles() {
        throw new UnsupportedOperationException("TODO");
    }
}
