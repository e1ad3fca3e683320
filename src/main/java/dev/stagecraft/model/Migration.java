package dev.stagecraft.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A data-layer step: a component that changes a data store's schema or data in one phase of an expand/contract
 * migration, written as the component's {@code migration:} mapping (README, "Data-layer steps"):
 * <pre>
 *   migration: {store: users-db, phase: backfill, rows: 4000000, rowsPerMinute: 50000, idempotent: true}
 * </pre>
 * Phases: {@code expand} (add what the new code needs), {@code shadow-writes} and {@code dual-reads} (both shapes
 * kept in step, with their own gates), {@code backfill} (copy the data: its duration is rows / rowsPerMinute),
 * {@code switch-reads} (the new shape is read), {@code contract} (drop the old shape: not reversible). The plan orders
 * them: every reader and writer of the store after its expand steps, backfill and switch-reads after expand, and a
 * contract after every reader and writer of the store and every other phase of it has finished.
 *
 * @param rows          rows a backfill copies, {@code null} when not given
 * @param rowsPerMinute how fast it copies them, {@code null} when not given
 */
public record Migration(String store, Phase phase, Long rows, Long rowsPerMinute, boolean idempotent) {
    /** The key in a component's record. */
    public static final String KEY = "migration";

    public enum Phase {
        EXPAND, SHADOW_WRITES, DUAL_READS, BACKFILL, SWITCH_READS, CONTRACT;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The phase written as {@code text}, empty when it is none. */
        public static Optional<Phase> parse(String text) {
            for (Phase p : values()) {
                if (p.id().equals(text)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Phase::id).toList();
        }
    }

    /** The component's migration, empty when it has none or it cannot be read (validation says why). */
    public static Optional<Migration> of(Component c) {
        if (!(c.extras().get(KEY) instanceof Map<?, ?> m) || !(m.get("store") instanceof String store)
                || !(m.get("phase") instanceof String phaseText)) {
            return Optional.empty();
        }
        Optional<Phase> phase = Phase.parse(phaseText);
        if (phase.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Migration(store, phase.get(), whole(m.get("rows")), whole(m.get("rowsPerMinute")),
                !Boolean.FALSE.equals(m.get("idempotent"))));
    }

    private static Long whole(Object v) {
        return v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 0
                ? n.longValue() : null;
    }

    /** A backfill's duration from its rows and rate (rounded up), empty when either is missing or the rate is 0. */
    public Optional<Integer> backfillMinutes() {
        if (phase != Phase.BACKFILL || rows == null || rowsPerMinute == null || rowsPerMinute == 0) {
            return Optional.empty();
        }
        return Optional.of((int) Math.min(Integer.MAX_VALUE, (rows + rowsPerMinute - 1) / rowsPerMinute));
    }
}
