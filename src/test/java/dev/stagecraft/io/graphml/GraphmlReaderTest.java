package dev.stagecraft.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphmlReaderTest {
    @Test
    void yedFileGivesComponentsNamedByTheirNodeLabels() {
        ImportResult r = new GraphmlReader().read(TestFiles.text("graphml/yed-shop.graphml"), "yed-shop.graphml");
        ServiceGraph g = r.graph();
        assertEquals(6, g.componentCount());
        assertEquals("Checkout Service", g.requireComponent("checkout-service").name());
        assertEquals(ComponentKind.DATABASE, g.requireComponent("orders-db").kind());
        assertEquals(ComponentKind.GATEWAY, g.requireComponent("edge-proxy").kind());
        assertEquals(ComponentKind.SERVICE, g.requireComponent("cart-service").kind(), "the key's default");
        assertEquals("checkout", g.requireComponent("cart-service").team());
        assertEquals(Strength.SOFT, g.dependency("cart-service", "session-cache").orElseThrow().strength());
        assertEquals(5, g.dependencyCount());
        assertFalse(g.contains("checkout-domain"), "a yEd group node is a container");
        assertTrue(r.report().withCode("system").stream().anyMatch(f -> f.message().contains("group node")));
    }

    @Test
    void aYedGroupIsTheSystemOfTheNodesInsideIt() {
        ServiceGraph g = new GraphmlReader().read(TestFiles.text("graphml/yed-shop.graphml"), "yed-shop.graphml").graph();
        assertEquals(java.util.List.of("checkout-service", "cart-service", "orders-db"), g.components().stream()
                .filter(c -> "Checkout domain".equals(c.system())).map(c -> c.id()).toList());
        assertEquals(null, g.requireComponent("edge-proxy").system(), "outside every group");
        assertEquals(0, g.groups().size(), "a yEd group is drawn as a system, not made a change group");
    }

    @Test
    void nestedYedGroupsNameTheSystemOuterSlashInner() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <graph edgedefault="directed" id="G">
                    <node id="n0" yfiles.foldertype="group"><data key="d6"><y:ProxyAutoBoundsNode><y:Realizers>
                      <y:GroupNode><y:NodeLabel>EU region</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
                      <graph id="n0:" edgedefault="directed">
                        <node id="n0::n0" yfiles.foldertype="group"><data key="d6"><y:ProxyAutoBoundsNode><y:Realizers>
                          <y:GroupNode><y:NodeLabel>Payments</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
                          <graph id="n0::n0:" edgedefault="directed">
                            <node id="n0::n0::n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Ledger</y:NodeLabel></y:ShapeNode></data></node>
                          </graph>
                        </node>
                        <node id="n0::n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Edge</y:NodeLabel></y:ShapeNode></data></node>
                      </graph>
                    </node>
                  </graph>
                </graphml>
                """;
        ServiceGraph g = new GraphmlReader().read(xml, "nested.graphml").graph();
        assertEquals("EU region / Payments", g.requireComponent("ledger").system());
        assertEquals("EU region", g.requireComponent("edge").system());
    }

    /** yEd's x, y is the box's top-left corner; Stagecraft's position is its centre. */
    @Test
    void yedGeometryGivesThePositionAtTheCentreOfTheBoxAndYedsDescriptionIsTheGraphs() {
        ServiceGraph g = new GraphmlReader().read(TestFiles.text("graphml/yed-shop.graphml"), "yed-shop.graphml").graph();
        assertEquals(new Position(370, 40), g.requireComponent("edge-proxy").position(), "x 310 + 120 / 2, y 20 + 40 / 2");
        assertEquals(new Position(230, 275), g.requireComponent("orders-db").position(), "inside a group node: absolute");
        assertEquals("Shop, sketched in the Q3 planning session", g.metadata().description());
    }

    @Test
    void aFileDrawnByHandInYedsStyleWithLabelsOnlyImports() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <graph edgedefault="directed" id="G">
                    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="100.0" x="-50.0" y="10.0"/>
                      <y:NodeLabel>Web Shop</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="40.0" width="80.0" x="0.5" y="200"/>
                      <y:NodeLabel>Orders DB</y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n2"><data key="d6"><y:ShapeNode><y:Geometry x="abc" y="1"/>
                      <y:NodeLabel>Broken Box</y:NodeLabel></y:ShapeNode></data></node>
                    <edge id="e0" source="n0" target="n1"/>
                  </graph>
                </graphml>
                """;
        ImportResult r = new GraphmlReader().read(xml, "hand.graphml");
        ServiceGraph g = r.graph();
        assertEquals("Web Shop", g.requireComponent("web-shop").name());
        assertEquals(new Position(0, 25), g.requireComponent("web-shop").position());
        assertEquals(new Position(40.5, 220), g.requireComponent("orders-db").position());
        assertEquals(null, g.requireComponent("broken-box").position(), "placed like a new component");
        assertTrue(r.report().withCode("skipped").stream().anyMatch(f -> f.message().contains("broken-box")
                || f.message().contains("n2")), r.report().toString());
        assertTrue(g.dependency("web-shop", "orders-db").isPresent());
        assertEquals(Rollout.NONE, g.requireComponent("web-shop").rollout());
    }

    @Test
    void externalEntityIsRefusedAndTheSecretNeverRead(@TempDir Path dir) throws Exception {
        String secret = "TOP-SECRET-" + System.nanoTime();
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, secret);
        String xml = TestFiles.text("graphml/xxe.graphml").replace("SECRET_PATH", secretFile.toAbsolutePath().toString());
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new GraphmlReader().read(xml, "xxe.graphml"));
        assertEquals(2, e.line(), "where the DOCTYPE starts: refused before the parser sees it");
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(secret), "the secret must appear nowhere, not even in a cause");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret));
        }
    }

    @Test
    void internalEntityIsRefusedToo() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY lol \"lol\">]>\n<graphml><graph><node id=\"&lol;\"/></graph></graphml>";
        assertThrows(GraphFormatException.class, () -> new GraphmlReader().read(xml, "x.graphml"));
    }

    @Test
    void brokenXmlNamesLineAndColumn() {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new GraphmlReader().read(
                "<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>\n", "bad.graphml"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("bad.graphml:4:"), e.getMessage());
    }

    @Test
    void edgeToUnknownNodeIsReportedAndSkipped() {
        ImportResult r = new GraphmlReader().read("<graphml><graph edgedefault=\"directed\"><node id=\"a\"/>"
                + "<edge source=\"a\" target=\"zz\"/></graph></graphml>", "x.graphml");
        assertEquals(0, r.graph().dependencyCount());
        assertEquals(1, r.report().withCode("skipped").size());
    }

    @Test
    void yedNodesWithOneLabelGetDistinctIdsAndEachRenameIsReportedAtItsNode() {
        ImportResult r = new GraphmlReader().read(TestFiles.text("graphml/repeated-labels.graphml"), "repeated-labels.graphml");
        ServiceGraph g = r.graph();
        assertEquals(3, g.componentCount());
        assertTrue(g.dependency("load-balancer", "instance").isPresent());
        assertTrue(g.dependency("load-balancer", "instance-2").isPresent());
        var renames = r.report().withCode("renamed-id").stream().filter(f -> f.location() != null).toList();
        assertEquals(2, renames.size(), renames.toString());
        assertEquals("repeated-labels.graphml:10:19", renames.get(0).location().toString());
        assertTrue(renames.get(0).message().contains("'instance-2'"), renames.get(0).message());
        assertTrue(renames.get(1).message().startsWith("group 'web-tier'"), renames.get(1).message());
        assertEquals(java.util.List.of("instance-2"), g.group("web-tier-2").orElseThrow().members());
    }

    @Test
    void aNodeIdGivenTwiceKeepsBothNodesAndIsReported() {
        String xml = "<graphml>\n<graph edgedefault=\"directed\">\n<node id=\"api\"/>\n<node id=\"api\"/>\n"
                + "<node id=\"db\"/><edge source=\"api\" target=\"db\"/>\n</graph></graphml>\n";
        ImportResult r = new GraphmlReader().read(xml, "twice.graphml");
        assertEquals(3, r.graph().componentCount());
        assertTrue(r.graph().dependency("api", "db").isPresent());
        assertEquals("twice.graphml:4:17", r.report().withCode("duplicate").get(0).location().toString());
    }

    @Test
    void doctypeFollowedByANulByteIsTheImportErrorAtTheDoctype() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new GraphmlReader().read("<!DOCTYPE l[\0", "fuzz.graphml"));
        assertTrue(e.getMessage().startsWith("fuzz.graphml:1:1: "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void doctypeAfterDeclarationAndCommentIsFoundInTheProlog() {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new GraphmlReader().read(
                "<?xml version=\"1.0\"?>\n<!-- <graphml> -->\n  <!DOCTYPE graphml [\0\n<graphml/>", "p.graphml"));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void unboundNamespacePrefixIsASentenceNotAMessageKey() {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new GraphmlReader().read(
                "<graphml>\n<graph>\n<node id=\"a\"><y:ShapeNode/></node></graph></graphml>", "ns.graphml"));
        assertTrue(e.getMessage().startsWith("ns.graphml:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("prefix 'y'"), e.getMessage());
        assertFalse(e.getMessage().contains("http://"), e.getMessage());
    }

    @Test
    void yedArrowheadsGiveTheDirection() {
        ImportResult r = new GraphmlReader().read(TestFiles.text("graphml/yed-arrows.graphml"), "yed-arrows.graphml");
        ServiceGraph g = r.graph();
        assertTrue(g.dependency("web", "api").isPresent(), "an arrow at the target: as written");
        assertTrue(g.dependency("api", "db").isPresent(), "an arrow at the source: the other way");
        assertTrue(g.dependency("db", "api").isEmpty());
        assertTrue(g.dependency("api", "cache").isPresent(), "no arrowhead: as written, with a warning");
        assertTrue(g.dependency("web", "cache").isPresent());
        var reversed = r.report().withCode("reversed-edge");
        assertEquals(1, reversed.size());
        assertEquals(12, reversed.get(0).location().line());
        var guessed = r.report().withCode("guessed-direction");
        assertEquals(2, guessed.size(), "one for the plain line, one for the two-headed edge: " + guessed);
        assertTrue(guessed.get(0).message().contains("line 13"), guessed.get(0).message());
    }

    @Test
    void yedNotesAreCommentsNotComponents() {
        ImportResult r = new GraphmlReader().read(TestFiles.text("graphml/yed-note.graphml"), "yed-note.graphml");
        assertEquals(java.util.Set.of("web", "api"),
                r.graph().components().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(r.graph().dependency("web", "api").isPresent());
        assertTrue(r.report().entries().stream().anyMatch(f -> f.message().contains("is a yEd note")
                && f.location() != null && f.location().line() == 8), r.report().entries().toString());
        assertTrue(r.report().entries().stream().anyMatch(f -> f.message().contains("is a note")),
                "the edge from the note is skipped and says why");
    }
}
