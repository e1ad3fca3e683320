package dev.stagecraft.io.dot;

import dev.stagecraft.io.dot.DotLexer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A hand-written recursive-descent parser for the DOT language that delivers the same {@link DotEvents}, in
 * the same order, as JGraphT's ANTLR-based {@code DOTEventDrivenImporter}, about ten times faster (see
 * {@link DotReader}). Grammar, as JGraphT reads it:
 * <pre>
 * graph     : 'strict'? ('graph' | 'digraph') id? '{' (statement ';'?)* '}'
 * statement : ('graph' | 'node' | 'edge') attrLists | id '=' id | subgraph (edgeOp operand)* attrLists?
 *           | node (edgeOp operand)+ attrLists? | node attrLists?
 * attrLists : ('[' (id '=' id (';' | ',')?)* ']')+
 * node      : id (':' id (':' id)?)?          (ports are ignored)
 * subgraph  : ('subgraph' id?)? '{' (statement ';'?)* '}'
 * </pre>
 * Semantics kept from JGraphT: {@code node [..]}/{@code edge [..]} set defaults for the rest of the current
 * (sub)graph and the subgraphs it opens; a node gets the defaults only when first seen; {@code a=b} is a graph
 * attribute at top level and ignored in subgraphs, {@code graph [..]} is ignored; a subgraph used in an edge
 * stands for the nodes first seen inside it; both edge operators are accepted in both kinds of graph.
 * Beyond JGraphT, as Graphviz: {@code "a" + "b"} concatenation and ids with any non-ASCII character.
 * Unlike JGraphT, text after the graph's closing brace is an error rather than ignored. O(length).
 */
final class DotParser {
    /** Deeper nesting is surely not a service graph, and would exhaust the stack. */
    private static final int MAX_DEPTH = 1000;

    /** A graph or subgraph: its default attributes and the nodes first seen inside it. */
    private static final class Scope {
        final Scope parent;
        final Map<String, String> nodeDefaults;
        final Map<String, String> edgeDefaults;
        final List<String> vertices = new ArrayList<>();

        Scope(Scope parent) {
            this.parent = parent;
            this.nodeDefaults = parent == null ? new HashMap<>() : new HashMap<>(parent.nodeDefaults);
            this.edgeDefaults = parent == null ? new HashMap<>() : new HashMap<>(parent.edgeDefaults);
        }
    }

    private final DotLexer lexer;
    private final DotEvents events;
    private final Set<String> seen = new HashSet<>();

    DotParser(String text, String file, DotEvents events) {
        this.lexer = new DotLexer(text, file);
        this.events = events;
    }

    /** Reads the whole text, delivering events as it goes; a GraphFormatException names the first error. */
    void parse() {
        Token t = lexer.next();
        if (t == Token.STRICT) {
            t = lexer.next();
        }
        if (t != Token.GRAPH && t != Token.DIGRAPH) {
            throw lexer.errorHere("a DOT file starts with 'graph' or 'digraph' (after an optional 'strict'), not "
                    + lexer.describe());
        }
        if (lexer.next() == Token.ID) {
            events.graphAttribute(DotEvents.GRAPH_ID_KEY, lexer.value());
            lexer.next();
        }
        if (lexer.token() != Token.LBRACE) {
            throw lexer.errorHere("expected '{' to open the graph, found " + lexer.describe());
        }
        block(new Scope(null), 0);
        if (lexer.token() != Token.END) {
            throw lexer.errorHere("the graph has ended, yet " + lexer.describe()
                    + " follows (one graph per file is read)");
        }
    }

    /** At '{': reads statements up to the matching '}' and the token after it. */
    private void block(Scope scope, int depth) {
        int open = lexer.tokenStart();
        lexer.next();
        while (lexer.token() != Token.RBRACE) {
            if (lexer.token() == Token.END) {
                throw lexer.error(open, "this '{' is never closed: the file ends first");
            }
            statement(scope, depth);
            if (lexer.token() == Token.SEMICOLON) {
                lexer.next();
            }
        }
        lexer.next();
    }

    private void statement(Scope scope, int depth) {
        switch (lexer.token()) {
            case GRAPH, NODE, EDGE -> attributeStatement(scope);
            case SUBGRAPH, LBRACE -> {
                List<String> vertices = subgraph(scope, depth);
                if (lexer.token() == Token.EDGE_OP) {
                    edges(scope, vertices, depth);
                }
            }
            case ID -> {
                String id = lexer.value();
                int at = lexer.tokenStart();
                if (lexer.next() == Token.EQUALS) {
                    String value = expectId("a value after '='");
                    if (scope.parent == null) {
                        events.graphAttribute(id, value);
                    }
                    lexer.next();
                    return;
                }
                skipPort();
                if (lexer.token() == Token.EDGE_OP) {
                    vertex(scope, id, at, null);
                    edges(scope, List.of(id), depth);
                } else {
                    vertex(scope, id, at, lexer.token() == Token.LBRACKET ? attributeLists() : null);
                }
            }
            default -> throw lexer.errorHere("expected a statement (a node, an edge, an attribute or a subgraph),"
                    + " found " + lexer.describe());
        }
    }

