package dev.stagecraft.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Run counts of one quantity over equal-width bins from {@code min} to {@code max} (the smallest and largest
 * value): bin i holds the values in [min + i * w, min + (i + 1) * w), the last bin also holds {@code max}.
 * One bin when every value is the same (or there are none). For the reports' charts; the same values give the
 * same bins to the last bit. O(values).
 *
 * @param counts runs per bin, at least one bin
 */
public record Histogram(double min, double max, List<Integer> counts) {
    public Histogram {
        counts = List.copyOf(counts);
        if (counts.isEmpty() || max < min) {
            throw new IllegalArgumentException("a histogram has at least one bin and max >= min");
        }
    }

    /** @param bins at least 1; one bin is used when all values are equal */
    public static Histogram of(double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        if (values.length == 0) {
            return new Histogram(0, 0, List.of(0));
        }
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int n = max > min ? bins : 1;
        int[] counts = new int[n];
        for (double v : values) {
            counts[n == 1 ? 0 : Math.min(n - 1, (int) ((v - min) / (max - min) * n))]++;
        }
        List<Integer> list = new ArrayList<>(n);
        for (int c : counts) {
            list.add(c);
        }
        return new Histogram(min, max, list);
    }

    public int bins() {
        return counts.size();
    }

    /** The runs counted. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public double binStart(int bin) {
        return min + (max - min) * bin / bins();
    }

    public double binEnd(int bin) {
        return bin == bins() - 1 ? max : min + (max - min) * (bin + 1) / bins();
    }

    /** The same runs over {@code factor} times fewer bins (neighbours added up); {@code factor} divides bins. */
    public Histogram merged(int factor) {
        if (factor < 1 || bins() % factor != 0) {
            throw new IllegalArgumentException(factor + " does not divide " + bins() + " bins");
        }
        List<Integer> merged = new ArrayList<>();
        for (int i = 0; i < bins(); i += factor) {
            int sum = 0;
            for (int j = i; j < i + factor; j++) {
                sum += counts.get(j);
            }
            merged.add(sum);
        }
        return new Histogram(min, max, merged);
    }
}
