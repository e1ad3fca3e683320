package dev.stagecraft.plan;

import java.util.List;
import java.util.Objects;

/**
 * A sequenced rollout plan (DESIGN.md, "Plan file"): immutable, and equal plans write identical bytes.
 *
 * @param steps         in file order: by wave, then longest tail first, then id (a topological order)
 * @param rollbackOrder step ids in the order to undo the whole plan: dependents first
 */
public record RolloutPlan(PlanMetadata metadata, PlanSummary summary, List<PlanStep> steps,
                          List<String> rollbackOrder) {
    public static final String API_VERSION = "stagecraft/v1";
    public static final String KIND = "RolloutPlan";

    public RolloutPlan {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
        rollbackOrder = List.copyOf(rollbackOrder);
    }
}
