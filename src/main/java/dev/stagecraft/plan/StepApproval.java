package dev.stagecraft.plan;

import java.util.List;
import java.util.Objects;

/**
 * A sign-off a step needs before it starts (from the graph's approval rules): who approves, who to escalate to, and
 * the minutes the plan waits for it (the rule's median latency).
 *
 * @param escalation {@code null} when the rule names none
 */
public record StepApproval(String rule, List<String> approvers, String escalation, int minutes) {
    public StepApproval {
        Objects.requireNonNull(rule, "rule");
        approvers = List.copyOf(approvers);
    }

    /** The minutes a step with these approvals waits before its first stage: all are asked at once. */
    public static int waitOf(List<StepApproval> approvals) {
        return approvals.stream().mapToInt(StepApproval::minutes).max().orElse(0);
    }
}
