package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.Arrays;
import java.util.List;

/**
 * The graph condensed into <b>units</b> that advance together: each cycle (SCC) and each declared change
 * group becomes one unit (groups and cycles that overlap merge, and so does anything a merge puts on a new
 * cycle). The units with the dependencies between them form a DAG. A unit weighs its effective duration
 * T = max(D, B) of DESIGN.md "Step timing": D the largest {@code durationMinutes} of its members, B the bake
 * of the stages the plan would give them together ({@link GraphSnapshot#stepMinutes}). O(V + E + total group size).
 *
 * <p>How: every group is closed into a ring of extra edges (m0 → m1 → … → m0), then SCCs are taken on
 * the dependency edges plus the rings. That gives exactly the finest partition that keeps each group
 * whole and leaves the quotient acyclic — the same answer as union-find over groups followed by SCCs of
 * the quotient graph, without building the quotient.
 *
 * <p>Units are numbered in deployment order: every unit's dependencies have smaller numbers, so
 * {@link #topologicalOrder()} is {@code 0, 1, …, count()-1}.
 */
public final class RolloutUnits {
    private final GraphSnapshot snapshot;
    private final Partition units;
    private final int[] duration;
    private final int[] depStart;
    private final int[] deps;
    private final int[] dependentStart;
    private final int[] dependents;

    public RolloutUnits(GraphSnapshot snapshot) {
        this(snapshot, Partition.of(tarjanWithGroupRings(snapshot)));
    }

    /**
     * Units from a partition already taken: the SCCs of a snapshot without change groups are its units
     * ({@link GraphAnalysis} shares one Tarjan run that way). Only this package may pass one in.
     */
    RolloutUnits(GraphSnapshot snapshot, Partition units) {
        this.snapshot = snapshot;
        this.units = units;
        int count = units.count;
        this.duration = new int[count];
        for (int u = 0; u < count; u++) {
            duration[u] = snapshot.stepMinutes(units.members, units.start[u], units.start[u + 1]);
        }
        Partition.Rows rows = units.quotient(snapshot.outStart(), snapshot.outTarget());
        depStart = rows.start();
        deps = rows.list();
        int len = deps.length;
        dependentStart = new int[count + 1];
        for (int d : deps) {
            dependentStart[d + 1]++;
        }
        for (int u = 0; u < count; u++) {
            dependentStart[u + 1] += dependentStart[u];
        }
        dependents = new int[len];
        int[] fill = Arrays.copyOf(dependentStart, count);
        for (int u = 0; u < count; u++) {
            for (int i = depStart[u]; i < depStart[u + 1]; i++) {
                dependents[fill[deps[i]]++] = u; // u ascending, so rows come out sorted
            }
        }
    }

    private static int[] tarjanWithGroupRings(GraphSnapshot s) {
        int n = s.size();
        if (s.groupCount() == 0) {
            return Tarjan.components(n, s.outStart(), s.outTarget());
        }
        int[] out = s.outStart();
        int[] target = s.outTarget();
        int[] extra = new int[n + 1];
        for (int g = 0; g < s.groupCount(); g++) {
            for (int m : s.groupMembers(g)) {
                extra[m + 1]++;
            }
        }
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + (out[v + 1] - out[v]) + extra[v + 1];
        }
        int[] edges = new int[start[n]];
        int[] fill = new int[n];
        for (int v = 0; v < n; v++) {
            int len = out[v + 1] - out[v];
            System.arraycopy(target, out[v], edges, start[v], len);
            fill[v] = start[v] + len;
        }
        for (int g = 0; g < s.groupCount(); g++) {
            int[] members = s.groupMembers(g);
            for (int i = 0; i < members.length; i++) {
                edges[fill[members[i]]++] = members[(i + 1) % members.length];
            }
        }
        return Tarjan.components(n, start, edges);
    }

    public GraphSnapshot snapshot() {
        return snapshot;
    }

    public int count() {
        return units.count;
    }

    public int unitOf(int component) {
        return units.classOf[component];
    }

    /** Member component indexes of unit u, ascending. */
    public int[] members(int u) {
        return units.membersOf(u);
    }

    /** Number of members of unit u. */
    public int size(int u) {
        return units.size(u);
    }

    /** The unit's effective duration T = max(D, B) in minutes (DESIGN.md, "Step timing"). */
    public int durationMinutes(int u) {
        return duration[u];
    }

    /** Distinct units that unit u depends on (no self edges), ascending. */
    public int[] dependenciesOf(int u) {
        return Arrays.copyOfRange(deps, depStart[u], depStart[u + 1]);
    }

    /** Distinct units that depend on unit u, ascending. */
    public int[] dependentsOf(int u) {
        return Arrays.copyOfRange(dependents, dependentStart[u], dependentStart[u + 1]);
    }

    /** All units, dependencies before dependents (deployment order). */
    public int[] topologicalOrder() {
        int[] order = new int[units.count];
        Arrays.setAll(order, u -> u);
        return order;
    }

    /** Sorted member ids of unit u. */
    public List<String> memberIds(int u) {
        return units.sortedIds(u, snapshot);
    }

    // Compressed rows for the other analyses of this package; callers must not modify them.

    Partition partition() {
        return units;
    }

    int[] dependencyStart() {
        return depStart;
    }

    int[] dependencyList() {
        return deps;
    }

    int[] dependentStart() {
        return dependentStart;
    }

    int[] dependentList() {
        return dependents;
    }
}
