package dev.stagecraft.policy;

import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.util.Objects;

/**
 * One rule of a policy: {@code expression} must be true for each element of {@code scope}; where it is false,
 * a finding of {@code severity} says {@code message} (or what {@code messageExpression} evaluates to).
 *
 * @param id                unique within the policy; the findings' code
 * @param location          where the rule is written (its first key)
 * @param expressionAt      where the expression's text starts in the policy file (its first character)
 * @param messageExpression a CEL expression giving the message as a string, {@code null} for the fixed message
 */
public record PolicyRule(String id, PolicyScope scope, Severity severity, String expression, String message,
                         String messageExpression, SourceLocation location, SourceLocation expressionAt,
                         SourceLocation messageExpressionAt) {
    public PolicyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(message, "message");
    }
}
