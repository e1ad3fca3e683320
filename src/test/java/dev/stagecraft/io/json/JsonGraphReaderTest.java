package dev.stagecraft.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.model.ComponentKind;
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

    @Test
    void anExtraNamedLikeAFieldIsAnErrorAtItsKeyNotACrashOnSave() {
        String json = "{\"nodes\": [{\"id\": \"a\",\n  \"extras\": {\"kind\": \"x\"}}]}";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new JsonGraphReader().read(json, "x.json"));
        assertEquals(2, e.line());
        assertTrue(e.sentence().startsWith("the extra 'kind' is named like a Stagecraft field"), e.sentence());
    }
}
