package dev.stagecraft.io.dot;

import dev.stagecraft.io.FlatAttributes;
import dev.stagecraft.io.GraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import java.util.Map;

/**
 * Writes a graph as Graphviz DOT: one node statement per component carrying the {@link FlatAttributes}
 * (plus a shape per kind so {@code dot -Tsvg} draws something readable), one edge per dependency (soft ones
 * dashed). The graph's name is the graph id, its description the graph's {@code comment}, its extras an
 * {@code extras} graph attribute. Every rollout setting and the extras are carried; positions are not (DOT's
 * {@code pos} means points for neato, not the editor's canvas).
 * O(V + E).
 */
public final class DotWriter implements GraphWriter {
    @Override
    public String write(ServiceGraph graph) {
        StringBuilder b = new StringBuilder(64 + graph.componentCount() * 64 + graph.dependencyCount() * 32);
        String name = graph.metadata().name();
        b.append("digraph ").append(name == null ? "" : quote(name) + " ").append("{\n");
        if (graph.metadata().description() != null) {
            b.append("  comment=").append(quoteKeepingLines(graph.metadata().description())).append(";\n");
        }
        if (!graph.metadata().extras().isEmpty()) {
            b.append("  extras=").append(quote(FlatAttributes.extrasText(graph.metadata().extras()))).append(";\n");
        }
        b.append("  rankdir=BT;\n  node [fontname=\"Helvetica\"];\n");
        Map<String, List<String>> groups = FlatAttributes.groupsByComponent(graph);
        for (Component c : graph.components()) {
            b.append("  ").append(quote(c.id())).append(" [");
            Map<String, String> a = FlatAttributes.of(c, groups.getOrDefault(c.id(), List.of()));
            a.forEach((k, v) -> b.append(k).append('=').append(quote(v)).append(", "));
            b.append("shape=").append(shape(c.kind())).append("];\n");
        }
        for (Dependency d : graph.dependencies()) {
            b.append("  ").append(quote(d.from())).append(" -> ").append(quote(d.to()));
            Map<String, String> a = FlatAttributes.of(d);
            if (!a.isEmpty() || !d.isHard()) {
                b.append(" [");
                a.forEach((k, v) -> b.append(k).append('=').append(quote(v)).append(", "));
                if (!d.isHard()) {
                    b.append("style=dashed, ");
                }
                b.setLength(b.length() - 2);
                b.append(']');
            }
            b.append(";\n");
        }
        return b.append("}\n").toString();
    }

    @Override
    public List<String> losses(ServiceGraph graph) {
        return FlatAttributes.losses(graph, "DOT", false);
    }

    private static String shape(ComponentKind kind) {
        return switch (kind) {
            case DATABASE -> "cylinder";
            case QUEUE -> "cds";
            case CACHE -> "box3d";
            case GATEWAY -> "hexagon";
            case EXTERNAL -> "doubleoctagon";
            case CONFIG -> "note";
            case JOB -> "component";
            case LIBRARY -> "tab";
            case SERVICE -> "box";
        };
    }

    /** A DOT string literal with line breaks as {@code \\n} (the graph's comment, read back by {@link DotReader}). */
    static String quoteKeepingLines(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A DOT string literal: quotes and backslashes escaped, line breaks as spaces. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
