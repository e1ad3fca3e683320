package dev.stagecraft.model;

import java.util.List;
import java.util.Objects;

/**
 * Who must sign off a step before it starts (the graph file's {@code governance.approvals}): a step needs this rule's
 * approval when one of its components matches every condition given ({@code tiers}, {@code kinds}, {@code teams};
 * none given: every step). The approvers (roles or teams) are asked when the step becomes ready; the plan waits
 * {@code medianMinutes} for them (the median of a log-normal latency whose 90th percentile is {@code p90Minutes}).
 * A {@code when} expression is one more condition a matching component must meet.
 *
 * @param escalation who to call when the approval does not come (a person, a channel), {@code null} for none
 * @param when       a condition on the component ({@code component.tier == 0 && component.kind == "database"}),
 *                   {@code null} for none
 */
public record ApprovalRule(String id, List<Integer> tiers, List<String> kinds, List<String> teams,
                           List<String> approvers, String escalation, int medianMinutes, int p90Minutes,
                           ComponentCondition when) {
    public ApprovalRule(String id, List<Integer> tiers, List<String> kinds, List<String> teams, List<String> approvers,
                        String escalation, int medianMinutes, int p90Minutes) {
        this(id, tiers, kinds, teams, approvers, escalation, medianMinutes, p90Minutes, null);
    }

    public ApprovalRule {
        Objects.requireNonNull(id, "id");
        tiers = List.copyOf(tiers);
        kinds = List.copyOf(kinds);
        teams = List.copyOf(teams);
        approvers = List.copyOf(approvers);
        if (medianMinutes < 0 || p90Minutes < medianMinutes) {
            throw new IllegalArgumentException("approval " + id + ": 0 <= median <= p90 minutes");
        }
    }

    /** Whether a component calls for this approval. */
    public boolean matches(Component c) {
        return (tiers.isEmpty() || tiers.contains(c.effectiveTier()))
                && (kinds.isEmpty() || kinds.contains(c.kind().id()))
                && (teams.isEmpty() || c.team() != null && teams.contains(c.team()))
                && (when == null || when.test(c));
    }
}
