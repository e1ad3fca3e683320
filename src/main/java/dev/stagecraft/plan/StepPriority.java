package dev.stagecraft.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The order in which ready steps take free slots: longest tail first, then id. The <b>tail</b> of a step is
 * the longest chain of step minutes that starts at it and continues into the steps that wait for it. Shared by
 * the plan's schedule and the simulation, so both run the same steps at the same minutes. O(V log V + E).
 */
public final class StepPriority {
    private StepPriority() {
    }

    /**
     * @param durations effective minutes of each step
     * @param after     after[k] = steps k waits for, all with smaller numbers (a topological numbering)
     * @return tail[k] = durations[k] + the longest tail among the steps waiting for k
     */
    public static int[] tails(int[] durations, int[][] after) {
        int n = durations.length;
        int[] tail = new int[n];
        int[] longestAfter = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            tail[k] = durations[k] + longestAfter[k];
            for (int a : after[k]) {
                longestAfter[a] = Math.max(longestAfter[a], tail[k]);
            }
        }
        return tail;
    }

    /** Rank of each step among ready steps (a permutation of 0..n-1): longest tail first, then id. */
    public static int[] rank(int[] tail, String[] ids) {
        int n = tail.length;
        Integer[] byPriority = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byPriority, Comparator.<Integer>comparingInt(k -> -tail[k]).thenComparing(k -> ids[k]));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byPriority[r]] = r;
        }
        return rank;
    }
}
