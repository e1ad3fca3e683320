package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Strongly connected components of the dependency graph (Tarjan's algorithm, iterative with an
 * explicit stack, so deep graphs do not overflow). O(V + E).
 *
 * <p>A <b>cycle</b> is an SCC with more than one member, or a single component that depends on itself.
 */
public final class StronglyConnected {
    private final GraphSnapshot snapshot;
    private final Partition sccs;
    private List<List<String>> cycles;

    /** Every computation in this process, and per snapshot, for the tests that check one per revision. */
    private static final AtomicLong RUNS = new AtomicLong();
    private static final Map<GraphSnapshot, Integer> RUNS_OVER = Collections.synchronizedMap(new WeakHashMap<>());

    /** Computes the components of the snapshot. */
    public StronglyConnected(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
        this.sccs = Partition.of(Tarjan.components(snapshot.size(), snapshot.outStart(), snapshot.outTarget()));
        RUNS.incrementAndGet();
        RUNS_OVER.merge(snapshot, 1, Integer::sum);
    }

    /**
     * Diagnostics: how many times the SCCs of this very snapshot have been computed (the plan's blast radii also
     * compute those of a derived graph, the hard dependencies alone, which count under that graph).
     */
    public static int runsOver(GraphSnapshot snapshot) {
        return RUNS_OVER.getOrDefault(snapshot, 0);
    }

    /** Diagnostics: how many times SCCs have been computed in this process, by anyone. */
    public static long runs() {
        return RUNS.get();
    }

    /** The SCCs as a partition, for the other analyses of this package; callers must not modify it. */
    Partition partition() {
        return sccs;
    }

    /** Number of SCCs. */
    public int count() {
        return sccs.count;
    }

    /** SCC index of component v, in 0..count()-1. SCC indexes are in reverse topological order of the
     *  "depends on" edges: an SCC's dependencies have smaller indexes (Tarjan's natural order). */
    public int componentOf(int v) {
        return sccs.classOf[v];
    }

    /** Member component indexes of SCC s. */
    public int[] members(int s) {
        return sccs.membersOf(s);
    }

    /** Number of members of SCC s. */
    public int size(int s) {
        return sccs.size(s);
    }

    /** Whether SCC s is a cycle: more than one member, or one member that depends on itself. */
    public boolean isCycle(int s) {
        if (sccs.size(s) > 1) {
            return true;
        }
        int v = sccs.members[sccs.start[s]];
        int[] out = snapshot.outStart();
        int[] target = snapshot.outTarget();
        for (int e = out[v]; e < out[v + 1]; e++) {
            if (target[e] == v) {
                return true;
            }
        }
        return false;
    }

    /** Every cycle as sorted component ids; the list sorted by its first id. Includes self-loops. */
    public synchronized List<List<String>> cycles() {
        if (cycles == null) {
            List<List<String>> found = new ArrayList<>();
            for (int s = 0; s < sccs.count; s++) {
                if (isCycle(s)) {
                    found.add(sccs.sortedIds(s, snapshot));
                }
            }
            found.sort(Comparator.comparing(c -> c.get(0)));
            cycles = List.copyOf(found);
        }
        return cycles;
    }
}
