package dev.stagecraft.plan;

/**
 * What the caller decides about a plan.
 *
 * @param maxParallel at most this many steps run at once, &gt;= 1; {@link #UNLIMITED} for no limit
 * @param name        the plan's name; {@code null} means {@code <graph name>-rollout}
 * @param digest      the graph digest to record, e.g. the sha256 of the file bytes as {@code sha256:<hex>};
 *                    {@code null} means a digest of the graph's canonical content ({@link GraphDigest})
 * @param start       when minute 0 is: the plan is then scheduled within the graph's change windows and freezes
 *                    and carries wall-clock times ({@link ChangeCalendar}); {@code null} for relative minutes only
 */
public record PlanOptions(int maxParallel, String name, String digest, java.time.ZonedDateTime start) {
    public PlanOptions(int maxParallel, String name, String digest) {
        this(maxParallel, name, digest, null);
    }

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public PlanOptions {
        if (maxParallel < 1) {
            throw new IllegalArgumentException("maxParallel must be at least 1, was " + maxParallel);
        }
    }

    /** Unlimited parallelism, default name, content digest. */
    public static PlanOptions defaults() {
        return new PlanOptions(UNLIMITED, null, null);
    }

    public PlanOptions withMaxParallel(int value) {
        return new PlanOptions(value, name, digest, start);
    }

    public PlanOptions withName(String value) {
        return new PlanOptions(maxParallel, value, digest, start);
    }

    public PlanOptions withDigest(String value) {
        return new PlanOptions(maxParallel, name, value, start);
    }

    public PlanOptions withStart(java.time.ZonedDateTime value) {
        return new PlanOptions(maxParallel, name, digest, value);
    }
}
