package dev.stagecraft.plan;

import dev.stagecraft.analysis.StronglyConnected;
import dev.stagecraft.model.GraphSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The blast radius of every step at once: what transitively depends on any of the step's components,
 * the step's own components excluded; the outage part follows hard dependencies only.
 *
 * <p>One pass per propagation (every dependency; hard ones only) over the strongly connected components of
 * that edge set, dependents first: {@code reach(c) = members(c) ∪ reach(d)} for every d that depends on c.
 * Sets are bit sets indexed by criticality rank (tier, then id), so a step's most critical impacted
 * components are simply its lowest set bits. A set is released once every component it feeds is done, which
 * keeps memory near the width of the graph rather than its size. O((V + E) · V / 64) time.
 *
 * <p>The all-edges pass uses the revision's shared SCCs ({@code GraphAnalysis}); the hard-only pass takes its
 * own, because it runs on a different graph (the hard edges alone), whose SCCs no other consumer needs: a
 * soft edge can close a cycle that the outage propagation must not see.
 */
final class StepBlastRadii {
    private final GraphSnapshot snapshot;
    private final int[][] stepMembers;
    private final int[] stepOf;
    private final int[] rank;
    private final int[] byRank;
    private final int words;
    private final int[] outage;
    private final int[] affected;
    private final int[][] mostCritical;
    private final ArrayDeque<long[]> pool = new ArrayDeque<>();

