package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ApprovalRule;
import dev.stagecraft.model.CapacityPool;
import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Freeze;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.WrittenNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the native graph file in one canonical form, so that save, open, save gives the same bytes and
 * a one-component edit is a one-hunk diff: the header comment, then {@code apiVersion}, {@code kind},
 * {@code metadata}, and {@code components}, {@code dependencies}, {@code groups} in model order, then the saved
 * {@code scenarios}, each
 * record's keys in the order of DESIGN.md followed by its extras in their order. Only fields that are set
 * are written ({@code changing} only when true). Short lists are flow style ({@code stages: [1, 10, 100]},
 * {@code position: {x: 120, y: 40}}, gates, group members); rollback steps one per line. Texts are
 * quoted only when needed (see {@link YamlScalars}). Two-space indentation, {@code \n} line ends, UTF-8.
 * O(size of the graph).
 */
public final class NativeGraphWriter {
    /** Below YAML's 1,024-character limit for a simple key (counted in code points, so chars are a safe bound). */
    private static final int MAX_SIMPLE_KEY = 1000;
    private final StringBuilder out;

    private NativeGraphWriter(int sizeHint) {
        out = new StringBuilder(sizeHint);
    }

    /**
     * The file's text.
     *
     * @param headerComment comment lines for the top of the file, as {@link LoadResult#headerComment()} gives
     *                      them; a line starting with {@code #} is written as is, other text gets {@code "# "}
     *                      in front; {@code null} or blank for none
     */
    public static String write(ServiceGraph graph, String headerComment) {
        NativeGraphWriter w = new NativeGraphWriter(256 + graph.componentCount() * 120 + graph.dependencyCount() * 40);
        w.writeHeader(headerComment);
        w.writeGraph(graph);
        return w.out.toString();
    }

    /** The file's bytes (UTF-8). */
    public static byte[] writeBytes(ServiceGraph graph, String headerComment) {
        return write(graph, headerComment).getBytes(StandardCharsets.UTF_8);
    }

    /** Saves atomically: the old file stays as it was unless the new one is completely written. */
    public static void save(Path file, ServiceGraph graph, String headerComment) throws IOException {
        AtomicFile.write(file, writeBytes(graph, headerComment));
    }

