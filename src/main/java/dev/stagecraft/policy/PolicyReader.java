package dev.stagecraft.policy;

import dev.stagecraft.io.FileText;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code policy.yaml}:
 * <pre>
 * apiVersion: stagecraft/v1
 * kind: Policy
 * metadata: {name: release-policy}
 * rules:
 *   - id: tier0-small-first-stage
 *     for: step                     # component | dependency | step | plan
 *     severity: error               # error (default) | warning | info
 *     expression: step.tier != 0 || step.stages[0].percent &lt;= 5
 *     message: a tier-0 step's first canary stage is at most 5 %
 *     messageExpression: "'starts at ' + string(step.stages[0].percent) + ' %'"   # optional
 * </pre>
 * Anything else (a missing or unknown key, a repeated id, a wrong value) is a {@link GraphFormatException} naming
 * the file, line and column. Expressions are not compiled here ({@link PolicyEngine#compile}).
 */
public final class PolicyReader {
    /** Policies are small; a megabyte is far more than any real one. */
    public static final int MAX_BYTES = 1 << 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Set<String> RULE_KEYS = Set.of("id", "for", "severity", "expression", "message",
            "messageExpression", "description");
    private static final Set<String> TOP_KEYS = Set.of("apiVersion", "kind", "metadata", "rules");

    private PolicyReader() {
    }

    public static Policy read(Path file) {
        String name = file.toString();
        return parse(FileText.read(file, MAX_BYTES, "policy"), name);
    }

    /** Reads the text of a policy file named {@code file} (for messages; {@code null} for in-memory text). */
    public static Policy parse(String text, String file) {
        List<DocNode> docs = new ArrayList<>();
        for (DocNode d : new DocumentReader(file, MAX_BYTES).yaml(text)) {
            if (d != null && !(d instanceof DocNode.Scalar s && s.value() == null)) {
                docs.add(d);
            }
        }
        if (docs.size() != 1) {
            throw new GraphFormatException(file, 1, 1, docs.isEmpty()
                    ? "the policy is empty: write apiVersion: " + Policy.API_VERSION + ", kind: " + Policy.KIND
                    + " and a list of rules"
                    : "a policy file holds one document, found " + docs.size());
        }
        DocNode.Mapping root = docs.get(0).asMapping("a policy");
        for (String key : root.values().keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw unknown(file, root.keyLocation(key), key, TOP_KEYS);
            }
        }
        expect(root, "apiVersion", Policy.API_VERSION, file);
        expect(root, "kind", Policy.KIND, file);
        String name = root.get("metadata").map(m -> m.asMapping("metadata").text("name").orElse(null)).orElse(null);
        DocNode rulesNode = root.get("rules").orElseThrow(() -> root.error("a policy needs 'rules': a list of rules"));
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DocNode item : rulesNode.asSequence("'rules'").items()) {
            PolicyRule rule = rule(item.asMapping("a rule"), file, text);
            if (!ids.add(rule.id())) {
                throw item.error("rule id '" + rule.id() + "' is used twice; each rule needs its own id");
            }
            rules.add(rule);
        }
        return new Policy(name, rules, file, text);
    }

    private static PolicyRule rule(DocNode.Mapping m, String file, String text) {
        for (String key : m.values().keySet()) {
            if (!RULE_KEYS.contains(key)) {
                throw unknown(file, m.keyLocation(key), key, RULE_KEYS);
            }
        }
        String id = required(m, "id");
        if (!ID.matcher(id).matches()) {
            throw m.get("id").orElseThrow().error("rule id '" + id + "' must be lower-case letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        String scopeText = required(m, "for");
        PolicyScope scope = PolicyScope.parse(scopeText);
        if (scope == null) {
            throw m.get("for").orElseThrow().error("rule '" + id + "': 'for' must be component, dependency, step or"
                    + " plan, found '" + scopeText + "'");
        }
        Severity severity = Severity.ERROR;
        if (m.get("severity").isPresent()) {
            String s = m.text("severity").orElse("");
            try {
                severity = Severity.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw m.get("severity").orElseThrow().error("rule '" + id + "': severity must be error, warning or"
                        + " info, found '" + s + "'");
            }
        }
        String expression = required(m, "expression");
        DocNode expressionNode = m.get("expression").orElseThrow();
        String message = m.text("message").orElse("policy rule '" + id + "' does not hold");
        String messageExpression = m.text("messageExpression").orElse(null);
        SourceLocation messageAt = messageExpression == null ? null
                : textStart(text, m.get("messageExpression").orElseThrow().location(), messageExpression);
        return new PolicyRule(id, scope, severity, expression, message, messageExpression, m.location(),
                textStart(text, expressionNode.location(), expression), messageAt);
    }

    private static String required(DocNode.Mapping m, String key) {
        String value = m.text(key).orElse(null);
        if (value == null || value.isBlank()) {
            throw m.error("a rule needs '" + key + "'" + (key.equals("expression")
                    ? ": a CEL expression that must be true" : ""));
        }
        return value;
    }

    private static void expect(DocNode.Mapping root, String key, String wanted, String file) {
        String value = root.text(key).orElse(null);
        if (!wanted.equals(value)) {
            SourceLocation at = value == null ? root.location() : root.get(key).orElseThrow().location();
            throw new GraphFormatException(file, at.line(), at.column(), value == null
                    ? "a policy needs " + key + ": " + wanted
                    : key + " must be '" + wanted + "' for a policy, found '" + value + "'");
        }
    }

    private static GraphFormatException unknown(String file, SourceLocation at, String key, Set<String> known) {
        return new GraphFormatException(file, at.line(), at.column(), "unknown key '" + key + "' (known: "
                + String.join(", ", known.stream().sorted().toList()) + ")");
    }

    /**
     * Where the value's text starts in the file: its first line searched for from where YAML says the value is
     * (after a quote, or on the line after a block scalar's '|'); the value's place when it cannot be found.
     */
    static SourceLocation textStart(String text, SourceLocation node, String value) {
        String first = value.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return node;
        }
        String[] lines = text.split("\n", -1);
        for (int line = node.line(); line <= Math.min(lines.length, node.line() + 3); line++) {
            String raw = lines[line - 1];
            int from = line == node.line() ? Math.max(0, node.column() - 1) : 0;
            int at = raw.indexOf(first, Math.min(from, raw.length()));
            if (at >= 0) {
                return new SourceLocation(node.file(), line, at + 1);
            }
        }
        return node;
    }
}
