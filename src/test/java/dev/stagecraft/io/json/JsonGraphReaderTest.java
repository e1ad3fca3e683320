package dev.stagecraft.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonGraphReaderTest {
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