    /** Empty lines inside stay; blank lines at either end are dropped; a blank line follows the header. */
    private void writeHeader(String headerComment) {
        if (headerComment == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : headerComment.split("\\R", -1)) {
            String s = line.strip();
            lines.add(s.isEmpty() || s.startsWith("#") ? s : "# " + s);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        if (!lines.isEmpty()) {
            lines.forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
    }

    private void writeGraph(ServiceGraph graph) {
        out.append("apiVersion: ").append(GraphDecoder.API_VERSION).append('\n');
        out.append("kind: ").append(GraphDecoder.KIND).append('\n');
        GraphMetadata meta = graph.metadata();
        if (meta.name() != null || meta.description() != null || !meta.extras().isEmpty()) {
            out.append("metadata:\n");
            textField(2, "name", meta.name());
            textField(2, "description", meta.description());
            extras(2, meta.extras(), GraphDecoder.METADATA_KEYS, "metadata");
        }
        out.append('\n');
        if (graph.componentCount() == 0) {
            out.append("components: []\n");
        } else {
            out.append("components:\n");
            graph.components().forEach(this::component);
        }
        if (graph.dependencyCount() > 0) {
            out.append("\ndependencies:\n");
            graph.dependencies().forEach(this::dependency);
        }
        if (!graph.groups().isEmpty()) {
            out.append("\ngroups:\n");
            graph.groups().forEach(this::group);
        }
        if (!meta.governance().isEmpty()) {
            governance(meta.governance());
        }
        if (!meta.scenarios().isEmpty()) {
            out.append("\nscenarios:\n");
            meta.scenarios().forEach(this::scenario);
        }
    }

    /** Keys in {@link GovernanceDecoder#KEYS} order, each window and freeze in its keys' order. */
    private void governance(Governance g) {
        out.append("\ngovernance:\n");
        textField(2, "timeZone", g.timeZone());
        if (!g.windows().isEmpty()) {
            indent(2).append("windows:\n");
            for (ChangeWindow w : g.windows()) {
                indent(4).append("- id: ").append(YamlScalars.text(w.id())).append('\n');
                indent(6).append("days: [");
                List<java.time.DayOfWeek> days = w.sortedDays();
                for (int i = 0; i < days.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(days.get(i).name().substring(0, 3).toLowerCase(java.util.Locale.ROOT));
                }
                out.append("]\n");
                indent(6).append("from: \"").append(w.from()).append("\"\n");
                indent(6).append("to: \"").append(w.to()).append("\"\n");
                textField(6, "timeZone", w.timeZone());
                names(6, "teams", w.teams());
                names(6, "components", w.components());
            }
        }
        if (!g.freezes().isEmpty()) {
            indent(2).append("freezes:\n");
            for (Freeze f : g.freezes()) {
                indent(4).append("- ");
                boolean first = true;
                if (f.id() != null) {
                    out.append("id: ").append(YamlScalars.text(f.id())).append('\n');
                    first = false;
                }
                // quoted: a plain date-time is a YAML 1.1 timestamp to some readers (and not the fast path's subset)
                (first ? out : indent(6)).append("from: \"").append(f.from()).append("\"\n");
                indent(6).append("to: \"").append(f.to()).append("\"\n");
                textField(6, "timeZone", f.timeZone());
                textField(6, "reason", f.reason());
                names(6, "teams", f.teams());
                names(6, "components", f.components());
            }
        }
        if (!g.approvals().isEmpty()) {
            indent(2).append("approvals:\n");
            for (ApprovalRule r : g.approvals()) {
                indent(4).append("- id: ").append(YamlScalars.text(r.id())).append('\n');
                if (!r.tiers().isEmpty()) {
                    indent(6).append("tiers: ").append(r.tiers().toString()).append('\n');
                }
                names(6, "kinds", r.kinds());
                names(6, "teams", r.teams());
                names(6, "approvers", r.approvers());
                textField(6, "escalation", r.escalation());
                indent(6).append("latencyMinutes: {median: ").append(r.medianMinutes()).append(", p90: ")
                        .append(r.p90Minutes()).append("}\n");
                if (r.when() != null) {
                    textField(6, "when", r.when().expression());
                }
            }
        }
        if (!g.capacity().isEmpty()) {
            indent(2).append("capacity:\n");
            for (CapacityPool p : g.capacity()) {
                indent(4).append("- pool: ").append(YamlScalars.text(p.pool())).append('\n');
                indent(6).append("budget: ").append(amounts(p.budget(), "")).append('\n');
                if (!p.surges().isEmpty()) {
                    indent(6).append("surge:\n");
                    for (CapacityPool.Surge sg : p.surges()) {
                        StringBuilder sel = new StringBuilder();
                        selector(sel, "components", sg.components());
                        selector(sel, "teams", sg.teams());
                        selector(sel, "kinds", sg.kinds());
                        indent(8).append("- ").append(amounts(sg.cost(), sel.toString())).append('\n');
                    }
                }
            }
        }
    }

    /** {@code {components: [a, b], cpu: 4}}: the selectors first, then the amounts. */
    private static String amounts(java.util.Map<String, Double> amounts, String selectors) {
        StringBuilder b = new StringBuilder("{").append(selectors);
        for (var e : amounts.entrySet()) {
            if (b.length() > 1) {
                b.append(", ");
            }
            double v = e.getValue();
            b.append(YamlScalars.flowText(e.getKey())).append(": ")
                    .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : YamlScalars.number(v));
        }
        return b.append('}').toString();
    }

    private static void selector(StringBuilder b, String key, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        if (b.length() > 0) {
            b.append(", ");
        }
        b.append(key).append(": [");
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(YamlScalars.flowText(names.get(i)));
        }
        b.append(']');
    }

