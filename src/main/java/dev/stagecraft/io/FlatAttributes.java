package dev.stagecraft.io;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Components and dependencies as flat text attributes, the common ground of DOT and GraphML: a node carries
 * {@code label} (the display name), {@code kind}, {@code team}, {@code tier}, {@code changing},
 * {@code durationMinutes} and {@code group} (the change groups it belongs to, comma separated); an edge
 * carries {@code kind} and {@code strength}. Absent attributes mean "not given"; a value that does not parse
 * is reported and left out rather than failing the import.
 */
public final class FlatAttributes {
    public static final List<String> NODE_KEYS = List.of("label", "kind", "team", "tier", "changing",
            "durationMinutes", "group");
    public static final List<String> EDGE_KEYS = List.of("kind", "strength");

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
        if (c.rollout().durationMinutes() != null) {
            a.put("durationMinutes", c.rollout().durationMinutes().toString());
        }
        if (!groups.isEmpty()) {
            a.put("group", String.join(",", groups));
        }
        return a;
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
        Component c = new Component(id, label == null || label.isEmpty() || label.equals(id) ? null : label, kind,
                blankToNull(a.get("team")), null, "true".equalsIgnoreCase(a.get("changing")), null, null, Map.of());
        Integer tier = integer(id, "tier", a.get("tier"), 0, 3, report);
        Integer minutes = integer(id, "durationMinutes", a.get("durationMinutes"), 0, Integer.MAX_VALUE, report);
        c = c.withTier(tier);
        return minutes == null ? c : c.withRollout(c.rollout().withDurationMinutes(minutes));
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
        return Dependency.of(from, to, kind, strength);
    }

    /**
     * What DOT and GraphML (which carry the flat attributes, the graph's name and description) lose of this
     * graph, one sentence each: rollout settings but durationMinutes, positions, extras.
     */
    public static List<String> losses(ServiceGraph g, String format) {
        List<String> out = new ArrayList<>();
        if (g.components().stream().anyMatch(c -> !c.rollout().withDurationMinutes(null).isEmpty())) {
            out.add(format + " carries durationMinutes but not the other rollout settings (stages, gates, rollback)");
        }
        if (g.components().stream().anyMatch(c -> c.position() != null)) {
            out.add(format + " does not carry positions back (the editor lays the components out again)");
        }
        boolean extras = !g.metadata().extras().isEmpty()
                || g.components().stream().anyMatch(c -> !c.extras().isEmpty())
                || g.dependencies().stream().anyMatch(d -> !d.extras().isEmpty())
                || g.groups().stream().anyMatch(x -> !x.extras().isEmpty());
        if (extras) {
            out.add(format + " does not carry extras (keys Stagecraft does not know, kept by the native format and JSON)");
        }
        return List.copyOf(out);
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
