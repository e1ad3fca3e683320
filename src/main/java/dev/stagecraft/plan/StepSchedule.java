package dev.stagecraft.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Estimated start and end minutes of every step by list scheduling: a step may start once every step in
 * its {@code after} has ended and fewer than {@code maxParallel} steps are running; among ready steps the
 * one with the smallest priority rank starts first (the plan ranks by longest tail, then id). When several
 * steps end at the same minute, all of them finish before anything new starts. Steps of zero minutes still
 * take a slot for that instant. O((V + E) log V).
 */
public final class StepSchedule {
    private final int[] start;
    private final int[] end;
    private final int makespan;
    private final int peak;

    /**
     * @param durations   minutes of each step, &gt;= 0
     * @param after       after[k] = indexes of the steps step k waits for; must form a DAG
     * @param rank        priority of each step, a permutation of 0..n-1; smaller starts first
     * @param maxParallel at most this many steps at once, &gt;= 1
     */
    public StepSchedule(int[] durations, int[][] after, int[] rank, int maxParallel) {
        this(durations.length, after, rank, maxParallel, (k, at) -> pack(at, at + durations[k]));
    }

    /**
     * How a step runs once it is given a slot at minute {@code at}: when it really starts (at or after {@code at})
     * and ends, as {@link #pack(int, int)}. The step holds its slot from {@code at} to its end.
     */
    @FunctionalInterface
    public interface Runner {
        long run(int step, int at);
    }

    /** A start and an end minute in one long, for {@link Runner}. */
    public static long pack(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    /**
     * The same list scheduling with steps whose times depend on when they get a slot (a change calendar's waits):
     * {@code runner} says when each really starts and ends.
     */
    public StepSchedule(int n, int[][] after, int[] rank, int maxParallel, Runner runner) {
        this(n, after, rank, maxParallel, runner, null);
    }

    /**
     * What running steps use of budgeted resources ({@link CapacityLedger}): a ready step starts only when it fits
     * beside the running ones (or alone, when it does not fit even then), else the next ready one that fits does.
     */
    public interface Capacity {
        boolean fits(int step);

        void take(int step);

        void release(int step);
    }

    /** Under budgets, how many of the highest-ranked ready steps are tried when the first does not fit. */
    public static final int BACKFILL = 32;

    /**
     * The same, under capacity budgets ({@code capacity} null for none): among the {@value #BACKFILL} highest-ranked
     * ready steps, those that fit start.
     */
    public StepSchedule(int n, int[][] after, int[] rank, int maxParallel, Runner runner, Capacity capacity) {
        if (maxParallel < 1) {
            throw new IllegalArgumentException("maxParallel must be at least 1, was " + maxParallel);
        }
        int[] byRank = new int[n];
        for (int k = 0; k < n; k++) {
            byRank[rank[k]] = k;
        }
        int[] waiting = new int[n];
        int[] depStart = new int[n + 1];
        for (int k = 0; k < n; k++) {
            waiting[k] = after[k].length;
            for (int a : after[k]) {
                depStart[a + 1]++;
            }
        }
        for (int k = 0; k < n; k++) {
            depStart[k + 1] += depStart[k];
        }
        int[] dependents = new int[depStart[n]];
        int[] fill = Arrays.copyOf(depStart, n);
        for (int k = 0; k < n; k++) {
            for (int a : after[k]) {
                dependents[fill[a]++] = k;
            }
        }
        start = new int[n];
        end = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        PriorityQueue<Long> running = new PriorityQueue<>();
        for (int k = 0; k < n; k++) {
            if (waiting[k] == 0) {
                ready.add(rank[k]);
            }
        }
        int now = 0;
        int done = 0;
        int maxRunning = 0;
        while (done < n) {
            List<Integer> skipped = null;
            while (running.size() < maxParallel && !ready.isEmpty()) {
                int r = ready.poll();
                int k = byRank[r];
                if (capacity != null && !running.isEmpty() && !capacity.fits(k)) {
                    if (skipped == null) {
                        skipped = new ArrayList<>();
                    }
                    skipped.add(r); // waits for room; a later-ranked step that fits may go first
                    if (skipped.size() >= BACKFILL) {
                        break; // the next few only: scanning every waiting step at each event was quadratic
                    }
                    continue;
                }
                if (capacity != null) {
                    capacity.take(k);
                }
                long ran = runner.run(k, now);
                start[k] = (int) (ran >>> 32);
                end[k] = (int) ran;
                running.add(((long) end[k] << 32) | k);
            }
            if (skipped != null) {
                ready.addAll(skipped);
            }
            maxRunning = Math.max(maxRunning, running.size());
            if (running.isEmpty()) {
                throw new IllegalArgumentException("the after lists contain a cycle");
            }
            now = (int) (running.peek() >>> 32);
            while (!running.isEmpty() && (int) (running.peek() >>> 32) == now) {
                int k = (int) (running.poll() & 0xffffffffL);
                done++;
                if (capacity != null) {
                    capacity.release(k);
                }
                for (int i = depStart[k]; i < depStart[k + 1]; i++) {
                    int d = dependents[i];
                    if (--waiting[d] == 0) {
                        ready.add(rank[d]);
                    }
                }
            }
        }
        makespan = now;
        peak = maxRunning;
    }

    public int start(int step) {
        return start[step];
    }

    public int end(int step) {
        return end[step];
    }

    /** When the last step ends (0 without steps). */
    public int makespan() {
        return makespan;
    }

    /** The peak number of steps running at once. */
    public int peak() {
        return peak;
    }
}
