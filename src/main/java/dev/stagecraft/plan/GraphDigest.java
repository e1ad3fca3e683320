package dev.stagecraft.plan;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code sha256:<hex>} of a graph's content in a canonical text form, so a plan names exactly the graph it
 * was built from. Canonical: components sorted by id, dependencies by (from, to), groups by id, one record
 * per line with every field as written (absent = {@code ~}). What does not change the rollout is left out:
 * positions (layout), the graph's metadata and unknown keys. Independent of file order and formatting.
 * O(V log V + E log E).
 */
public final class GraphDigest {
    private GraphDigest() {
    }

    public static String of(ServiceGraph graph) {
        MessageDigest sha = sha256();
        StringBuilder line = new StringBuilder(256);
        List<Component> components = new ArrayList<>(graph.components());
        components.sort(Comparator.comparing(Component::id));
        for (Component c : components) {
            line.setLength(0);
            line.append("component");
            field(line, c.id());
            field(line, c.name());
            field(line, c.kind().name());
            field(line, c.team());
            field(line, c.tier());
            field(line, c.changing());
            Rollout r = c.rollout();
            field(line, r.durationMinutes());
            field(line, r.stages());
            field(line, r.bakeMinutes());
            field(line, r.failureProbability());
            field(line, r.gates() == null ? null : r.gates().stream().map(GraphDigest::gate).toList());
            field(line, r.rollback());
            update(sha, line);
        }
        List<Dependency> dependencies = new ArrayList<>(graph.dependencies());
        dependencies.sort(Comparator.comparing(Dependency::from).thenComparing(Dependency::to));
        for (Dependency d : dependencies) {
            line.setLength(0);
            line.append("dependency");
            field(line, d.from());
            field(line, d.to());
            field(line, d.kind() == null ? null : d.kind().name());
            field(line, d.strength() == null ? null : d.strength().name());
            update(sha, line);
        }
        List<ChangeGroup> groups = new ArrayList<>(graph.groups());
        groups.sort(Comparator.comparing(ChangeGroup::id));
        for (ChangeGroup g : groups) {
            line.setLength(0);
            line.append("group");
            field(line, g.id());
            field(line, g.members());
            update(sha, line);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static String gate(Gate g) {
        return g.metric() + "<=" + g.max();
    }

    /** Appends {@code |value}; strings are escaped so no field can forge a separator or a line end. */
    private static void field(StringBuilder out, Object value) {
        out.append('|');
        if (value == null) {
            out.append('~');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                escape(out, String.valueOf(list.get(i)));
            }
            out.append(']');
        } else if (value instanceof String s) {
            out.append('"');
            escape(out, s);
            out.append('"');
        } else {
            out.append(value);
        }
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\', '|', '"', ',', '[', ']' -> out.append('\\').append(ch);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private static void update(MessageDigest sha, StringBuilder line) {
        line.append('\n');
        sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
