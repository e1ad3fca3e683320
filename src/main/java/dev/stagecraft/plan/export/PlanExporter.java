package dev.stagecraft.plan.export;

import dev.stagecraft.plan.RolloutPlan;

/** Turns a plan into a file another tool (or a meeting) consumes. Deterministic: the same plan and settings, the same text. */
public interface PlanExporter {
    /** The file for this plan with these settings, and what the user should know about it. */
    PlanExport export(RolloutPlan plan, ExportSettings settings);

    /** The file's text with {@link ExportSettings#DEFAULTS}. */
    default String export(RolloutPlan plan) {
        return export(plan, ExportSettings.DEFAULTS).text();
    }
}
