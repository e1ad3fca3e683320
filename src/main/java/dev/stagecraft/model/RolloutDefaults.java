package dev.stagecraft.model;

import java.util.List;

/**
 * Rollout settings a component gets when its file leaves them out, derived from its kind and tier.
 *
 * <p>Base duration (minutes, including bake time) by kind: service 20, database 45, queue 25,
 * cache 15, config 10, gateway 25, external 0 (not deployed by us), job 15, library 10.
 * Tier scales it: tier 0 x1.5, tier 1 x1.25, tier 2 x1, tier 3 x0.75 (rounded).
 * Stages by tier: 0 -> [1, 5, 25, 50, 100], 1 -> [5, 25, 50, 100], 2 -> [10, 50, 100], 3 -> [100];
 * databases, config, libraries and externals go in one step [100].
 * Bake minutes by tier: 15, 10, 5, 0. Failure probability: database 0.03, external 0.01, else 0.02.
 * Gates for services and gateways: error_rate &lt;= 0.01, p99_latency_ms &lt;= 500; none for others.
 * Rollback: none by default (the {@code database-without-rollback} rule asks for explicit steps).
 */
public final class RolloutDefaults {
    private RolloutDefaults() {
    }

    /** The settings actually used: what the file says, defaults for what it leaves out. */
    public static EffectiveRollout effective(Component c) {
        Rollout r = c.rollout();
        int tier = clampTier(c.effectiveTier());
        return new EffectiveRollout(
                r.durationMinutes() != null ? r.durationMinutes() : durationMinutes(c.kind(), tier),
                r.stages() != null ? r.stages() : stages(c.kind(), tier),
                r.bakeMinutes() != null ? r.bakeMinutes() : bakeMinutes(tier),
                r.failureProbability() != null ? r.failureProbability() : failureProbability(c.kind()),
                r.gates() != null ? r.gates() : gates(c.kind()),
                r.rollback() != null ? r.rollback() : List.of());
    }

    public static int durationMinutes(Component c) {
        Integer given = c.rollout().durationMinutes();
        return given != null ? given : durationMinutes(c.kind(), clampTier(c.effectiveTier()));
    }

    public static int durationMinutes(ComponentKind kind, int tier) {
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

    public static int bakeMinutes(int tier) {
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
                                   double failureProbability, List<Gate> gates, List<String> rollback) {
    }
}
