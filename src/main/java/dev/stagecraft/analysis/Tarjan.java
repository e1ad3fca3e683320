package dev.stagecraft.analysis;

import java.util.Arrays;

/**
 * Tarjan's strongly connected components over a graph in compressed sparse rows, iterative: the
 * depth-first search keeps its own stack of vertices and a per-vertex cursor into the edge list, so a
 * chain or cycle of any length runs in constant Java stack. O(V + E) time, O(V) extra space.
 *
 * <p>Components are numbered in the order Tarjan completes them. For edges {@code v -> w} read as
 * "v depends on w", that puts every component after the components it depends on: numbering is a
 * topological order, dependencies first. Roots are tried in ascending vertex order, so the numbering is
 * deterministic.
 */
final class Tarjan {
    private Tarjan() {
    }

    /**
     * The component of each vertex.
     *
     * @param n      number of vertices
     * @param start  edges of v are {@code target[start[v] .. start[v+1])}, length n + 1
     * @param target edge targets
     * @return {@code comp[v]} in 0..k-1 where k = 1 + the largest value
     */
    static int[] components(int n, int[] start, int[] target) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        int[] cursor = new int[n];
        int[] sccStack = new int[n];
        int[] callStack = new int[n];
        Arrays.fill(index, -1);
        Arrays.fill(comp, -1);
        int counter = 0;
        int sccTop = 0;
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] != -1) {
                continue;
            }
            int callTop = 0;
            index[root] = counter;
            low[root] = counter++;
            cursor[root] = start[root];
            sccStack[sccTop++] = root;
            callStack[callTop++] = root;
            while (callTop > 0) {
                int v = callStack[callTop - 1];
                if (cursor[v] < start[v + 1]) {
                    int w = target[cursor[v]++];
                    if (index[w] == -1) {
                        index[w] = counter;
                        low[w] = counter++;
                        cursor[w] = start[w];
                        sccStack[sccTop++] = w;
                        callStack[callTop++] = w;
                    } else if (comp[w] == -1 && index[w] < low[v]) {
                        // w is still on the SCC stack: v reaches back into the open component
                        low[v] = index[w];
                    }
                    continue;
                }
                callTop--;
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = sccStack[--sccTop];
                        comp[w] = count;
                    } while (w != v);
                    count++;
                }
                if (callTop > 0) {
                    int parent = callStack[callTop - 1];
                    if (low[v] < low[parent]) {
                        low[parent] = low[v];
                    }
                }
            }
        }
        return comp;
    }
}
