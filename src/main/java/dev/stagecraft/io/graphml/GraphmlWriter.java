package dev.stagecraft.io.graphml;

import dev.stagecraft.io.FlatAttributes;
import dev.stagecraft.io.GraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import java.util.Map;

/**
 * Writes GraphML that yEd opens with labels: each component is a node whose id is the component id, with
 * the {@link FlatAttributes} as typed {@code <data>} (every field the native file has but the position) and a yEd
 * {@code ShapeNode} (key with {@code yfiles.type="nodegraphics"}) whose {@code NodeLabel} is the display name and
 * whose {@code Geometry} is the position: yEd's x and y are the box's top-left corner, Stagecraft's position its
 * centre, so x = centre - width / 2 ({@link #WIDTH} by {@link #HEIGHT}). Components without a position sit on a
 * simple grid, and come back at those places. Graph {@code <data>}: name, description, extras. Soft dependencies
 * are dashed. O(V + E).
 */
public final class GraphmlWriter implements GraphWriter {
    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YED_NS = "http://www.yworks.com/xml/graphml";
    /** The box written for every node, in yEd's units (the reader takes each node's own size). */
    static final double WIDTH = 140;
    static final double HEIGHT = 40;
    /** Node attribute keys: d0..d14 in {@link FlatAttributes#NODE_KEYS} order, then the yEd graphics. */
    private static final String[] NODE_TYPES = {"string", "string", "string", "int", "boolean", "int", "string",
            "int", "double", "string", "string", "int", "string", "string", "string"};

    @Override
    public String write(ServiceGraph graph) {
        StringBuilder b = new StringBuilder(1024 + graph.componentCount() * 420 + graph.dependencyCount() * 220);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        b.append("<graphml xmlns=\"").append(GRAPHML_NS).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:y=\"").append(YED_NS).append("\" xsi:schemaLocation=\"").append(GRAPHML_NS)
                .append(" http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n");
        List<String> nodeKeys = FlatAttributes.NODE_KEYS;
        for (int i = 0; i < nodeKeys.size(); i++) {
            b.append("  <key id=\"d").append(i).append("\" for=\"node\" attr.name=\"").append(nodeKeys.get(i))
                    .append("\" attr.type=\"").append(NODE_TYPES[i]).append("\"/>\n");
        }
        int graphics = nodeKeys.size();
        b.append("  <key id=\"d").append(graphics).append("\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
        b.append("  <key id=\"e0\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"e1\" for=\"edge\" attr.name=\"strength\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"e2\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
        b.append("  <key id=\"e3\" for=\"edge\" attr.name=\"extras\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"g0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"g1\" for=\"graph\" attr.name=\"Description\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"g2\" for=\"graph\" attr.name=\"extras\" attr.type=\"string\"/>\n");
        b.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
        if (graph.metadata().name() != null) {
            b.append("    <data key=\"g0\">").append(escape(graph.metadata().name())).append("</data>\n");
        }
        if (graph.metadata().description() != null) {
            b.append("    <data key=\"g1\">").append(escape(graph.metadata().description())).append("</data>\n");
        }
        if (!graph.metadata().extras().isEmpty()) {
            b.append("    <data key=\"g2\">").append(escape(FlatAttributes.extrasText(graph.metadata().extras())))
                    .append("</data>\n");
        }
        Map<String, List<String>> groups = FlatAttributes.groupsByComponent(graph);
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(graph.componentCount())));
        int index = 0;
        for (Component c : graph.components()) {
            b.append("    <node id=\"").append(escape(c.id())).append("\">\n");
            Map<String, String> a = FlatAttributes.of(c, groups.getOrDefault(c.id(), List.of()));
            for (int i = 0; i < nodeKeys.size(); i++) {
                String v = a.get(nodeKeys.get(i));
                if (v != null) {
                    b.append("      <data key=\"d").append(i).append("\">").append(escape(v)).append("</data>\n");
                }
            }
            double x = c.position() != null ? c.position().x() : (index % columns) * 180.0;
            double y = c.position() != null ? c.position().y() : (index / columns) * 90.0;
            index++;
            b.append("      <data key=\"d").append(graphics).append("\"><y:ShapeNode><y:Geometry height=\"")
                    .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" x=\"").append(x - WIDTH / 2)
                    .append("\" y=\"").append(y - HEIGHT / 2).append("\"/><y:Fill color=\"")
                    .append(fill(c.kind())).append("\" transparent=\"false\"/><y:NodeLabel>")
                    .append(escape(c.displayName())).append("</y:NodeLabel><y:Shape type=\"").append(shape(c.kind()))
                    .append("\"/></y:ShapeNode></data>\n");
            b.append("    </node>\n");
        }
        int e = 0;
        for (Dependency d : graph.dependencies()) {
            b.append("    <edge id=\"e").append(e++).append("\" source=\"").append(escape(d.from()))
                    .append("\" target=\"").append(escape(d.to())).append("\">");
            if (d.kind() != null) {
                b.append("<data key=\"e0\">").append(d.kind().id()).append("</data>");
            }
            if (d.strength() != null) {
                b.append("<data key=\"e1\">").append(d.strength().id()).append("</data>");
            }
            if (!d.extras().isEmpty()) {
                b.append("<data key=\"e3\">").append(escape(FlatAttributes.extrasText(d.extras()))).append("</data>");
            }
            b.append("<data key=\"e2\"><y:PolyLineEdge><y:LineStyle type=\"").append(d.isHard() ? "line" : "dashed")
                    .append("\"/><y:Arrows source=\"none\" target=\"standard\"/></y:PolyLineEdge></data></edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    @Override
    public List<String> losses(ServiceGraph graph) {
        return FlatAttributes.losses(graph, "GraphML", true);
    }

    private static String shape(ComponentKind kind) {
        return switch (kind) {
            case DATABASE, CACHE -> "ellipse";
            case QUEUE -> "parallelogram";
            case GATEWAY -> "hexagon";
            case EXTERNAL -> "octagon";
            case CONFIG, LIBRARY -> "rectangle";
            case SERVICE, JOB -> "roundrectangle";
        };
    }

    private static String fill(ComponentKind kind) {
        return switch (kind) {
            case DATABASE -> "#DCE9F5";
            case CACHE -> "#E3F2E1";
            case QUEUE -> "#FBEBD3";
            case GATEWAY -> "#EDE3F5";
            case EXTERNAL -> "#EEEEEE";
            default -> "#FFFFFF";
        };
    }

    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r != null || b != null) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
