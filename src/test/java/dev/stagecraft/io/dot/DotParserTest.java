package dev.stagecraft.io.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written parser against JGraphT's importer: same events, same import, and errors with a place. */
class DotParserTest {
    /** Events reduced to what a reader can rely on: attribute order within one node or edge is free. */
    private static final class Recorded implements DotEvents {
        final Map<String, Map<String, String>> vertices = new LinkedHashMap<>();
        final List<String> edges = new ArrayList<>();
        final List<Map<String, String>> edgeAttributes = new ArrayList<>();
        final List<String> graphAttributes = new ArrayList<>();

        @Override
        public void vertex(String id) {
            assertEquals(null, vertices.put(id, new TreeMap<>()), "announced twice: " + id);
        }

        @Override
        public void vertexAttribute(String vertex, String key, String value) {
            vertices.get(vertex).put(key, value);
        }

        @Override
        public void edge(String from, String to) {
            edges.add(from + " -> " + to);
            edgeAttributes.add(new TreeMap<>());
        }

        @Override
        public void edgeAttribute(String key, String value) {
            edgeAttributes.get(edgeAttributes.size() - 1).put(key, value);
        }

        @Override
        public void graphAttribute(String key, String value) {
            graphAttributes.add(key + "=" + value);
        }

        @Override
        public String toString() {
            return "vertices " + vertices + "\nedges " + edges + "\nedge attributes " + edgeAttributes
                    + "\ngraph " + graphAttributes;
        }
    }