    private void names(int depth, String key, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        indent(depth).append(key).append(": [");
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(YamlScalars.flowText(names.get(i)));
        }
        out.append("]\n");
    }

    /** Keys in {@link ScenarioDecoder#KEYS} order; defaults (policy halt, 5 detection minutes) only when written. */
    private void scenario(SavedScenario s) {
        out.append("  - name: ").append(YamlScalars.text(s.name())).append('\n');
        textField(4, "onFailure", s.onFailure());
        if (s.detectionMinutes() != null) {
            indent(4).append("detectionMinutes: ").append(s.detectionMinutes()).append('\n');
        }
        if (!s.inject().isEmpty()) {
            indent(4).append("inject:\n");
            for (SavedScenario.BadVersion b : s.inject()) {
                indent(6).append("- {component: ").append(YamlScalars.flowText(b.component()))
                        .append(b.stage() != null ? ", stage: " + b.stage() : ", minute: " + b.minute()).append("}\n");
            }
        }
        if (!s.faults().isEmpty()) {
            indent(4).append("faults:\n");
            for (SavedScenario.Outage f : s.faults()) {
                indent(6).append("- {component: ").append(YamlScalars.flowText(f.component())).append(", from: ")
                        .append(f.from()).append(", to: ").append(f.to()).append("}\n");
            }
        }
    }

    private void component(Component c) {
        out.append("  - id: ").append(YamlScalars.text(c.id())).append('\n');
        textField(4, "name", c.name());
        textField(4, "kind", c.kind().id());
        textField(4, "team", c.team());
        textField(4, "system", c.system());
        if (c.tier() != null) {
            indent(4).append("tier: ").append(c.tier()).append('\n');
        }
        if (c.changing()) {
            indent(4).append("changing: true\n");
        }
        if (!c.rollout().isEmpty()) {
            indent(4).append("rollout:\n");
            rollout(c.rollout());
        }
        if (c.position() != null) {
            indent(4).append("position: {x: ").append(YamlScalars.number(c.position().x()))
                    .append(", y: ").append(YamlScalars.number(c.position().y())).append("}\n");
        }
        extras(4, c.extras(), ComponentDecoder.KEYS, "component '" + c.id() + "'");
    }

    private void rollout(Rollout r) {
        if (r.durationMinutes() != null) {
            indent(6).append("durationMinutes: ").append(r.durationMinutes()).append('\n');
        }
        if (r.stages() != null) {
            indent(6).append("stages: [");
            for (int i = 0; i < r.stages().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(r.stages().get(i));
            }
            out.append("]\n");
        }
        if (r.bakeMinutes() != null) {
            indent(6).append("bakeMinutes: ").append(r.bakeMinutes()).append('\n');
        }
        if (r.failureProbability() != null) {
            indent(6).append("failureProbability: ").append(YamlScalars.number(r.failureProbability())).append('\n');
        }
        if (r.gates() != null) {
            indent(6).append("gates: [");
            for (int i = 0; i < r.gates().size(); i++) {
                Gate g = r.gates().get(i);
                out.append(i == 0 ? "" : ", ").append("{metric: ").append(YamlScalars.flowText(g.metric()))
                        .append(", max: ").append(YamlScalars.number(g.max())).append('}');
            }
            out.append("]\n");
        }
        if (r.rollback() != null) {
            if (r.rollback().isEmpty()) {
                indent(6).append("rollback: []\n");
            } else {
                indent(6).append("rollback:\n");
                r.rollback().forEach(step -> indent(8).append("- ").append(YamlScalars.text(step)).append('\n'));
            }
        }
        if (r.rollbackMinutes() != null) {
            indent(6).append("rollbackMinutes: ").append(r.rollbackMinutes()).append('\n');
        }
    }

    private void dependency(Dependency d) {
        out.append("  - from: ").append(YamlScalars.text(d.from())).append('\n');
        textField(4, "to", d.to());
        textField(4, "kind", d.kind() == null ? null : d.kind().id());
        textField(4, "strength", d.strength() == null ? null : d.strength().id());
        extras(4, d.extras(), GraphDecoder.DEPENDENCY_KEYS, "dependency " + d.key());
    }

    private void group(ChangeGroup g) {
        out.append("  - id: ").append(YamlScalars.text(g.id())).append('\n');
        indent(4).append("members: [");
        for (int i = 0; i < g.members().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(YamlScalars.flowText(g.members().get(i)));
        }
        out.append("]\n");
        extras(4, g.extras(), GraphDecoder.GROUP_KEYS, "group '" + g.id() + "'");
    }

    private void textField(int indent, String key, String value) {
        if (value != null) {
            indent(indent).append(key).append(": ").append(YamlScalars.text(value)).append('\n');
        }
    }

    private StringBuilder indent(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
        return out;
    }

    // ---- extras: any plain YAML data, block style ------------------------------------------

    /** Extras after the known keys; an extra named like a known key would make a duplicate key, a bug upstream. */
    private void extras(int indent, Map<String, Object> extras, List<String> known, String owner) {
        if (extras.isEmpty()) {
            return;
        }
        for (String key : extras.keySet()) {
            if (known.contains(key)) {
                throw new IllegalArgumentException(owner + " has an extra key '" + key + "' that is a known key");
            }
        }
        extras.forEach((k, v) -> {
            indent(indent);
            entry(indent, k, v);
        });
    }

    /**
     * {@code key: value} whose key is already indented to {@code indent}; nested content goes 2 deeper. A key
     * longer than YAML allows for a simple key (1,024 characters up to its colon) is written as an explicit key,
     * {@code ? key} with {@code : value} on the next line, or the file would not read back.
     */
    private void entry(int indent, Object key, Object value) {
        String keyText = YamlScalars.text(String.valueOf(key));
        if (keyText.length() > MAX_SIMPLE_KEY) {
            out.append("? ").append(keyText).append('\n');
            indent(indent).append(':');
        } else {
            out.append(keyText).append(':');
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            map.forEach((k, v) -> {
                indent(indent + 2);
                entry(indent + 2, k, v);
            });
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            list.forEach(item -> item(indent + 2, item));
        } else {
            out.append(' ').append(leaf(value)).append('\n');
        }
    }

    /** {@code - item} at {@code indent}. */
    private void item(int indent, Object value) {
        indent(indent);
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append("- ");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    indent(indent + 2);
                }
                entry(indent + 2, e.getKey(), e.getValue());
                first = false;
            }
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append("-\n");
            list.forEach(item -> item(indent + 2, item));
        } else {
            out.append("- ").append(leaf(value)).append('\n');
        }
    }

    private static String leaf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return YamlScalars.text(s);
        }
        if (value instanceof WrittenNumber n) {
            return n.text();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Number n) {
            return YamlScalars.number(n);
        }
        if (value instanceof Map<?, ?>) {
            return "{}";
        }
        if (value instanceof List<?>) {
            return "[]";
        }
        throw new IllegalArgumentException("extras hold plain YAML data only, not " + value.getClass().getName());
    }
}