    /**
     * @param scc         the strongly connected components of {@code snapshot} (the revision's shared ones)
     * @param stepMembers component indexes of each step; a component is in at most one step
     */
    StepBlastRadii(GraphSnapshot snapshot, StronglyConnected scc, int[][] stepMembers) {
        this.snapshot = snapshot;
        this.stepMembers = stepMembers;
        int n = snapshot.size();
        words = (n + 63) >>> 6;
        stepOf = new int[n];
        Arrays.fill(stepOf, -1);
        for (int k = 0; k < stepMembers.length; k++) {
            for (int v : stepMembers[k]) {
                stepOf[v] = k;
            }
        }
        byRank = criticalityOrder(snapshot);
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byRank[r]] = r;
        }
        outage = new int[stepMembers.length];
        affected = new int[stepMembers.length];
        mostCritical = new int[stepMembers.length][];
        GraphSnapshot hard = hardOnly(snapshot);
        propagate(hard, new StronglyConnected(hard), false);
        propagate(snapshot, scc, true);
    }

    /** The blast radius of step k, with at most {@link StepBlastRadius#LIMIT} ids. */
    StepBlastRadius of(int step) {
        int[] top = mostCritical[step];
        List<String> ids = new ArrayList<>(top.length);
        for (int v : top) {
            ids.add(snapshot.id(v));
        }
        return new StepBlastRadius(outage[step], affected[step] - outage[step], ids, affected[step] - top.length);
    }

    /** Component indexes by tier, then id: a sort of the ids, then a stable counting sort by tier. */
    private static int[] criticalityOrder(GraphSnapshot s) {
        int n = s.size();
        String[] ids = new String[n];
        int lowest = 0;
        int highest = 0;
        for (int v = 0; v < n; v++) {
            ids[v] = s.id(v);
            lowest = Math.min(lowest, s.tier(v));
            highest = Math.max(highest, s.tier(v));
        }
        Arrays.sort(ids);
        if (highest - lowest > 64) {
            // Tiers outside 0..3 (an invalid file, planned anyway): no counting sort over a huge range.
            return IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingInt(s::tier).thenComparing(s::id))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] start = new int[highest - lowest + 2];
        for (int v = 0; v < n; v++) {
            start[s.tier(v) - lowest + 1]++;
        }
        for (int t = 1; t < start.length; t++) {
            start[t] += start[t - 1];
        }
        int[] order = new int[n];
        for (String id : ids) {
            int v = s.indexOf(id);
            order[start[s.tier(v) - lowest]++] = v;
        }
        return order;
    }

    private static GraphSnapshot hardOnly(GraphSnapshot s) {
        int n = s.size();
        String[] ids = new String[n];
        int[] minutes = new int[n];
        for (int v = 0; v < n; v++) {
            ids[v] = s.id(v);
            minutes[v] = s.durationMinutes(v);
        }
        int[] start = s.outStart();
        int[] target = s.outTarget();
        boolean[] isHard = s.outHard();
        int m = 0;
        for (boolean h : isHard) {
            m += h ? 1 : 0;
        }
        int[] from = new int[m];
        int[] to = new int[m];
        int e = 0;
        for (int v = 0; v < n; v++) {
            for (int i = start[v]; i < start[v + 1]; i++) {
                if (isHard[i]) {
                    from[e] = v;
                    to[e++] = target[i];
                }
            }
        }
        boolean[] hard = new boolean[m];
        Arrays.fill(hard, true);
        return GraphSnapshot.ofArrays(ids, from, to, hard, minutes);
    }

    /** Fills {@code affected} (and {@code mostCritical}) or {@code outage} for every step. */
    private void propagate(GraphSnapshot g, StronglyConnected scc, boolean all) {
        int count = scc.count();
        int[] sccOf = new int[g.size()];
        for (int v = 0; v < g.size(); v++) {
            sccOf[v] = scc.componentOf(v);
        }
        // How many SCCs each SCC feeds (distinct SCCs it depends on): its set is released after the last.
        int[] pending = new int[count];
        int[] mark = new int[count];
        Arrays.fill(mark, -1);
        int[] outStart = g.outStart();
        int[] outTarget = g.outTarget();
        for (int c = 0; c < count; c++) {
            for (int v : scc.members(c)) {
                for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                    int d = sccOf[outTarget[i]];
                    if (d != c && mark[d] != c) {
                        mark[d] = c;
                        pending[c]++;
                    }
                }
            }
        }
        Arrays.fill(mark, -1);
        int[] remaining = new int[stepMembers.length];
        long[][] union = new long[stepMembers.length][];
        for (int k = 0; k < stepMembers.length; k++) {
            remaining[k] = stepMembers[k].length;
        }
        // A small set is kept as its ranks (cheap to merge), a large one as a bit set.
        int[][] sparse = new int[count][];
        long[][] dense = new long[count][];
        Scratch set = new Scratch(words);
        int[] inStart = g.inStart();
        int[] inSource = g.inSource();
        // SCC indexes put dependencies before dependents, so walking down visits dependents first.
        for (int c = count - 1; c >= 0; c--) {
            for (int v : scc.members(c)) {
                set.add(rank[v]);
            }
            for (int v : scc.members(c)) {
                for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                    int d = sccOf[inSource[i]];
                    if (d == c || mark[d] == c) {
                        continue;
                    }
                    mark[d] = c;
                    if (dense[d] != null) {
                        set.or(dense[d]);
                    } else {
                        set.addAll(sparse[d]);
                    }
                    if (--pending[d] == 0) {
                        if (dense[d] != null) {
                            pool.push(dense[d]);
                        }
                        dense[d] = null;
                        sparse[d] = null;
                    }
                }
            }
            for (int v : scc.members(c)) {
                int k = stepOf[v];
                if (k < 0) {
                    continue;
                }
                if (stepMembers[k].length == 1) {
                    record(k, set.bits, set.size(), all);
                    continue;
                }
                if (union[k] == null) {
                    union[k] = new long[words];
                }
                set.orInto(union[k]);
                if (--remaining[k] == 0) {
                    record(k, union[k], popcount(union[k]), all);
                    union[k] = null;
                }
            }
            if (pending[c] > 0) {
                // Merging a list costs its length, a bit set its width: keep whichever is cheaper.
                if (set.size() <= words) {
                    sparse[c] = set.ranks();
                } else {
                    long[] copy = pool.isEmpty() ? new long[words] : pool.pop();
                    System.arraycopy(set.bits, 0, copy, 0, words);
                    dense[c] = copy;
                }
            }
            set.clear();
        }
    }

    /**
     * The set being built: a bit set over ranks that remembers which words it touched, so that a set built
     * from small pieces is counted, listed and cleared in time proportional to those pieces.
     */
    private static final class Scratch {
        final long[] bits;
        private final int[] touched;
        private int touchedCount;
        private boolean whole;

        Scratch(int words) {
            bits = new long[words];
            touched = new int[words];
        }

        void add(int r) {
            int w = r >>> 6;
            if (bits[w] == 0 && !whole) {
                touched[touchedCount++] = w;
            }
            bits[w] |= 1L << r;
        }

        void addAll(int[] ranks) {
            for (int r : ranks) {
                add(r);
            }
        }

        void or(long[] other) {
            whole = true;
            for (int w = 0; w < bits.length; w++) {
                bits[w] |= other[w];
            }
        }

        void orInto(long[] target) {
            if (whole) {
                for (int w = 0; w < bits.length; w++) {
                    target[w] |= bits[w];
                }
            } else {
                for (int i = 0; i < touchedCount; i++) {
                    target[touched[i]] |= bits[touched[i]];
                }
            }
        }

        int size() {
            int size = 0;
            if (whole) {
                for (long word : bits) {
                    size += Long.bitCount(word);
                }
            } else {
                for (int i = 0; i < touchedCount; i++) {
                    size += Long.bitCount(bits[touched[i]]);
                }
            }
            return size;
        }

        int[] ranks() {
            int[] out = new int[size()];
            int n = 0;
            if (whole) {
                for (int w = 0; w < bits.length; w++) {
                    n = ranksOf(w, out, n);
                }
            } else {
                for (int i = 0; i < touchedCount; i++) {
                    n = ranksOf(touched[i], out, n);
                }
            }
            return out;
        }

        private int ranksOf(int w, int[] out, int n) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                out[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
            }
            return n;
        }

        void clear() {
            if (whole) {
                Arrays.fill(bits, 0L);
            } else {
                for (int i = 0; i < touchedCount; i++) {
                    bits[touched[i]] = 0L;
                }
            }
            touchedCount = 0;
            whole = false;
        }
    }

    private static int popcount(long[] set) {
        int size = 0;
        for (long word : set) {
            size += Long.bitCount(word);
        }
        return size;
    }

    /** Records step k's counts (and most critical ids) from the set of everything its members reach. */
    private void record(int step, long[] set, int setSize, boolean all) {
        int size = setSize;
        for (int v : stepMembers[step]) {
            size -= (int) ((set[rank[v] >>> 6] >>> rank[v]) & 1L);
        }
        if (!all) {
            outage[step] = size;
            return;
        }
        affected[step] = size;
        int[] top = new int[Math.min(size, StepBlastRadius.LIMIT)];
        int found = 0;
        for (int w = 0; w < words && found < top.length; w++) {
            long word = set[w];
            while (word != 0 && found < top.length) {
                int v = byRank[(w << 6) + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
                if (stepOf[v] != step) {
                    top[found++] = v;
                }
            }
        }
        mostCritical[step] = top;
    }
}
