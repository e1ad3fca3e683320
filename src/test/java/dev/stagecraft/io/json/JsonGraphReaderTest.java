package dev.stagecraft.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonGraphReaderTest {
    @Test
    void nodesWithOneLabelGetDistinctIdsAndAValidIdKeepsItsOwn() {
        String json = """
                {"nodes": [
                  {"id": "N 1", "label": "instance"},
                  {"id": "N 2", "label": "instance"},
                  {"id": "instance", "kind": "database"}
                ],
                 "edges": [{"source": "N 1", "target": "instance"}, {"source": "N 2", "target": "instance"}]}
                """;
        ImportResult r = new JsonGraphReader().read(json, "nodes.json");
        assertEquals(ComponentKind.DATABASE, r.graph().requireComponent("instance").kind());
        assertTrue(r.graph().dependency("instance-2", "instance").isPresent());
        assertTrue(r.graph().dependency("instance-3", "instance").isPresent());
        var renames = r.report().withCode("renamed-id");
        assertEquals("nodes.json:2:3", renames.get(0).location().toString());
        assertTrue(renames.get(0).message().contains("'instance-2'"), renames.get(0).message());
        assertEquals("nodes.json:3:3", renames.get(1).location().toString());
    }

    @Test
    void aGroupIdGivenTwiceIsAnErrorAtTheSecond() {
        String json = """
                {"nodes": [{"id": "a"}],
                 "groups": [{"id": "g", "members": ["a"]},
                            {"id": "g", "members": ["a"]}]}
                """;
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new JsonGraphReader().read(json, "g.json"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    /**
     * Fuzz suite, issue 8 ({@code FuzzCampaign.input(FuzzTarget.JSON, 8L, 2218)}): an extra named like a field of
     * the native file made the native writer throw "has an extra key 'id' that is a known key" on save.
     */
    @Test
    void extrasNamedLikeStagecraftFieldsAreSkippedWithAPlaceSoTheGraphSaves() {
        String json = """
                {"name": "g", "extras": {"description": "d", "x-review": "ok"},
                 "nodes": [{"id": "orders", "extras": {"id": "auth", "x-owner": "a"}}, {"id": "db"}],
                 "edges": [{"source": "orders", "target": "db", "from": "x", "extras": {"kind": "sync"}}],
                 "groups": [{"id": "pair", "members": ["orders", "db"], "extras": {"members": []}}]}
                """;
        ImportResult result = new JsonGraphReader().read(json, "g.json");
        ServiceGraph g = result.graph();
        assertEquals(Map.of("x-owner", "a"), g.requireComponent("orders").extras());
        assertEquals(Map.of("x-review", "ok"), g.metadata().extras());
        assertTrue(g.dependency("orders", "db").orElseThrow().extras().isEmpty());
        assertEquals(5, result.report().withCode("skipped").stream()
                .filter(f -> f.message().contains("name of a Stagecraft field") && f.location() != null).count());
        ServiceGraph reopened = NativeGraphReader.read(NativeGraphWriter.write(g, null), "g.yaml").graph();
        assertTrue(g.sameContentAs(reopened));
    }
}
