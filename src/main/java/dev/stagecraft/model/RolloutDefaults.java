package dev.stagecraft.model;

import java.util.List;

/**
 * Rollout settings a component gets when its file leaves them out, derived from its kind and tier.
 *
 * <p>Stages by tier: 0 -> [1, 5, 25, 50, 100], 1 -> [5, 25, 50, 100], 2 -> [10, 50, 100], 3 -> [100];
 * databases, config, libraries and externals go in one step [100].
 * Bake minutes (after each stage) by tier: 15, 10, 5, 0; externals 0 (not deployed by us).
 * Duration (minutes, including bake time): the kind's base — service 20, database 45, queue 25, cache 15,
 * config 10, gateway 25, external 0, job 15, library 10 — scaled by tier (0 x1.5, 1 x1.25, 2 x1, 3 x0.75,
 * rounded), but never shorter than the stages' bake time plus one minute of deployment per stage
 * ({@code n * bake + n}, with the stages and bake in force): so no default triggers the
 * {@code duration-shorter-than-bake} warning (DESIGN.md, "Step timing"). A tier-0 service: 5 stages of
 * 15 minutes' bake give 80 minutes, not 30.
 * Rollback minutes by kind: service 5, database 30, queue 10, cache 5, config 2, gateway 5, external 0, job 5,
 * library 5.
 * Failure probability: database 0.03, external 0.01, else 0.02.
 * Gates for services and gateways: error_rate &lt;= 0.01, p99_latency_ms &lt;= 500; none for others.
 * Rollback steps: none by default (the {@code database-without-rollback} rule asks for explicit steps).
 */
public final class RolloutDefaults {
    private RolloutDefaults() {
    }

    /**
     * The settings actually used: what the file says, defaults for what it leaves out; a backfill's duration without
     * {@code durationMinutes} is its rows / rowsPerMinute (at least the default's bake floor).
     */
    public static EffectiveRollout effective(Component c) {
        Rollout r = c.rollout();
        int tier = clampTier(c.effectiveTier());
        List<Integer> stages = r.stages() != null ? r.stages() : stages(c.kind(), tier);
        int bake = r.bakeMinutes() != null ? r.bakeMinutes() : bakeMinutes(c.kind(), tier);
        Integer computed = r.durationMinutes() != null ? null
                : Migration.of(c).flatMap(Migration::backfillMinutes).orElse(null);
        return new EffectiveRollout(
                r.durationMinutes() != null ? r.durationMinutes()
                        : computed != null ? Math.max(computed, durationMinutes(c.kind(), tier, stages, bake))
                        : durationMinutes(c.kind(), tier, stages, bake),
                stages, bake,
                r.failureProbability() != null ? r.failureProbability() : failureProbability(c.kind()),
                r.gates() != null ? r.gates() : gates(c.kind()),
                r.rollback() != null ? r.rollback() : List.of(),
                r.rollbackMinutes() != null ? r.rollbackMinutes() : rollbackMinutes(c.kind()));
    }

    public static int durationMinutes(Component c) {
        return effective(c).durationMinutes();
    }

    /** The default duration with these stages and bake in force: at least {@code n * bake + n}. */
    public static int durationMinutes(ComponentKind kind, int tier, List<Integer> stages, int bakeMinutes) {
        int n = Math.max(1, stages.size());
        long floor = (long) n * bakeMinutes + n;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(baseDurationMinutes(kind, tier), floor));
    }

    /** The kind's base duration scaled by tier, before the bake floor. */
    public static int baseDurationMinutes(ComponentKind kind, int tier) {
        int base = switch (kind) {
            case SERVICE -> 20;
            case DATABASE -> 45;
            case QUEUE -> 25;
            case CACHE -> 15;
            case CONFIG -> 10;
            case GATEWAY -> 25;
            case EXTERNAL -> 0;
            case JOB -> 15;
            case LIBRARY -> 10;
        };
        double factor = switch (clampTier(tier)) {
            case 0 -> 1.5;
            case 1 -> 1.25;
            case 2 -> 1.0;
            default -> 0.75;
        };
        return (int) Math.round(base * factor);
    }

    public static int rollbackMinutes(ComponentKind kind) {
        return switch (kind) {
            case SERVICE, CACHE, GATEWAY, JOB, LIBRARY -> 5;
            case DATABASE -> 30;
            case QUEUE -> 10;
            case CONFIG -> 2;
            case EXTERNAL -> 0;
        };
    }

    public static List<Integer> stages(ComponentKind kind, int tier) {
        return switch (kind) {
            case DATABASE, CONFIG, LIBRARY, EXTERNAL -> List.of(100);
            default -> switch (clampTier(tier)) {
                case 0 -> List.of(1, 5, 25, 50, 100);
                case 1 -> List.of(5, 25, 50, 100);
                case 2 -> List.of(10, 50, 100);
                default -> List.of(100);
            };
        };
    }

    public static int bakeMinutes(ComponentKind kind, int tier) {
        if (kind == ComponentKind.EXTERNAL) {
            return 0;
        }
        return switch (clampTier(tier)) {
            case 0 -> 15;
            case 1 -> 10;
            case 2 -> 5;
            default -> 0;
        };
    }

    public static double failureProbability(ComponentKind kind) {
        return switch (kind) {
            case DATABASE -> 0.03;
            case EXTERNAL -> 0.01;
            default -> 0.02;
        };
    }

    public static List<Gate> gates(ComponentKind kind) {
        return switch (kind) {
            case SERVICE, GATEWAY -> List.of(new Gate("error_rate", 0.01), new Gate("p99_latency_ms", 500));
            default -> List.of();
        };
    }

    private static int clampTier(int tier) {
        return Math.max(0, Math.min(3, tier));
    }

    /** Rollout settings with every default filled in. */
    public record EffectiveRollout(int durationMinutes, List<Integer> stages, int bakeMinutes,
                                   double failureProbability, List<Gate> gates, List<String> rollback,
                                   int rollbackMinutes) {
        /** Total bake time B of this component's own stages: one bake per stage. */
        public long totalBakeMinutes() {
            return (long) Math.max(1, stages.size()) * bakeMinutes;
        }
    }
}
