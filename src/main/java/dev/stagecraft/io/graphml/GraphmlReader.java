package dev.stagecraft.io.graphml;

import dev.stagecraft.io.FlatAttributes;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GraphML, yEd files included, with a secure StAX parser ({@link SecureXml}): a document with a
 * DOCTYPE is refused before anything it declares is read. Nodes become components: data keys named like
 * the {@link FlatAttributes} are mapped, the label comes from a {@code label} key or else from yEd's
 * {@code y:NodeLabel}, the position from yEd's {@code y:Geometry} (whose x, y is the box's top-left corner: the
 * position is its centre, x + width / 2, y + height / 2); yEd's generated node ids ({@code n0}, {@code n0::n3}) give way to ids made from the
 * labels. yEd group nodes (nodes holding a nested graph) are containers, not components; their members
 * are imported. Graph-level data keys named {@code name}, {@code description} and {@code extras} give the graph's. Edges mean
 * source depends on target. Everything ignored is reported. O(size of the text).
 */
public final class GraphmlReader implements GraphReader {
    private static final Pattern YED_ID = Pattern.compile("n\\d+(::n\\d+)*");

    /** A {@code <key>}: what it is for, its attribute name, whether it holds yEd graphics, its default. */
    private record Key(String domain, String name, boolean graphics, String defaultValue) {
    }

    /** @param parent the xml id of the yEd group node holding it, null at the top level */
    private record Node(String xmlId, Map<String, String> attributes, String yedLabel, Position position, int line,
                        int column, String parent) {
    }

    /** A {@code <node>} whose end tag is not read yet; it is a group container once a {@code <graph>} opens in it. */
    private static final class OpenNode {
        final String xmlId;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final int line;
        final int column;
        String yedLabel;
        Position position;
        boolean group;
        /** Drawn as a yEd note (a comment on the diagram), not as a part of the system. */
        boolean note;
        /** The group node it is drawn in, null at the top level. */
        final String parent;

        OpenNode(String xmlId, int line, int column, String parent) {
            this.parent = parent;
            this.xmlId = xmlId;
            this.line = line;
            this.column = column;
        }
    }

    /**
     * @param arrows yEd's arrowheads ({@code y:Arrows} source and target), null where the file draws none of its own
     */
    private record Edge(String source, String target, Map<String, String> attributes, int line, int column,
                        String[] arrows) {
    }

