package dev.stagecraft.policy;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.SourceLocation;

/**
 * A finding of a policy rule: the finding (at the element it is about, in the graph file) and the rule that made
 * it (at its place in the policy file).
 *
 * @param ruleAt where the rule is written, {@code null} for a problem of the policy as a whole
 */
public record PolicyFinding(Finding finding, String ruleId, SourceLocation ruleAt) {
    /** {@code graph.yaml:12:5: error [rule-id] message (rule at policy.yaml:7:5)}. */
    public String describe() {
        return finding.describe() + (ruleAt == null ? "" : " (rule at " + ruleAt + ")");
    }
}
