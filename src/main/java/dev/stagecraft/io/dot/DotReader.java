package dev.stagecraft.io.dot;

import dev.stagecraft.io.FlatAttributes;
import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.LineIndex;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads Graphviz DOT with {@link DotParser}, which gives the events of JGraphT's {@code DOTEventDrivenImporter}
 * faster; JGraphT's importer stays as the reference in the tests ({@code JGraphTDotReader}). Each node is a component, each edge
 * {@code a -> b} means a depends on b (as in {@code terraform graph}). The graph id is the graph's name, a
 * top-level {@code comment} its description. Node attributes {@code label, kind,
 * team, tier, changing, durationMinutes, group} and edge attributes {@code kind, strength} are mapped (see
 * {@link FlatAttributes}); other attributes are reported as ignored. Node names that are not valid ids
 * become ids made from the label (or the name). Terraform's bookkeeping nodes are skipped and resource kinds
 * guessed from their type, each reported. O(V + E).
 *
 * <p>Why a parser of our own: on a 20,000-component / 100,000-dependency file (7.1 MB, Java 17, 2 shared
 * cores; {@code ImportBenchmark}, median of 5 warm runs, three sessions) JGraphT's ANTLR parse alone took
 * 440-480 ms and its whole import 585-620 ms; {@link DotParser} parses in 50-95 ms and the whole import takes
 * 170-195 ms (one noisy session: 740 ms, min 154 ms). {@code stagecraft convert} of that file to YAML, the
 * whole process ({@code hyperfine -w 1 -r 5}), in the quietest of four sessions: median 1.25 s (1.24-1.34)
 * against 2.05 s (1.96-2.11) with JGraphT; user CPU 2.0-2.1 s against 3.4-3.7 s in every session. The other
 * sessions' medians (1.2-2.4 s against 2.1-3.0 s) mostly measure other work on the machine.
 */
public final class DotReader implements GraphReader {
    /** An edge seen, with the attributes that followed it. */
    private record Edge(String from, String to, Map<String, String> attributes) {
    }

    /** The events of one text, collected in the order they came; the same for both parsers. */
    static final class Statements implements DotEvents {
        final Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        final Map<String, Integer> offsets = new HashMap<>();
        final List<Edge> edges = new ArrayList<>();
        final Map<String, String> graphAttributes = new HashMap<>();

        @Override
        public void vertex(String id) {
            nodes.computeIfAbsent(id, k -> new HashMap<>(8));
        }

        @Override
        public void vertexAt(String id, int offset) {
            vertex(id);
            offsets.put(id, offset);
        }

        @Override
        public void vertexAttribute(String vertex, String key, String value) {
            nodes.computeIfAbsent(vertex, k -> new HashMap<>(8)).put(key, unescape(value));
        }

        @Override
        public void edge(String from, String to) {
            edges.add(new Edge(from, to, new HashMap<>(4)));
        }

        @Override
        public void edgeAttribute(String key, String value) {
            edges.get(edges.size() - 1).attributes().put(key, unescape(value));
        }

        @Override
        public void graphAttribute(String key, String value) {
            graphAttributes.put(key, value);
        }
    }

    @Override
    public ImportResult read(String text, String file) {
        Statements statements = new Statements();
        new DotParser(text, file, statements).parse();
        return build(statements, file, new LineIndex(text));
    }