    static Stream<Arguments> snippets() {
        return Stream.of(
                Arguments.of("node statements, semicolons optional", """
                        digraph shop { a; b [label="B"]
                          c [kind=database] ; d }
                        """),
                Arguments.of("edge chain with attributes for every edge", """
                        digraph { a -> b -> c -> a [strength=soft, kind=data] }
                        """),
                Arguments.of("undirected strict graph with upper-case keywords", """
                        STRICT Graph "net" { Node [team=ops]; a -- b -- c; Edge [kind=async]; c -- d }
                        """),
                Arguments.of("default attributes apply to nodes first seen afterwards", """
                        digraph { a; node [team=core, tier=1]; edge [strength=soft]
                          b; a [tier=0]; a -> c; c -> b [strength=hard] }
                        """),
                Arguments.of("subgraph defaults stay inside the subgraph", """
                        digraph { edge [kind=data]
                          subgraph cluster_a { node [team=a]; edge [kind=sync]; x -> y; label="A" }
                          z -> x; node [team=b]; w }
                        """),
                Arguments.of("subgraphs as edge operands stand for their new nodes", """
                        digraph { a; {a b} -> c; subgraph s { d e } -> {f g}; x -> {y subgraph { q r }} }
                        """),
                Arguments.of("nested subgraphs pass their nodes up", """
                        digraph { subgraph outer { m; subgraph inner { n; { o } } } -> p; {{ q -> r }} -> s }
                        """),
                Arguments.of("quoted ids with escapes", """
                        digraph "my \\"graph\\"" { "[root] provider[\\"aws\\"]" [label="say \\"hi\\""]
                          "a\\\\b" -> "c\\nd" [note="tab\\there"]; "multi
                        line" }
                        """),
                Arguments.of("numerals as ids and values", """
                        digraph { 1 -> -2.5 -> .75 [weight=3]; 4. [tier=2]; x1 -> 1x }
                        """),
                Arguments.of("HTML labels with nesting and entities", """
                        digraph { a [label=<<b>bold</b> &amp; <i>it&lt;al</i>>]; <html id> -> b }
                        """),
                Arguments.of("comments and preprocessor lines", """
                        # 1 "shop.gv"
                        /* header */ digraph // name follows
                        shop { a /* inline -> not an edge */ -> b // trailing
                          # 3 "shop.gv"
                          c }
                        """),
                Arguments.of("ports are ignored", """
                        digraph { a:p1 -> b:p2:ne; c:sw -> a; d:"quoted port" }
                        """),
                Arguments.of("several attribute lists, separators and empty lists", """
                        digraph { a [x=1][y=2; z=3, w=4] [] ; b [x=1,] [y=2;] ; a -> b [] [k=v]
                          node []; edge [] }
                        """),
                Arguments.of("graph attributes at top level, ignored in subgraphs and in graph [..]", """
                        digraph g { rankdir=LR; graph [label=x]; "ID"=other; subgraph { color=red; a } ; b=c }
                        """),
                Arguments.of("empty graph", """
                        digraph {} 
                        """),
                Arguments.of("repeated edges and a self-loop", """
                        digraph { a -> b; a -> b [kind=data]; a -> a; b -> a }
                        """),
                Arguments.of("non-ASCII Latin-1 names", """
                        digraph { café -> naïve [label="größe"] }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippetGivesJGraphTsEvents(String name, String dot) {
        assertEquals(jgraphtEvents(dot).toString(), fastEvents(dot).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippetImportsAsWithJGraphT(String name, String dot) {
        DotReader reader = new DotReader();
        assertSameImport(new JGraphTDotReader().read(dot, "x.dot"), reader.read(dot, "x.dot"));
    }

    @ParameterizedTest(name = "{0} components, {1} dependencies, seed {2}")
    @CsvSource({"1, 0, 1", "12, 20, 2", "200, 700, 3", "1500, 6000, 4", "3000, 15000, 5"})
    void generatedGraphImportsAsWithJGraphT(int components, int dependencies, long seed) {
        ServiceGraph graph = GraphGenerator.generate(components, dependencies, seed);
        String dot = new DotWriter().write(graph);
        DotReader reader = new DotReader();
        var fast = reader.read(dot, "g.dot");
        assertSameImport(new JGraphTDotReader().read(dot, "g.dot"), fast);
        assertEquals(graph.componentCount(), fast.graph().componentCount());
        assertEquals(graph.dependencyCount(), fast.graph().dependencyCount());
        assertEquals(jgraphtEvents(dot).toString(), fastEvents(dot).toString());
    }

    @Test
    void terraformGraphImportsAsWithJGraphT() {
        String dot = TestFiles.text("dot/terraform-graph.dot");
        DotReader reader = new DotReader();
        assertSameImport(new JGraphTDotReader().read(dot, "t.dot"), reader.read(dot, "t.dot"));
        assertEquals(jgraphtEvents(dot).toString(), fastEvents(dot).toString());
    }

    @Test
    void quotedStringsJoinWithPlusAsInGraphviz() {
        Recorded r = fastEvents("digraph { \"ab\" + \"cd\" [label=\"x\" /* c */ +\n \"y\" + \"z\"] }");
        assertEquals(Map.of("abcd", Map.of("label", "xyz")), r.vertices);
    }

    @Test
    void anyNonAsciiLetterMakesAnIdAsInGraphviz() {
        assertEquals(List.of("日本", "ž"), List.copyOf(fastEvents("digraph { 日本 -> ž }").vertices.keySet()));
    }

    @Test
    void keywordsAreNotIdsButLongerWordsAre() {
        Recorded r = fastEvents("digraph { nodes -> edges; Subgraphs; NODE [a=b] }");
        assertEquals(List.of("nodes", "edges", "Subgraphs"), List.copyOf(r.vertices.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed string           | 'digraph {\\n  a [label="open]\\n}\\n'   | 2 | 12 | quoted string that starts here is never closed
            unclosed comment          | 'digraph {\\n  a /* note\\n}\\n'         | 2 | 5  | comment that starts here is never closed
            unclosed HTML string      | 'digraph { a [label=<<b>x</b>] }'        | 1 | 20 | HTML string that starts here is never closed
            unclosed brace            | 'digraph {\\n  a -> b\\n'                 | 1 | 9  | this '{' is never closed
            unclosed subgraph         | 'digraph {\\n  subgraph s {\\n  a }\\n'   | 1 | 9  | this '{' is never closed
            missing edge target       | 'digraph {\\n  a -> ;\\n}\\n'             | 2 | 8  | expected a node or a subgraph after the edge operator, found ';'
            bad character             | 'digraph {\\n\\ta @ b\\n}'                | 2 | 4  | unexpected character '@'
            unquoted colour           | 'digraph { a [color=#ff0000] }'          | 1 | 20 | quote values such as color="#ff0000"
            attribute without value   | 'digraph { a [x] }'                      | 1 | 15 | expected '=' after the attribute name 'x', found ']'
            keyword as value          | 'digraph { a [shape=node] }'             | 1 | 20 | expected a value for the attribute 'shape', found 'node'
            no graph keyword          | 'grph { a }'                             | 1 | 1  | starts with 'graph' or 'digraph'
            text after the graph      | 'digraph { a }\\ndigraph { b }'           | 2 | 1  | the graph has ended, yet 'digraph' follows
            lone minus                | 'digraph { a - b }'                      | 1 | 13 | neither an edge operator
            plus without string       | 'digraph { "a" + b }'                    | 1 | 15 | '+' must be followed by a quoted string
            """)
    void malformedInputNamesLineAndColumn(String name, String escaped, int line, int column, String says) {
        String dot = escaped.replace("\\n", "\n").replace("\\t", "\t");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new DotReader().read(dot, "bad.dot"));
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.dot:" + line + ":" + column + ": not valid DOT: "), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String dot = "digraph " + "{".repeat(5000) + "}".repeat(5000);
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new DotReader().read(dot, "deep.dot"));
        assertTrue(e.getMessage().contains("nested more than"), e.getMessage());
    }

    /** ServiceGraph has no equals: its parts are compared, then sameContentAs for anything else. */
    private static void assertSameImport(ImportResult expected, ImportResult actual) {
        assertEquals(expected.report(), actual.report());
        ServiceGraph want = expected.graph();
        ServiceGraph got = actual.graph();
        assertEquals(want.metadata(), got.metadata());
        assertEquals(List.copyOf(want.components()), List.copyOf(got.components()));
        assertEquals(List.copyOf(want.dependencies()), List.copyOf(got.dependencies()));
        assertEquals(List.copyOf(want.groups()), List.copyOf(got.groups()));
        assertTrue(want.sameContentAs(got));
    }

    private static Recorded fastEvents(String dot) {
        Recorded r = new Recorded();
        new DotParser(dot, "x.dot", r).parse();
        return r;
    }

    private static Recorded jgraphtEvents(String dot) {
        Recorded r = new Recorded();
        JGraphTDotReader.parse(dot, "x.dot", r);
        return r;
    }
}
