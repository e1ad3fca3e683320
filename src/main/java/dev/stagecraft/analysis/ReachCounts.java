package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;
import java.util.Arrays;

/**
 * For every component, how many components transitively depend on it: the size of its blast radius,
 * computed for all components at once with bit sets over the SCC-condensed DAG.
 *
 * <p>Each SCC gets a bit set of the components that reach it (its own members included). Members of one SCC
 * reach each other and share the set, so a component's blast radius has size {@code |set| - 1}. The SCCs
 * are numbered in a topological order, dependencies first, taken as the reverse post-order of a depth-first
 * search along the "is depended on by" edges (Tarjan on the reverse graph): dependents then come after what
 * they depend on, and the component bits of an SCC's search subtree sit side by side, so a set usually
 * touches few 64-bit words. Sets are filled from the highest number down: an SCC's finished set is OR-ed
 * into the sets of the SCCs it depends on.
 *
 * <p>Memory stays small by working in column blocks of {@value #WORDS} words (1,024 components): a pass
 * keeps only that slice of every set, {@code SCCs × WORDS} longs (2.5 MB for 20,000 SCCs), and it visits only
 * SCCs whose slice is not empty (the block's own SCCs and, transitively, what they depend on). Time
 * O(V · V/1024 + sum over non-empty slices of the SCC's dependencies × WORDS) — quadratic at worst, as any
 * transitive closure, but proportional to how far failures actually spread.
 */
final class ReachCounts {
    /** Words per column block; 16 × 64 = 1,024 components per pass. */
    static final int WORDS = 16;

    private ReachCounts() {
    }

    static int[] sizes(GraphSnapshot s) {
        int n = s.size();
        int[] reverseFinish = Tarjan.components(n, s.inStart(), s.inSource());
        int count = 0;
        for (int c : reverseFinish) {
            count = Math.max(count, c + 1);
        }
        int[] topo = new int[n];
        for (int v = 0; v < n; v++) {
            topo[v] = count - 1 - reverseFinish[v];
        }
        Partition p = new Partition(topo, count);
        Partition.Rows dag = p.quotient(s.outStart(), s.outTarget()); // what each SCC depends on
        int[] dagStart = dag.start();
        int[] dagList = dag.list();
        long[] slice = new long[Math.max(1, count) * WORDS];
        int[] filledIn = new int[count]; // block number + 1 when the SCC's slice holds this block's bits
        int[] reached = new int[count];
        int bitsPerBlock = 64 * WORDS;
        int block = 0;
        for (int lo = 0; lo < n; lo += bitsPerBlock) {
            block++;
            int last = Math.min(n, lo + bitsPerBlock) - 1;
            int first = p.classOf[p.members[lo]];
            int hi = p.classOf[p.members[last]];
            for (int c = hi; c >= 0; c--) {
                int base = c * WORDS;
                if (c >= first) {
                    if (filledIn[c] != block) {
                        filledIn[c] = block;
                        Arrays.fill(slice, base, base + WORDS, 0L);
                    }
                    int from = Math.max(p.start[c], lo);
                    int to = Math.min(p.start[c + 1] - 1, last);
                    for (int pos = from; pos <= to; pos++) {
                        int bit = pos - lo;
                        slice[base + (bit >>> 6)] |= 1L << bit;
                    }
                } else if (filledIn[c] != block) {
                    continue; // nothing in this block depends on c
                }
                int bits = 0;
                for (int k = 0; k < WORDS; k++) {
                    bits += Long.bitCount(slice[base + k]);
                }
                reached[c] += bits;
                for (int i = dagStart[c]; i < dagStart[c + 1]; i++) {
                    int d = dagList[i];
                    int other = d * WORDS;
                    if (filledIn[d] != block) {
                        filledIn[d] = block;
                        System.arraycopy(slice, base, slice, other, WORDS);
                    } else {
                        for (int k = 0; k < WORDS; k++) {
                            slice[other + k] |= slice[base + k];
                        }
                    }
                }
            }
        }
        int[] sizes = new int[n];
        for (int v = 0; v < n; v++) {
            sizes[v] = reached[p.classOf[v]] - 1;
        }
        return sizes;
    }
}
