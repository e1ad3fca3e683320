package dev.stagecraft.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import dev.stagecraft.model.Strength;
import dev.stagecraft.model.WrittenNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Components and dependencies as flat text attributes, the common ground of DOT and GraphML: a node carries
 * {@code label} (the display name), {@code kind}, {@code team}, {@code tier}, {@code changing}, every rollout
 * field ({@code durationMinutes}, {@code stages} as {@code 1,10,100}, {@code bakeMinutes},
 * {@code failureProbability}, {@code gates} as a JSON list of {@code {"metric": ..., "max": ...}},
 * {@code rollback} as a JSON list of texts, {@code rollbackMinutes}), {@code group} (the change groups it
 * belongs to, comma separated) and {@code extras} (a JSON object, as the JSON format writes them); an edge
 * carries {@code kind}, {@code strength} and {@code extras}. JSON where a value is a list or a mapping, because
 * it is one unambiguous text inside a DOT string or an XML element, whatever the rollback steps say. Absent
 * attributes mean "not given"; a value that does not parse is reported and left out rather than failing the
 * import.
 */
public final class FlatAttributes {
    public static final List<String> NODE_KEYS = List.of("label", "kind", "team", "tier", "changing",
            "durationMinutes", "stages", "bakeMinutes", "failureProbability", "gates", "rollback", "rollbackMinutes",
            "group", "extras", "system");
    public static final List<String> EDGE_KEYS = List.of("kind", "strength", "extras");
    /** Keys of the graph itself (GraphML graph data; DOT graph id, {@code comment} and an {@code extras} attribute). */
    public static final List<String> GRAPH_KEYS = List.of("name", "description", "extras");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlatAttributes() {
    }

    /** A node's attributes, only those with a value, in {@link #NODE_KEYS} order. */
    public static Map<String, String> of(Component c, List<String> groups) {
        Map<String, String> a = new LinkedHashMap<>();
        if (c.name() != null) {
            a.put("label", c.name());
        }
        a.put("kind", c.kind().id());
        if (c.team() != null) {
            a.put("team", c.team());
        }
        if (c.tier() != null) {
            a.put("tier", c.tier().toString());
        }
        if (c.changing()) {
            a.put("changing", "true");
        }
        Rollout r = c.rollout();
        putIf(a, "durationMinutes", r.durationMinutes());
        if (r.stages() != null) {
            a.put("stages", String.join(",", r.stages().stream().map(String::valueOf).toList()));
        }
        putIf(a, "bakeMinutes", r.bakeMinutes());
        putIf(a, "failureProbability", r.failureProbability());
        if (r.gates() != null) {
            List<Map<String, Object>> gates = new ArrayList<>();
            for (Gate g : r.gates()) {
                Map<String, Object> gate = new LinkedHashMap<>();
                gate.put("metric", g.metric());
                gate.put("max", g.max());
                gates.add(gate);
            }
            a.put("gates", json(gates));
        }
        if (r.rollback() != null) {
            a.put("rollback", json(r.rollback()));
        }
        putIf(a, "rollbackMinutes", r.rollbackMinutes());
        if (!groups.isEmpty()) {
            a.put("group", String.join(",", groups));
        }
        if (!c.extras().isEmpty()) {
            a.put("extras", extrasText(c.extras()));
        }
        putIf(a, "system", c.system());
        return a;
    }

    /** Extras as the one-line JSON object the {@code extras} attribute holds. */
    public static String extrasText(Map<String, Object> extras) {
        return json(plain(extras));
    }

