package dev.stagecraft.ui.simulate;

import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.simulation.OnFailure;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What one Monte Carlo batch of the window is asked to do, as the CLI's {@code simulate} options: runs, seed,
 * the on-failure policy, max-parallel, and the variant it is compared with. Parsed from the panel's fields by
 * {@link #parse}, which says in a sentence what is wrong with a field.
 *
 * @param maxParallel  at most this many steps at once, {@link PlanOptions#UNLIMITED} for no limit
 * @param compareLimit the second variant's max-parallel when {@code comparison} is {@link Comparison#MAX_PARALLEL}
 * @param compareFile  the second variant's graph file when {@code comparison} is {@link Comparison#GRAPH_FILE}
 */
public record SimulationSettings(int runs, long seed, OnFailure onFailure, int maxParallel, Comparison comparison,
                                 int compareLimit, Path compareFile) {
    /** The most runs the window runs at once (its arrays hold every run); the CLI has no such limit. */
    public static final int MAX_RUNS = 1_000_000;

    /** What the batch is compared with: nothing, the same graph at another max-parallel, or another graph file. */
    public enum Comparison {
        NONE("No comparison"), MAX_PARALLEL("Another max parallel"), GRAPH_FILE("Another graph file");

        private final String label;

        Comparison(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public SimulationSettings {
        Objects.requireNonNull(onFailure, "onFailure");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Thrown by {@link #parse} with a sentence naming the field and what it takes. */
    public static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    /**
     * @param maxParallel 0 or blank for unlimited
     * @throws Problem naming the first field that does not hold what it should
     */
    public static SimulationSettings parse(String runs, String seed, OnFailure onFailure, String maxParallel,
                                           Comparison comparison, String compareLimit, Path compareFile) throws Problem {
        long n = whole(runs, "Runs", "a whole number from 1 to " + String.format(Locale.ROOT, "%,d", MAX_RUNS));
        if (n < 1 || n > MAX_RUNS) {
            throw new Problem(String.format(Locale.ROOT, "Runs: %s is out of range; write a whole number from 1 to %,d"
                    + " (the CLI runs more)", runs.strip(), MAX_RUNS));
        }
        long s = whole(seed, "Seed", "a whole number (the same seed gives the same runs)");
        int limit = limit(maxParallel, "Max parallel");
        int other = PlanOptions.UNLIMITED;
        if (comparison == Comparison.MAX_PARALLEL) {
            other = limit(compareLimit, "Compare with max parallel");
            if (other == limit) {
                throw new Problem("Compare with max parallel: " + compareLimit.strip()
                        + " is the same as Max parallel; choose another value to compare");
            }
        }
        if (comparison == Comparison.GRAPH_FILE && compareFile == null) {
            throw new Problem("Compare with: choose the other graph file");
        }
        return new SimulationSettings((int) n, s, onFailure, limit, comparison, other,
                comparison == Comparison.GRAPH_FILE ? compareFile : null);
    }

    private static int limit(String text, String field) throws Problem {
        if (text == null || text.isBlank()) {
            return PlanOptions.UNLIMITED;
        }
        long v = whole(text, field, "0 (unlimited) or a number of steps");
        if (v < 0 || v > Integer.MAX_VALUE - 1) {
            throw new Problem(field + ": " + text.strip() + " is out of range; write 0 (unlimited) or a number of steps");
        }
        return v == 0 ? PlanOptions.UNLIMITED : (int) v;
    }

    private static long whole(String text, String field, String wanted) throws Problem {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            throw new Problem(field + " is empty; write " + wanted);
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new Problem(field + ": \"" + text.strip() + "\" is not " + wanted);
        }
    }

    /** How a max-parallel value is written in a variant's name, as the CLI's {@code --compare}: 0 for unlimited. */
    static String limitText(int limit) {
        return limit == PlanOptions.UNLIMITED ? "0" : String.valueOf(limit);
    }
}
