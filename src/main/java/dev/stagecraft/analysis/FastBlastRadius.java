package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Blast radius for large graphs. {@link #sizes()} takes every component's radius at once with bit sets
 * over the SCC-condensed DAG ({@link ReachCounts}: members of one SCC reach each other; change groups play
 * no part, since a group moves together but does not spread failures). Single queries run a reverse BFS
 * on int arrays (one split traversal for {@link #impact}); a large answer is put in id order through a ranking of all ids
 * that is built once per instance (O(V log V)), a small one by sorting just its ids. O(V + E) per query.
 *
 * <p>Thread-safe: the snapshot is immutable, lazy results are computed once under a lock, and each query
 * uses its own scratch arrays.
 */
public final class FastBlastRadius implements BlastRadius {
    private final GraphSnapshot snapshot;
    private IdOrder idOrder;
    private int[] sizes;

    public FastBlastRadius(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public List<String> affected(String id) {
        Reach all = Reach.from(snapshot, index(id), false);
        return sortedIds(all.visited, all.count);
    }

    @Override
    public List<String> outage(String id) {
        Reach hard = Reach.from(snapshot, index(id), true);
        return sortedIds(hard.visited, hard.count);
    }

    @Override
    public List<String> degraded(String id) {
        return impact(id).degraded();
    }

    /**
     * One traversal for all three sets: a reverse BFS through hard edges finds the outage set and notes
     * where soft edges leave it; a second BFS from there, through any edge, finds the degraded rest. Every
     * edge into the blast radius is looked at once.
     */
    @Override
    public Impact impact(String id) {
        Split split = split(index(id));
        int[] outage = split.outage();
        int[] degraded = split.degraded();
        int[] affected = new int[outage.length + degraded.length];
        System.arraycopy(outage, 0, affected, 0, outage.length);
        System.arraycopy(degraded, 0, affected, outage.length, degraded.length);
        return new Impact(sortedIds(affected, affected.length), sortedIds(outage, outage.length),
                sortedIds(degraded, degraded.length));
    }

    /**
     * The blast radius of component {@code x} (by index) split by strength, as unsorted indexes: x excluded,
     * in breadth-first order. For engines that weigh the sets rather than print them (the simulation's impact).
     */
    public Split split(int x) {
        Splitter splitter = splitter();
        splitter.split(x);
        return new Split(Arrays.copyOf(splitter.outage, splitter.outageCount),
                Arrays.copyOf(splitter.degraded, splitter.degradedCount));
    }

    /** A reusable {@link #split} for many queries on one thread, e.g. every component in turn. */
    public Splitter splitter() {
        return new Splitter(snapshot);
    }

    /**
     * The split traversal with its scratch arrays kept between queries: after {@link #split(int)}, the outage
     * and degraded sets of that component are {@link #outage(int)} and {@link #degraded(int)} (unsorted,
     * breadth-first). Each query costs the edges into the blast radius, not O(V): states are stamped with a
     * query number instead of being cleared. Not thread-safe: one per thread.
     */
    public static final class Splitter {
        private final GraphSnapshot snapshot;
        private final int[] stamp; // 2q+1: outage (hard path) in query q; 2q+2: soft edge seen / degraded
        private final int[] outage;
        private final int[] degraded;
        private int query;
        private int origin = -1;
        private int outageCount;
        private int degradedCount;

        private Splitter(GraphSnapshot snapshot) {
            this.snapshot = snapshot;
            int n = snapshot.size();
            stamp = new int[n];
            outage = new int[Math.max(1, n)];
            degraded = new int[n];
        }

        /** Splits the blast radius of component {@code x} (by index); x is not in it, even on a cycle. */
        public void split(int x) {
            query++;
            origin = x;
            int hardMark = 2 * query + 1;
            int softMark = hardMark + 1;
            int[] start = snapshot.inStart();
            int[] source = snapshot.inSource();
            boolean[] hard = snapshot.inHard();
            int count = 0;
            int softCount = 0;
            outage[count++] = x;
            stamp[x] = hardMark;
            for (int head = 0; head < count; head++) {
                int v = outage[head];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int u = source[e];
                    if (hard[e] && stamp[u] != hardMark) {
                        stamp[u] = hardMark;
                        outage[count++] = u;
                    } else if (stamp[u] != hardMark && stamp[u] != softMark) {
                        stamp[u] = softMark;
                        degraded[softCount++] = u;
                    }
                }
            }
            int kept = 0;
            for (int i = 0; i < softCount; i++) {
                if (stamp[degraded[i]] == softMark) {
                    degraded[kept++] = degraded[i]; // not reached by a hard path after all
                }
            }
            for (int head = 0; head < kept; head++) {
                int v = degraded[head];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int u = source[e];
                    if (stamp[u] != hardMark && stamp[u] != softMark) {
                        stamp[u] = softMark;
                        degraded[kept++] = u;
                    }
                }
            }
            // x is not in its own blast radius: drop it from the front of the outage list
            System.arraycopy(outage, 1, outage, 0, count - 1);
            outageCount = count - 1;
            degradedCount = kept;
        }

        public int outageCount() {
            return outageCount;
        }

        /** The i-th component (by index) of the last query's outage set. */
        public int outage(int i) {
            return outage[i];
        }

        public int degradedCount() {
            return degradedCount;
        }

        /** The i-th component (by index) of the last query's degraded set. */
        public int degraded(int i) {
            return degraded[i];
        }

        /** Whether component v is in the last query's outage set (x itself excluded). */
        public boolean inOutage(int v) {
            return stamp[v] == 2 * query + 1 && v != origin;
        }
    }

    /**
     * @param outage   component indexes reached through hard dependencies only
     * @param degraded the rest of the blast radius
     */
    public record Split(int[] outage, int[] degraded) {
    }

    /** Sizes of every component's blast radius; computed once, then copied. */
    @Override
    public int[] sizes() {
        synchronized (this) {
            if (sizes == null) {
                sizes = ReachCounts.sizes(snapshot);
            }
        }
        return sizes.clone();
    }

    /**
     * Ids in sorted order. Once the id ranking exists (or when the answer is large enough to pay for building
     * it) through ranks, which compares no strings; before that, a small answer sorts its own ids.
     */
    private List<String> sortedIds(int[] vertices, int count) {
        IdOrder ranked;
        synchronized (this) {
            ranked = idOrder;
        }
        if (ranked == null && count * 64L <= snapshot.size()) {
            String[] ids = new String[count];
            for (int i = 0; i < count; i++) {
                ids[i] = snapshot.id(vertices[i]);
            }
            Arrays.sort(ids);
            return Collections.unmodifiableList(Arrays.asList(ids));
        }
        return idOrder().sortedIds(vertices, count);
    }

    private synchronized IdOrder idOrder() {
        if (idOrder == null) {
            idOrder = new IdOrder(snapshot);
        }
        return idOrder;
    }

    private int index(String id) {
        int x = snapshot.indexOf(id);
        if (x < 0) {
            throw new IllegalArgumentException("no component '" + id + "'");
        }
        return x;
    }

    /** One reverse BFS: {@code visited[0 .. count)} are the dependents reached, the start excluded. */
    private static final class Reach {
        final int[] visited;
        final int count;
        private final boolean[] seen;

        private Reach(int[] visited, int count, boolean[] seen) {
            this.visited = visited;
            this.count = count;
            this.seen = seen;
        }

        static Reach from(GraphSnapshot s, int x, boolean hardOnly) {
            int[] start = s.inStart();
            int[] source = s.inSource();
            boolean[] hard = s.inHard();
            boolean[] seen = new boolean[s.size()];
            int[] queue = new int[s.size()];
            int head = 0;
            int tail = 0;
            queue[tail++] = x;
            seen[x] = true;
            while (head < tail) {
                int v = queue[head++];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int u = source[e];
                    if (!seen[u] && (hard[e] || !hardOnly)) {
                        seen[u] = true;
                        queue[tail++] = u;
                    }
                }
            }
            // x is never in its own blast radius, even on a cycle
            System.arraycopy(queue, 1, queue, 0, tail - 1);
            seen[x] = false;
            return new Reach(queue, tail - 1, seen);
        }

        boolean contains(int v) {
            return seen[v];
        }
    }
}
