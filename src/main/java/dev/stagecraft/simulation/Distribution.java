package dev.stagecraft.simulation;

import java.util.Arrays;

/**
 * Percentiles (nearest rank: the value at position ceil(q * N) of the sorted values) and the mean of one
 * quantity over the runs of a batch.
 */
public record Distribution(double p50, double p90, double p99, double mean) {

    /** @param values one per run, in run order (the mean sums them in that order) */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            return new Distribution(0, 0, 0, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Distribution(rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99), sum / values.length);
    }

    private static double rank(double[] sorted, double q) {
        int position = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, position - 1))];
    }
}