    /** {@code node [..]} and {@code edge [..]} change the scope's defaults; {@code graph [..]} is ignored. */
    private void attributeStatement(Scope scope) {
        Token kind = lexer.token();
        if (lexer.next() != Token.LBRACKET) {
            throw lexer.errorHere("expected '[' after '" + kind.name().toLowerCase(Locale.ROOT)
                    + "', found " + lexer.describe());
        }
        Map<String, String> attributes = attributeLists();
        if (attributes != null && kind != Token.GRAPH) {
            (kind == Token.NODE ? scope.nodeDefaults : scope.edgeDefaults).putAll(attributes);
        }
    }

    /**
     * After the first operand of an edge chain, at its edge operator: reads the other operands and the
     * attributes, then delivers an edge from every node of each operand to every node of the next.
     */
    private void edges(Scope scope, List<String> first, int depth) {
        List<List<String>> operands = new ArrayList<>(4);
        operands.add(first);
        while (lexer.token() == Token.EDGE_OP) {
            switch (lexer.next()) {
                case ID -> {
                    String id = lexer.value();
                    int at = lexer.tokenStart();
                    lexer.next();
                    skipPort();
                    vertex(scope, id, at, null);
                    operands.add(List.of(id));
                }
                case SUBGRAPH, LBRACE -> operands.add(subgraph(scope, depth));
                default -> throw lexer.errorHere("expected a node or a subgraph after the edge operator, found "
                        + lexer.describe());
            }
        }
        Map<String, String> attributes = lexer.token() == Token.LBRACKET ? attributeLists() : null;
        Map<String, String> merged = scope.edgeDefaults;
        if (attributes != null) {
            merged = new HashMap<>(scope.edgeDefaults);
            merged.putAll(attributes);
        }
        for (int i = 1; i < operands.size(); i++) {
            for (String from : operands.get(i - 1)) {
                for (String to : operands.get(i)) {
                    events.edge(from, to);
                    merged.forEach(events::edgeAttribute);
                }
            }
        }
    }

    /** A node statement or edge operand: a new node gets the scope's defaults, a known one only its own. */
    private void vertex(Scope scope, String id, int offset, Map<String, String> attributes) {
        if (seen.add(id)) {
            events.vertexAt(id, offset);
            scope.vertices.add(id);
            Map<String, String> all = scope.nodeDefaults;
            if (attributes != null) {
                all = new HashMap<>(scope.nodeDefaults);
                all.putAll(attributes);
            }
            all.forEach((key, value) -> events.vertexAttribute(id, key, value));
        } else if (attributes != null) {
            attributes.forEach((key, value) -> events.vertexAttribute(id, key, value));
        }
    }

    /**
     * At 'subgraph' or '{': reads the subgraph, and returns the nodes first seen inside it, which also count
     * as first seen in the enclosing subgraph (not the root graph, whose list nobody reads).
     */
    private List<String> subgraph(Scope parent, int depth) {
        if (depth >= MAX_DEPTH) {
            throw lexer.errorHere("subgraphs are nested more than " + MAX_DEPTH + " deep");
        }
        if (lexer.token() == Token.SUBGRAPH && lexer.next() == Token.ID) {
            lexer.next();
        }
        if (lexer.token() != Token.LBRACE) {
            throw lexer.errorHere("expected '{' to open the subgraph, found " + lexer.describe());
        }
        Scope scope = new Scope(parent);
        block(scope, depth + 1);
        if (parent.parent != null) {
            parent.vertices.addAll(scope.vertices);
        }
        return scope.vertices;
    }

    /** At '[': one or more bracketed lists, merged (later wins); {@code null} when they hold nothing. */
    private Map<String, String> attributeLists() {
        Map<String, String> attributes = null;
        while (lexer.token() == Token.LBRACKET) {
            lexer.next();
            while (lexer.token() == Token.ID) {
                String key = lexer.value();
                if (lexer.next() != Token.EQUALS) {
                    throw lexer.errorHere("expected '=' after the attribute name '" + key + "', found "
                            + lexer.describe());
                }
                String value = expectId("a value for the attribute '" + key + "'");
                attributes = attributes == null ? new HashMap<>(8) : attributes;
                attributes.put(key, value);
                Token after = lexer.next();
                if (after == Token.SEMICOLON || after == Token.COMMA) {
                    lexer.next();
                }
            }
            if (lexer.token() != Token.RBRACKET) {
                throw lexer.errorHere("expected an attribute name or ']', found " + lexer.describe());
            }
            lexer.next();
        }
        return attributes;
    }

    /** Ports ({@code node:port:compass}) say where an edge meets a node's shape; they are skipped. */
    private void skipPort() {
        for (int parts = 0; parts < 2 && lexer.token() == Token.COLON; parts++) {
            expectId("a port name after ':'");
            lexer.next();
        }
    }

    /** Reads the next token, which must be an id, and returns its text. */
    private String expectId(String what) {
        if (lexer.next() != Token.ID) {
            throw lexer.errorHere("expected " + what + ", found " + lexer.describe());
        }
        return lexer.value();
    }
}
