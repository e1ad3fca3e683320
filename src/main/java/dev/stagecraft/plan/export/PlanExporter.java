package dev.stagecraft.plan.export;

import dev.stagecraft.plan.RolloutPlan;

/** Turns a plan into a file another tool (or a meeting) consumes. Deterministic: the same plan, the same text. */
public interface PlanExporter {
    String export(RolloutPlan plan);
}
