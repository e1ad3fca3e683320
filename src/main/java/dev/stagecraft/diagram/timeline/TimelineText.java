package dev.stagecraft.diagram.timeline;

import dev.stagecraft.model.Gate;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.RolloutPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The timeline's words: the plan's summary line, and what it says of one step when hovered: its components, start and end, each canary stage (percent, its
 * minutes, deploy and bake), the gates, what it waits for, the rollback and whether it is on the plan's critical path.
 */
public final class TimelineText {
    private TimelineText() {
    }

    public static String step(TimelineLayout l, int row) {
        PlanStep s = l.step(row);
        StringBuilder b = new StringBuilder();
        b.append(s.id());
        if (!(s.components().size() == 1 && s.components().get(0).equals(s.id()))) {
            b.append("  (").append(String.join(", ", s.components())).append(')');
        }
        // P: the plan's waves (changing components only); W: the map's (every component), the bar's colour
        b.append("\nPlan wave P").append(s.wave()).append(" (on the map: wave W").append(l.colourWave(row))
                .append(", its colour)");
        if (l.onCriticalPath(row)) {
            b.append(" \u00b7 on the critical path of the plan");
        }
        b.append("\nStarts at minute ").append(s.startMinute()).append(", ends at minute ").append(s.endMinute())
                .append(" (").append(s.endMinute() - s.startMinute()).append(" min)");
        for (var a : s.approvals()) {
            b.append("\nSign-off ").append(a.rule()).append(": ").append(String.join(", ", a.approvers()))
                    .append(" (").append(a.minutes()).append(" min").append(a.escalation() == null ? ""
                            : ", escalate to " + a.escalation()).append(')');
        }
        if (s.clock() != null) {
            b.append("\n").append(when(s.clock().start())).append(" \u2192 ").append(when(s.clock().end()));
            for (var w : s.clock().waits()) {
                b.append("\n  waits ").append(w.minutes()).append(" min before stage ").append(w.stage()).append(": ")
                        .append(w.cause());
            }
        }
        StepTiming t = l.timing(row);
        b.append("\nStages:");
        for (int i = 0; i < t.stageCount(); i++) {
            int from = l.stageStart(row, i);
            int to = l.stageEnd(row, i);
            b.append("\n  ").append(t.percent(i)).append("%  minute ").append(from).append('\u2013').append(to)
                    .append(" (").append(to - from).append(" min: deploy ").append(l.bakeStart(row, i) - from)
                    .append(", bake ").append(t.bakeMinutes(i)).append(')');
        }
        b.append("\nGates: ").append(gates(s));
        b.append("\nAfter: ").append(s.after().isEmpty() ? "nothing (starts at once)" : String.join(", ", s.after()));
        b.append("\nRollback (").append(s.rollbackMinutes()).append(" min):");
        for (String r : s.rollback()) {
            b.append("\n  ").append(r);
        }
        return b.toString();
    }

    /** "error_rate ≤ 0.01, p99_latency_ms ≤ 250" over every stage, or "none". */
    static String gates(PlanStep s) {
        Set<String> all = new LinkedHashSet<>();
        for (CanaryStage c : s.stages()) {
            for (Gate g : c.gates()) {
                all.add(g.metric() + " \u2264 " + BigDecimal.valueOf(g.max()).stripTrailingZeros().toPlainString());
            }
        }
        return all.isEmpty() ? "none" : String.join(", ", new ArrayList<>(all));
    }

    /**
     * The plan at a glance, one sentence: steps, waves, minutes, the peak parallelism and the critical path of the
     * plan with its steps.
     */
    public static String summary(RolloutPlan p) {
        PlanSummary s = p.summary();
        String calendar = s.clock() == null ? "" : " \u00b7 " + when(s.clock().start()) + " \u2192 "
                + when(s.clock().end()) + " " + s.clock().timeZone() + ", " + s.clock().waitMinutes()
                + " min waiting for windows, freezes and sign-offs";
        StringBuilder capacity = new StringBuilder();
        for (var u : s.capacity()) {
            capacity.append(" \u00b7 ").append(u.pool()).append(' ').append(u.resource()).append(" peak ")
                    .append(BigDecimal.valueOf(u.peak()).stripTrailingZeros().toPlainString()).append(" of ")
                    .append(BigDecimal.valueOf(u.budget()).stripTrailingZeros().toPlainString());
        }
        if (!s.overBudget().isEmpty()) {
            capacity.append(" (over budget alone: ").append(String.join(", ", s.overBudget())).append(')');
        }
        if (s.approvalWaitMinutes() > 0 && s.clock() == null) {
            capacity.append(" \u00b7 ").append(s.approvalWaitMinutes()).append(" min waiting for sign-offs");
        }
        return s.steps() + (s.steps() == 1 ? " step" : " steps") + " in " + s.waves()
                + (s.waves() == 1 ? " plan wave" : " plan waves")
                + " \u00b7 about " + s.estimatedMinutes() + " min" + calendar + capacity + " \u00b7 at most " + s.maxParallelism()
                + " at once \u00b7 critical path of the plan (changing components only) " + s.criticalPath().minutes()
                + " min: " + String.join(" \u2192 ", s.criticalPath().path());
    }

    /** An ISO date-time with offset as people read it: "Mon 2026-12-07 09:00". */
    static String when(String iso) {
        java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(iso);
        return t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                + t.toLocalDate() + " " + String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