    private static void putIf(Map<String, String> a, String key, Object value) {
        if (value != null) {
            a.put(key, value.toString());
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    /** Extras with each {@link WrittenNumber} as its number: JSON has one spelling of a number. */
    private static Object plain(Object extra) {
        if (extra instanceof WrittenNumber n) {
            return n.value();
        }
        if (extra instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (extra instanceof List<?> list) {
            return list.stream().map(FlatAttributes::plain).toList();
        }
        return extra;
    }

    /** An edge's attributes, only those given. */
    public static Map<String, String> of(Dependency d) {
        Map<String, String> a = new LinkedHashMap<>();
        if (d.kind() != null) {
            a.put("kind", d.kind().id());
        }
        if (d.strength() != null) {
            a.put("strength", d.strength().id());
        }
        if (!d.extras().isEmpty()) {
            a.put("extras", extrasText(d.extras()));
        }
        return a;
    }

    /** Group ids of every component, for {@link #of(Component, List)}. */
    public static Map<String, List<String>> groupsByComponent(ServiceGraph g) {
        Map<String, List<String>> out = new HashMap<>();
        for (ChangeGroup group : g.groups()) {
            for (String m : group.members()) {
                out.computeIfAbsent(m, k -> new ArrayList<>()).add(group.id());
            }
        }
        return out;
    }

    /**
     * A component from node attributes.
     *
     * @param name        display name when there is no {@code label}, {@code null} for none
     * @param defaultKind kind when there is no {@code kind} attribute
     */
    public static Component component(String id, String name, Map<String, String> a, ComponentKind defaultKind,
                                      ImportReport.Builder report) {
        ComponentKind kind = defaultKind;
        String kindText = a.get("kind");
        if (kindText != null) {
            Optional<ComponentKind> parsed = ComponentKind.parse(kindText.trim());
            if (parsed.isPresent()) {
                kind = parsed.get();
            } else {
                report.warning("skipped", id + ": kind '" + kindText + "' is not one of " + ComponentKind.choices()
                        + "; " + defaultKind.id() + " assumed", 0, 0, List.of(id));
            }
        }
        String label = a.getOrDefault("label", name);
        Integer tier = integer(id, "tier", a.get("tier"), 0, 3, report);
        return new Component(id, label == null || label.isEmpty() || label.equals(id) ? null : label, kind,
                blankToNull(a.get("team")), blankToNull(a.get("system")), tier, "true".equalsIgnoreCase(a.get("changing")), rollout(id, a, report),
                null, extras(id, a.get("extras"), report));
    }

    private static Rollout rollout(String id, Map<String, String> a, ImportReport.Builder report) {
        return new Rollout(integer(id, "durationMinutes", a.get("durationMinutes"), 0, Integer.MAX_VALUE, report),
                stages(id, a.get("stages"), report),
                integer(id, "bakeMinutes", a.get("bakeMinutes"), 0, Integer.MAX_VALUE, report),
                probability(id, a.get("failureProbability"), report), gates(id, a.get("gates"), report),
                rollback(id, a.get("rollback"), report),
                integer(id, "rollbackMinutes", a.get("rollbackMinutes"), 0, Integer.MAX_VALUE, report));
    }

    private static List<Integer> stages(String id, String text, ImportReport.Builder report) {
        if (text == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(",", -1)) {
            Integer stage = integer(id, "a stage in stages", part, 1, 100, report);
            if (stage == null) {
                return null;
            }
            out.add(stage);
        }
        return out;
    }

    private static Double probability(String id, String text, ImportReport.Builder report) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double p = Double.parseDouble(text.trim());
            if (Double.isFinite(p)) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.warning("skipped", id + ": failureProbability '" + text + "' is not a finite number; left out", 0, 0,
                List.of(id));
        return null;
    }

    private static List<Gate> gates(String id, String text, ImportReport.Builder report) {
        JsonNode list = jsonList(id, "gates", text, "[{\"metric\": \"error_rate\", \"max\": 0.01}]", report);
        if (list == null) {
            return null;
        }
        List<Gate> out = new ArrayList<>();
        for (JsonNode g : list) {
            if (!g.isObject() || !g.path("metric").isTextual() || !g.path("max").isNumber()
                    || !Double.isFinite(g.path("max").asDouble())) {
                report.warning("skipped", id + ": gates '" + text + "': each gate is {\"metric\": text, \"max\":"
                        + " a finite number}; left out", 0, 0, List.of(id));
                return null;
            }
            out.add(new Gate(g.get("metric").asText(), g.get("max").asDouble()));
        }
        return out;
    }

    private static List<String> rollback(String id, String text, ImportReport.Builder report) {
        JsonNode list = jsonList(id, "rollback", text, "[\"helm rollback auth\"]", report);
        if (list == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode step : list) {
            if (!step.isTextual()) {
                report.warning("skipped", id + ": rollback '" + text + "': each step is a text; left out", 0, 0,
                        List.of(id));
                return null;
            }
            out.add(step.asText());
        }
        return out;
    }

    private static JsonNode jsonList(String id, String key, String text, String example, ImportReport.Builder report) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isArray()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        report.warning("skipped", id + ": " + key + " '" + text + "' is not a JSON list like " + example
                + "; left out", 0, 0, List.of(id));
        return null;
    }

    /** The extras of an {@code extras} attribute (a JSON object); empty when absent or not one (reported). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> extras(String owner, String text, ImportReport.Builder report) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Object value = JSON.readValue(text, Object.class);
            if (value instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        report.warning("skipped", owner + ": extras '" + text + "' is not a JSON object; left out", 0, 0, List.of());
        return Map.of();
    }

    /** A dependency from edge attributes. */
    public static Dependency dependency(String from, String to, Map<String, String> a, ImportReport.Builder report) {
        DependencyKind kind = null;
        Strength strength = null;
        if (a.get("kind") != null) {
            kind = DependencyKind.parse(a.get("kind").trim()).orElse(null);
            if (kind == null) {
                report.warning("skipped", from + " -> " + to + ": dependency kind '" + a.get("kind") + "' is not one of "
                        + DependencyKind.choices() + "; left out (sync)", 0, 0, List.of(from, to));
            }
        }
        if (a.get("strength") != null) {
            strength = Strength.parse(a.get("strength").trim()).orElse(null);
            if (strength == null) {
                report.warning("skipped", from + " -> " + to + ": strength '" + a.get("strength")
                        + "' is not hard or soft; left out (hard)", 0, 0, List.of(from, to));
            }
        }
        return new Dependency(from, to, kind, strength, extras(from + " -> " + to, a.get("extras"), report));
    }

    /**
     * What DOT and GraphML (which carry the flat attributes, the graph's name, description and extras) lose of this
     * graph, one sentence each: positions where the format has no place for them, the extras of change groups, and
     * numbers in extras written in another spelling ({@code 0x1f} comes back as {@code 31}, as in JSON).
     *
     * @param positions whether the format carries positions (GraphML's yEd geometry does, DOT does not)
     */
    public static List<String> losses(ServiceGraph g, String format, boolean positions) {
        List<String> out = new ArrayList<>();
        if (!positions && g.components().stream().anyMatch(c -> c.position() != null)) {
            out.add(format + " does not carry positions back (the editor lays the components out again)");
        }
        if (g.groups().stream().anyMatch(x -> !x.extras().isEmpty())) {
            out.add(format + " does not carry the extras of change groups (a group is a node attribute)");
        }
        boolean spelled = hasWrittenNumber(g.metadata().extras())
                || g.components().stream().anyMatch(c -> hasWrittenNumber(c.extras()))
                || g.dependencies().stream().anyMatch(d -> hasWrittenNumber(d.extras()));
        if (spelled) {
            out.add(format + " writes numbers in extras in JSON's one spelling (0x1f comes back as 31)");
        }
        String scenarios = dev.stagecraft.io.GraphWriter.scenarioLoss(g, format);
        if (scenarios != null) {
            out.add(scenarios);
        }
        return List.copyOf(out);
    }

    private static boolean hasWrittenNumber(Object extra) {
        if (extra instanceof WrittenNumber) {
            return true;
        }
        if (extra instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(FlatAttributes::hasWrittenNumber);
        }
        return extra instanceof List<?> list && list.stream().anyMatch(FlatAttributes::hasWrittenNumber);
    }

    /** Group ids named by a node's {@code group} attribute. */
    public static List<String> groups(Map<String, String> a) {
        String g = a.get("group");
        if (g == null || g.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : g.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /**
     * Adds the groups collected from {@code group} attributes, members in component order. Two group names that
     * make the same id ({@code "Auth Upgrade"}, {@code auth-upgrade}) become two groups, the second renamed and
     * reported at the first node that named it ({@code firstNamedAt}).
     */
    public static void addGroups(ServiceGraph g, Map<String, List<String>> membersByGroup,
                                 Map<String, SourceLocation> firstNamedAt, ImportReport.Builder report) {
        IdAllocator ids = new IdAllocator();
        membersByGroup.forEach((group, members) -> {
            SourceLocation at = firstNamedAt.get(group);
            String id = ids.fresh(group, "group '" + group + "'", at == null ? 0 : at.line(),
                    at == null ? 0 : at.column(), report);
            g.addGroup(ChangeGroup.of(id, members.stream().distinct().toList()));
        });
    }

    private static Integer integer(String id, String key, String text, int min, int max, ImportReport.Builder report) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(text.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.warning("skipped", id + ": " + key + " '" + text + "' is not a whole number in " + min + ".."
                + (max == Integer.MAX_VALUE ? "" : max) + "; left out", 0, 0, List.of(id));
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
