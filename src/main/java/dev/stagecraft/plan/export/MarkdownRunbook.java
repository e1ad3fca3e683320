package dev.stagecraft.plan.export;

import dev.stagecraft.model.Gate;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.StepBlastRadius;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Markdown runbook of a plan for the release meeting: the summary and critical path, a checklist of every
 * step to tick ({@code - [ ]}), then per wave and step what advances, when (wave, estimated start, what it
 * waits for), the canary stages with their gates, the acceptance criteria (to tick), the rollback commands
 * and the blast radius; last, the rollback order of the whole plan. The checklist and the sections list the steps
 * by wave, then by estimated start minute, then by id ({@link #BY_WAVE_AND_START}): the plan's own order is a
 * topological one, which put a minute-40 step before a minute-25 step of the same wave.
 */
public final class MarkdownRunbook implements PlanExporter {
    /** The order of the runbook's steps: wave, start minute, id. */
    static final Comparator<PlanStep> BY_WAVE_AND_START = Comparator.comparingInt(PlanStep::wave)
            .thenComparingInt(PlanStep::startMinute).thenComparing(PlanStep::id);

    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        return new PlanExport(runbook(plan), java.util.List.of());
    }

    private static String runbook(RolloutPlan plan) {
        StringBuilder b = new StringBuilder();
        PlanSummary s = plan.summary();
        b.append("# Rollout runbook: ").append(plan.metadata().name()).append("\n\n");
        if (plan.metadata().graph() != null) {
            b.append("Graph `").append(plan.metadata().graph()).append("` (").append(plan.metadata().digest()).append(").  \n");
        }
        b.append(count(s.components(), "component")).append(" in ").append(count(s.steps(), "step")).append(" over ")
                .append(count(s.waves(), "wave")).append("; about ").append(count(s.estimatedMinutes(), "minute"))
                .append(", at most ").append(count(s.maxParallelism(), "step")).append(" at once.\n\n");
        b.append("**Critical path** (").append(s.criticalPath().minutes()).append(" min): ")
                .append(s.criticalPath().path().stream().map(id -> "`" + id + "`").collect(Collectors.joining(" → ")))
                .append("\n\n## Checklist\n\n");
        List<PlanStep> steps = plan.steps().stream().sorted(BY_WAVE_AND_START).toList();
        for (PlanStep step : steps) {
            b.append("- [ ] Wave ").append(step.wave()).append(" · `").append(step.id()).append("` at minute ")
                    .append(step.startMinute()).append(": ").append(String.join(", ", step.components())).append('\n');
        }
        int wave = -1;
        for (PlanStep step : steps) {
            if (step.wave() != wave) {
                wave = step.wave();
                b.append("\n## Wave ").append(wave).append('\n');
            }
            step(b, step);
        }
        signOff(b, steps);
        b.append("\n## Rollback order\n\nIf the release is abandoned, undo the steps in this order (dependents first):\n\n");
        for (int i = 0; i < plan.rollbackOrder().size(); i++) {
            b.append(i + 1).append(". [ ] `").append(plan.rollbackOrder().get(i)).append("`\n");
        }
        return b.toString();
    }

    /**
     * The sign-off table of the change-advisory meeting: one row per approval a step needs, with its approvers, the
     * escalation contact, the minutes the plan allows for it, and blanks for the name and time of the sign-off.
     */
    private static void signOff(StringBuilder b, List<PlanStep> steps) {
        if (steps.stream().allMatch(s -> s.approvals().isEmpty())) {
            return;
        }
        b.append("\n## Sign-off\n\n| Step | Rule | Approvers | Escalation | Allowed | Signed by | At |\n")
                .append("|---|---|---|---|---:|---|---|\n");
        for (PlanStep step : steps) {
            for (var a : step.approvals()) {
                b.append("| `").append(step.id()).append("` | ").append(a.rule()).append(" | ")
                        .append(String.join(", ", a.approvers())).append(" | ")
                        .append(a.escalation() == null ? "" : a.escalation().replace("|", "\\|")).append(" | ")
                        .append(a.minutes()).append(" min |  |  |\n");
            }
        }
    }

    private static void step(StringBuilder b, PlanStep step) {
        b.append("\n### Step `").append(step.id()).append("`\n\n");
        b.append("- **What:** advance ").append(step.components().stream().map(c -> "`" + c + "`")
                .collect(Collectors.joining(", "))).append(step.components().size() > 1 ? " together" : "").append('\n');
        b.append("- **When:** wave ").append(step.wave()).append(", estimated start minute ").append(step.startMinute())
                .append(", end minute ").append(step.endMinute()).append(" (").append(step.durationMinutes())
                .append(" min)").append(step.after().isEmpty() ? ", no prerequisites"
                        : ", after " + step.after().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")))
                .append('\n');
        if (!step.approvals().isEmpty()) {
            b.append("- **Sign-off before it starts:** ").append(step.approvals().stream().map(a -> a.rule() + " ("
                    + String.join(", ", a.approvers()) + (a.escalation() == null ? "" : "; escalate to " + a.escalation())
                    + ")").collect(Collectors.joining("; "))).append('\n');
        }
        if (step.clock() != null) {
            b.append("- **Clock:** ").append(step.clock().start()).append(" \u2192 ").append(step.clock().end());
            step.clock().waits().forEach(w -> b.append("; waits ").append(w.minutes()).append(" min before stage ")
                    .append(w.stage()).append(" (").append(w.cause()).append(')'));
            b.append('\n');
        }
        b.append("- **Canary stages:**\n\n  | Traffic | Bake | Gates |\n  |---:|---:|---|\n");
        for (CanaryStage stage : step.stages()) {
            b.append("  | ").append(stage.percent()).append("% | ").append(stage.bakeMinutes()).append(" min | ")
                    .append(gates(stage.gates())).append(" |\n");
        }
        b.append("\n- **Acceptance:**\n");
        step.acceptance().forEach(a -> b.append("  - [ ] ").append(a).append('\n'));
        b.append("- **Rollback:**\n\n  ```sh\n");
        step.rollback().forEach(r -> b.append("  ").append(r).append('\n'));
        b.append("  ```\n\n");
        StepBlastRadius r = step.blastRadius();
        b.append("- **Blast radius:** ").append(r.outage()).append(" in outage, ").append(r.degraded()).append(" degraded");
        if (!r.mostCritical().isEmpty()) {
            b.append("; most critical: ").append(r.mostCritical().stream().map(id -> "`" + id + "`")
                    .collect(Collectors.joining(", "))).append(r.more() > 0 ? " and " + r.more() + " more" : "");
        }
        b.append("\n- [ ] **Step `").append(step.id()).append("` done**\n");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String gates(List<Gate> gates) {
        if (gates.isEmpty()) {
            return "—";
        }
        return gates.stream().map(g -> g.metric() + " ≤ " + BigDecimal.valueOf(g.max()).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }
}