    @Override
    public ImportResult read(String text, String file) {
        XMLStreamReader r = SecureXml.open(text, file);
        try {
            return new Parse(r, file).run();
        } catch (XMLStreamException e) {
            throw SecureXml.error(e, file);
        } catch (MissingResourceException e) {
            throw SecureXml.internalError(e, r, file);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // closing a string reader cannot fail in a way that matters
            }
        }
    }

    private static final class Parse {
        private final XMLStreamReader r;
        private final String file;
        private final ImportReport.Builder report;
        private final Map<String, Key> keys = new HashMap<>();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Map<String, Integer> ignored = new TreeMap<>();
        private final List<String> groupNodes = new ArrayList<>();
        /** A yEd group's label (or its xml id when it has none) and the group it sits in, by xml id. */
        private final Map<String, String> groupLabels = new HashMap<>();
        private final Map<String, String> groupParents = new HashMap<>();
        private final List<String> noteNodes = new ArrayList<>();
        private boolean sawGraphml;
        private String graphName;
        private String graphDescription;
        private String graphExtras;
        private boolean undirected;

        Parse(XMLStreamReader r, String file) {
            this.r = r;
            this.file = file;
            this.report = new ImportReport.Builder("graphml", file);
        }

        ImportResult run() throws XMLStreamException {
            Deque<OpenNode> open = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw fail(SecureXml.REFUSED_DOCTYPE);
                }
                if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("node")) {
                    OpenNode node = open.pop();
                    if (node.group) {
                        groupNodes.add(node.xmlId);
                        groupLabels.put(node.xmlId, node.yedLabel != null ? node.yedLabel
                                : node.attributes.getOrDefault("label", node.xmlId));
                        if (node.parent != null) {
                            groupParents.put(node.xmlId, node.parent);
                        }
                    } else if (node.note) {
                        noteNodes.add(node.xmlId);
                        report.info("skipped", "node '" + node.xmlId + "' is a yEd note"
                                + (node.yedLabel == null ? "" : " (\"" + preview(node.yedLabel) + "\")")
                                + ", a comment on the diagram, not a component", node.line, node.column, List.of());
                    } else {
                        nodes.add(new Node(node.xmlId, node.attributes, node.yedLabel, node.position, node.line,
                                node.column, node.parent));
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "graphml" -> sawGraphml = true;
                    case "key" -> readKey();
                    case "graph" -> {
                        if (!open.isEmpty()) {
                            open.peek().group = true;
                        }
                        undirected |= "undirected".equals(r.getAttributeValue(null, "edgedefault"));
                    }
                    case "node" -> open.push(new OpenNode(require("id"), line(), column(),
                            open.isEmpty() ? null : open.peek().xmlId));
                    case "edge" -> readEdge();
                    case "data" -> {
                        if (!open.isEmpty()) {
                            readNodeData(open.peek());
                        } else {
                            readGraphData();
                        }
                    }
                    case "hyperedge", "port" -> countIgnored(r.getLocalName());
                    default -> { }
                }
            }
            if (!sawGraphml) {
                throw new GraphFormatException(file, 1, 1, "no <graphml> element: not a GraphML file");
            }
            return build();
        }

        private void readKey() throws XMLStreamException {
            String id = require("id");
            String domain = r.getAttributeValue(null, "for");
            String name = r.getAttributeValue(null, "attr.name");
            String yfiles = r.getAttributeValue(null, "yfiles.type");
            String defaultValue = null;
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (r.getLocalName().equals("default")) {
                        defaultValue = r.getElementText();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            keys.put(id, new Key(domain == null ? "all" : domain, name, "nodegraphics".equals(yfiles), defaultValue));
        }

        private void readEdge() throws XMLStreamException {
            int line = line();
            int column = column();
            String source = require("source");
            String target = require("target");
            undirected |= "false".equals(r.getAttributeValue(null, "directed"));
            Map<String, String> attributes = new LinkedHashMap<>();
            arrows = null;
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("data")) {
                        Key key = keys.get(r.getAttributeValue(null, "key"));
                        String value = dataText(null);
                        if (key != null && key.name() != null && FlatAttributes.EDGE_KEYS.contains(key.name())) {
                            attributes.put(key.name(), value.strip());
                        } else {
                            countIgnored("edge " + (key == null || key.name() == null ? "graphics" : key.name()));
                        }
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            edges.add(new Edge(source, target, attributes, line, column, arrows));
        }

        /** {@code <data>} of the graph itself: its name and description; other keys are counted as ignored. */
        private void readGraphData() throws XMLStreamException {
            String keyId = r.getAttributeValue(null, "key");
            Key key = keys.get(keyId);
            String value = dataText(null);
            // yEd's own graph field is "Description"; Stagecraft writes that name too.
            String name = key == null || key.name() == null ? null : key.name().toLowerCase(Locale.ROOT);
            if ("name".equals(name) && graphName == null) {
                graphName = value.strip();
            } else if ("description".equals(name) && graphDescription == null) {
                graphDescription = value;
            } else if ("extras".equals(name) && graphExtras == null) {
                graphExtras = value;
            } else {
                countIgnored(name == null ? "graph data key " + keyId : "graph " + name);
            }
        }

        private void readNodeData(OpenNode node) throws XMLStreamException {
            String keyId = r.getAttributeValue(null, "key");
            Key key = keys.get(keyId);
            boolean graphics = key != null && key.graphics();
            String value = dataText(graphics ? node : null);
            if (graphics) {
                return;
            }
            String name = key == null ? null : key.name();
            if (name != null && name.equals("name")) {
                name = "label";
            }
            if (name != null && FlatAttributes.NODE_KEYS.contains(name)) {
                node.attributes.put(name, value.strip());
            } else {
                countIgnored(name == null ? "data key " + keyId : name);
            }
        }

        /**
         * The text of the current {@code <data>} element (direct text only); when {@code graphicsOf} is given, the
         * first non-empty yEd {@code NodeLabel} inside becomes its label and the first {@code Geometry} its
         * position. Leaves the reader on {@code </data>}.
         */
        /** The arrowheads of the edge being read ({@code y:Arrows}), null until its graphics name them. */
        private String[] arrows;

        private String dataText(OpenNode graphicsOf) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw fail("an entity is not accepted in GraphML; nothing it refers to was read");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (graphicsOf != null && graphicsOf.yedLabel == null && r.getLocalName().equals("NodeLabel")) {
                        String t = ownText();
                        graphicsOf.yedLabel = t.isBlank() ? null : t.strip();
                    } else {
                        if (graphicsOf != null && graphicsOf.position == null && r.getLocalName().equals("Geometry")) {
                            graphicsOf.position = geometry(graphicsOf.xmlId);
                        }
                        if (graphicsOf != null && r.getLocalName().equals("UMLNoteNode")) {
                            graphicsOf.note = true;
                        }
                        if (graphicsOf == null && r.getLocalName().equals("Arrows")) {
                            arrows = new String[] {r.getAttributeValue(null, "source"), r.getAttributeValue(null, "target")};
                        }
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(r.getText());
                }
            }
            return text.toString();
        }

        /**
         * The centre of the yEd box at the reader ({@code <y:Geometry x y width height>}: top-left corner and size);
         * {@code null}, reported, when x or y is missing or not a finite number (a missing size counts as 0).
         */
        private Position geometry(String nodeId) {
            double x = coordinate(r.getAttributeValue(null, "x"));
            double y = coordinate(r.getAttributeValue(null, "y"));
            double width = coordinate(r.getAttributeValue(null, "width"));
            double height = coordinate(r.getAttributeValue(null, "height"));
            if (Double.isNaN(x) || Double.isNaN(y)) {
                report.warning("skipped", "node '" + nodeId + "': its y:Geometry has no finite x and y; placed"
                        + " as the editor places new components", line(), column(), List.of());
                return null;
            }
            double centreX = x + (Double.isNaN(width) ? 0 : width / 2);
            double centreY = y + (Double.isNaN(height) ? 0 : height / 2);
            return Double.isFinite(centreX) && Double.isFinite(centreY) ? new Position(centreX, centreY) : null;
        }

        /** A number of a yEd attribute; NaN when absent or not a finite number. */
        private static double coordinate(String text) {
            if (text == null) {
                return Double.NaN;
            }
            try {
                double v = Double.parseDouble(text.strip());
                return Double.isFinite(v) ? v : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        /** The direct text of the current element, skipping nested elements (yEd nests label models in labels). */
        private String ownText() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw fail("an entity is not accepted in GraphML; nothing it refers to was read");
                }
            }
            return text.toString();
        }

        private ImportResult build() {
            ServiceGraph graph = new ServiceGraph();
            if (graphName != null && !graphName.isEmpty() || graphDescription != null || graphExtras != null) {
                graph.setMetadata(new GraphMetadata(graphName == null || graphName.isEmpty() ? null : graphName,
                        graphDescription, FlatAttributes.extras("the graph", graphExtras, report)));
            }
            IdAllocator ids = new IdAllocator();
            Map<String, String> idOf = new HashMap<>(nodes.size() * 2);
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Map<String, SourceLocation> groupAt = new HashMap<>();
            List<String> defaulted = new ArrayList<>();
            int renamed = 0;
            List<Boolean> keeps = new ArrayList<>(nodes.size());
            for (Node n : nodes) {
                boolean keep = keepsId(n) && ids.claim(n.xmlId(), n.line(), n.column());
                keeps.add(keep);
            }
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                Map<String, String> a = withDefaults(n.attributes());
                String label = label(n, a);
                String id = keeps.get(i) ? n.xmlId() : ids.fresh(label != null && !label.isBlank() ? label : n.xmlId(),
                        "node '" + n.xmlId() + "'" + (label == null ? "" : " (label '" + label + "')"), n.line(),
                        n.column(), report);
                if (!id.equals(n.xmlId())) {
                    renamed++;
                }
                if (idOf.containsKey(n.xmlId())) {
                    report.warning("duplicate", "the node id '" + n.xmlId() + "' appears a second time; this node"
                            + " became '" + id + "' and edges naming '" + n.xmlId() + "' go to the first one",
                            n.line(), n.column(), List.of(id));
                }
                idOf.putIfAbsent(n.xmlId(), id);
                if (!a.containsKey("kind")) {
                    defaulted.add(id);
                }
                Component c = FlatAttributes.component(id, label, a, ComponentKind.SERVICE, report)
                        .withPosition(n.position());
                if (c.system() == null && n.parent() != null) {
                    c = c.withSystem(systemOf(n.parent()));
                }
                graph.addComponent(c);
                for (String g : FlatAttributes.groups(a)) {
                    groups.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
                    groupAt.putIfAbsent(g, new SourceLocation(file, n.line(), n.column()));
                }
            }
            int duplicates = 0;
            List<SourceLocation> unarrowed = new ArrayList<>();
            List<SourceLocation> twoHeaded = new ArrayList<>();
            for (Edge e : edges) {
                String from = idOf.get(e.source());
                String to = idOf.get(e.target());
                if (e.arrows() != null && from != null && to != null) {
                    boolean atSource = e.arrows()[0] != null && !"none".equals(e.arrows()[0]);
                    boolean atTarget = e.arrows()[1] != null && !"none".equals(e.arrows()[1]);
                    if (atSource && !atTarget) {
                        // drawn with its arrowhead at the source: the arrow, as the reader sees it, runs the other way
                        report.info("reversed-edge", "the edge " + from + " -> " + to + " is drawn with its arrowhead at "
                                + from + ", so it was read as " + to + " depends on " + from, e.line(), e.column(),
                                List.of(to, from));
                        String swap = from;
                        from = to;
                        to = swap;
                    } else if (!atSource && !atTarget) {
                        unarrowed.add(new SourceLocation(file, e.line(), e.column()));
                    } else if (atSource) {
                        twoHeaded.add(new SourceLocation(file, e.line(), e.column()));
                    }
                }
                if (from == null || to == null) {
                    String missing = from == null ? e.source() : e.target();
                    report.warning("skipped", "edge " + e.source() + " -> " + e.target() + " skipped: '" + missing + "' is "
                            + (groupNodes.contains(missing) ? "a group node"
                            : noteNodes.contains(missing) ? "a note" : "no node in this file"),
                            e.line(), e.column(), List.of());
                    continue;
                }
                if (graph.dependency(from, to).isPresent()) {
                    duplicates++;
                    continue;
                }
                graph.addDependency(FlatAttributes.dependency(from, to, e.attributes(), report));
            }
            if (!unarrowed.isEmpty()) {
                report.warning("guessed-direction", unarrowed.size() + " edge(s) drawn without arrowheads (the first at line "
                        + unarrowed.get(0).line() + ") were read as source depends on target", 0, 0, List.of());
            }
            if (!twoHeaded.isEmpty()) {
                report.warning("guessed-direction", twoHeaded.size() + " edge(s) with arrowheads at both ends (the first at"
                        + " line " + twoHeaded.get(0).line() + ") were read as source depends on target", 0, 0, List.of());
            }
            FlatAttributes.addGroups(graph, groups, groupAt, report);
            summarize(renamed, duplicates, defaulted);
            return new ImportResult(graph, report.build());
        }

        /** A yEd group's system name: its label, inside an outer group "outer / inner". */
        private String systemOf(String group) {
            StringBuilder name = new StringBuilder(groupLabels.getOrDefault(group, group).replaceAll("\\s+", " ").strip());
            java.util.Set<String> seen = new java.util.HashSet<>(java.util.List.of(group));
            for (String up = groupParents.get(group); up != null && seen.add(up); up = groupParents.get(up)) {
                name.insert(0, groupLabels.getOrDefault(up, up).replaceAll("\\s+", " ").strip() + " / ");
            }
            return name.toString();
        }

        /** yEd's generated ids ({@code n0::n3}) give way to the label; other valid ids are kept. */
        private boolean keepsId(Node n) {
            String label = label(n, withDefaults(n.attributes()));
            boolean generated = YED_ID.matcher(n.xmlId()).matches() && label != null && !label.isBlank();
            return !generated && Component.ID_PATTERN.matcher(n.xmlId()).matches();
        }

        private static String label(Node n, Map<String, String> attributes) {
            return attributes.getOrDefault("label", n.yedLabel());
        }

        private Map<String, String> withDefaults(Map<String, String> a) {
            Map<String, String> out = null;
            for (Key k : keys.values()) {
                if (k.defaultValue() != null && k.name() != null && !k.domain().equals("edge")
                        && FlatAttributes.NODE_KEYS.contains(k.name()) && !a.containsKey(k.name())) {
                    out = out == null ? new LinkedHashMap<>(a) : out;
                    out.put(k.name(), k.defaultValue().strip());
                }
            }
            return out == null ? a : out;
        }

        private static String preview(String text) {
            String one = text.replaceAll("\\s+", " ").strip();
            return one.length() <= 40 ? one : one.substring(0, 40) + "\u2026";
        }

        private void summarize(int renamed, int duplicates, List<String> defaulted) {
            if (!groupNodes.isEmpty()) {
                report.info("system", groupNodes.size() + " group node(s) are containers, not components;"
                        + " their members were imported, each group drawn as a system", 0, 0, List.of());
            }
            if (renamed > 0) {
                report.info("renamed-id", renamed + " node id(s) were generated or not valid ids;"
                        + " ids were made from their labels", 0, 0, List.of());
            }
            if (undirected) {
                report.warning("guessed-direction", "the graph has undirected edges; each was read as"
                        + " source depends on target", 0, 0, List.of());
            }
            if (duplicates > 0) {
                report.warning("duplicate", duplicates + " repeated edge(s) merged into one", 0, 0, List.of());
            }
            if (!defaulted.isEmpty()) {
                report.info("guessed-kind", defaulted.size() + " node(s) without a kind read as service", 0, 0,
                        defaulted);
            }
            if (!ignored.isEmpty()) {
                StringBuilder b = new StringBuilder("data with no meaning here was ignored:");
                ignored.forEach((k, n) -> b.append(' ').append(k).append(" (").append(n).append(')'));
                report.info("skipped", b.toString(), 0, 0, List.of());
            }
        }

        private void countIgnored(String what) {
            ignored.merge(what, 1, Integer::sum);
        }

        private String require(String attribute) {
            String v = r.getAttributeValue(null, attribute);
            if (v == null) {
                throw fail("<" + r.getLocalName() + "> needs the attribute '" + attribute + "'");
            }
            return v;
        }

        private int line() {
            return Math.max(1, r.getLocation().getLineNumber());
        }

        private int column() {
            return Math.max(1, r.getLocation().getColumnNumber());
        }

        private GraphFormatException fail(String sentence) {
            return new GraphFormatException(file, line(), column(), sentence);
        }
    }
}