    /** The import of the events collected from {@code file}; {@code lines} places the nodes. */
    static ImportResult build(Statements statements, String file, LineIndex lines) {
        Map<String, Map<String, String>> nodes = statements.nodes;
        ImportReport.Builder report = new ImportReport.Builder("dot", file);
        ServiceGraph graph = new ServiceGraph();
        String name = statements.graphAttributes.get(DotEvents.GRAPH_ID_KEY);
        String comment = statements.graphAttributes.get("comment");
        String extras = statements.graphAttributes.get("extras");
        if (name != null && !name.isBlank() || comment != null || extras != null) {
            graph.setMetadata(new GraphMetadata(name == null || name.isBlank() ? null : unescape(name),
                    comment == null ? null : commentText(comment),
                    FlatAttributes.extras("the graph", unescape(extras), report)));
        }
        IdAllocator ids = new IdAllocator();
        Map<String, String> idOf = new HashMap<>(nodes.size() * 2);
        Map<String, Integer> ignored = new TreeMap<>();
        Map<String, List<String>> guessed = new TreeMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, SourceLocation> groupAt = new HashMap<>();
        int skipped = 0;
        int renamed = 0;
        boolean terraform = TerraformNodes.isTerraformGraph(nodes.keySet());
        java.util.function.Predicate<String> internal = n -> terraform && TerraformNodes.isInternal(n);
        for (String nodeName : nodes.keySet()) {
            if (Component.ID_PATTERN.matcher(nodeName).matches() && !internal.test(nodeName)) {
                SourceLocation at = place(statements, nodeName, lines, file);
                ids.claim(nodeName, at.line(), at.column());
                idOf.put(nodeName, nodeName);
            }
        }
        for (Map.Entry<String, Map<String, String>> node : nodes.entrySet()) {
            String nodeName = node.getKey();
            Map<String, String> a = node.getValue();
            if (internal.test(nodeName)) {
                skipped++;
                continue;
            }
            String label = a.get("label");
            boolean valid = Component.ID_PATTERN.matcher(nodeName).matches();
            SourceLocation at = place(statements, nodeName, lines, file);
            String id = valid ? nodeName : ids.fresh(label != null && !label.isBlank() ? label : nodeName,
                    "node '" + nodeName + "'" + (label == null || label.equals(nodeName) ? "" : " (label '" + label + "')"),
                    at.line(), at.column(), report);
            renamed += id.equals(nodeName) ? 0 : 1;
            idOf.put(nodeName, id);
            ComponentKind kind = ComponentKind.SERVICE;
            if (!a.containsKey("kind")) {
                ComponentKind guess = terraform
                        ? TerraformNodes.guess(label != null ? label : nodeName) : null;
                kind = guess == null ? ComponentKind.SERVICE : guess;
                guessed.computeIfAbsent(kind.id(), k -> new ArrayList<>()).add(id);
            }
            graph.addComponent(FlatAttributes.component(id, valid ? null : nodeName.equals(label) ? null : label,
                    a, kind, report));
            for (String g : FlatAttributes.groups(a)) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
                groupAt.putIfAbsent(g, at);
            }
            a.keySet().stream().filter(k -> !FlatAttributes.NODE_KEYS.contains(k)).forEach(k -> ignored.merge(k, 1, Integer::sum));
        }
        int duplicates = 0;
        int dropped = 0;
        int joined = 0;
        // Terraform's bookkeeping stands between resources (a -> var.x -> b, a -> module.m.output.o -> b): a
        // dependency through such nodes joins the resources at its ends, so no chain is cut
        Map<String, List<String>> through = new HashMap<>();
        if (terraform) {
            for (Edge e : statements.edges) {
                if (internal.test(e.from())) {
                    through.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
                }
            }
        }
        List<Edge> edges = new ArrayList<>(statements.edges.size());
        for (Edge e : statements.edges) {
            if (internal.test(e.from())) {
                continue;
            }
            if (!internal.test(e.to())) {
                edges.add(e);
                continue;
            }
            for (String end : reachedThrough(e.to(), through, internal)) {
                edges.add(new Edge(e.from(), end, Map.of()));
                joined++;
            }
        }
        for (Edge e : edges) {
            String from = idOf.get(e.from());
            String to = idOf.get(e.to());
            if (from == null || to == null) {
                dropped++;
                continue;
            }
            if (graph.dependency(from, to).isPresent()) {
                duplicates++;
                continue;
            }
            graph.addDependency(FlatAttributes.dependency(from, to, e.attributes(), report));
            e.attributes().keySet().stream().filter(k -> !FlatAttributes.EDGE_KEYS.contains(k))
                    .forEach(k -> ignored.merge("edge " + k, 1, Integer::sum));
        }
        FlatAttributes.addGroups(graph, groups, groupAt, report);
        if (joined > 0) {
            report.info("joined", joined + " dependenc" + (joined == 1 ? "y runs" : "ies run") + " through Terraform's"
                    + " variables, locals, outputs or module calls; each was kept as a dependency between the"
                    + " resources at its ends", 0, 0, List.of());
        }
        summarize(report, skipped, dropped, renamed, duplicates, guessed, ignored);
        return new ImportResult(graph, report.build());
    }

    /** The non-bookkeeping nodes reached from a bookkeeping one through bookkeeping nodes only (iterative, each once). */
    private static List<String> reachedThrough(String start, Map<String, List<String>> through,
                                               java.util.function.Predicate<String> internal) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        todo.push(start);
        seen.add(start);
        while (!todo.isEmpty()) {
            for (String next : through.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(next)) {
                    if (internal.test(next)) {
                        todo.push(next);
                    } else {
                        out.add(next);
                    }
                }
            }
        }
        return out;
    }

    /** Where the node is first named; line 0 when the parser could not say (JGraphT's). */
    private static SourceLocation place(Statements statements, String node, LineIndex lines, String file) {
        int offset = statements.offsets.getOrDefault(node, -1);
        return offset < 0 ? new SourceLocation(file, 0, 0) : new SourceLocation(file, lines.line(offset), lines.column(offset));
    }

    private static void summarize(ImportReport.Builder report, int skipped, int dropped, int renamed, int duplicates,
                                  Map<String, List<String>> guessed, Map<String, Integer> ignored) {
        if (skipped > 0) {
            report.warning("skipped", skipped + " Terraform bookkeeping node(s) (root, (close), meta.count-boundary,"
                    + " variables, locals, outputs, module calls) skipped; dependencies through them join the resources"
                    + " at their ends" + (dropped > 0 ? "; " + dropped + " edge(s) naming no node were dropped" : ""),
                    0, 0, List.of());
        }
        if (renamed > 0) {
            report.info("renamed-id", renamed + " node name(s) are not valid ids; ids were made from their labels",
                    0, 0, List.of());
        }
        if (duplicates > 0) {
            report.warning("duplicate", duplicates + " repeated edge(s) between the same two nodes merged into one",
                    0, 0, List.of());
        }
        guessed.forEach((kind, who) -> report.info("guessed-kind", who.size() + " node(s) without a kind attribute"
                + " read as " + kind + ": " + preview(who), 0, 0, who));
        if (!ignored.isEmpty()) {
            StringBuilder b = new StringBuilder("attributes with no meaning here were ignored:");
            ignored.forEach((k, n) -> b.append(' ').append(k).append(" (").append(n).append(')'));
            report.info("skipped", b.toString(), 0, 0, List.of());
        }
    }

    private static String preview(List<String> ids) {
        return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", ...";
    }

    /** The graph's {@code comment} is its description: {@code \\n} is a line break, {@code \\\\} a backslash. */
    private static String commentText(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && (value.charAt(i + 1) == 'n' || value.charAt(i + 1) == '\\')) {
                b.append(value.charAt(++i) == 'n' ? '\n' : '\\');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The parsers unescape \" only; DOT writers also escape the backslash. */
    private static String unescape(String value) {
        return value == null || value.indexOf('\\') < 0 ? value : value.replace("\\\\", "\\");
    }
}
