package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtrasTest {
    @Test
    void wholeNumbersHaveOneFormWhicheverReaderGaveThem() {
        Map<String, Object> fromJson = Extras.copy(Map.of("x-count", 7L, "x-matrix", List.of(List.of(1L, 2L)),
                "x-big", BigInteger.valueOf(3_000_000_000L), "x-nested", Map.of("a", 1L)));
        Map<String, Object> fromYaml = Extras.copy(Map.of("x-count", 7, "x-matrix", List.of(List.of(1, 2)),
                "x-big", 3_000_000_000L, "x-nested", Map.of("a", 1)));
        assertEquals(fromYaml, fromJson);
        assertEquals(Integer.class, fromJson.get("x-count").getClass());
        assertEquals(Long.class, fromJson.get("x-big").getClass());
    }

    @Test
    void nullsInNestedListsAreKept() {
        Map<String, Object> extras = Extras.copy(Map.of("x-list", Arrays.asList(1L, null)));
        assertNull(((List<?>) extras.get("x-list")).get(1));
    }

    /** Fuzz suite, issue 8: {@code FuzzCampaign.input(FuzzTarget.JSON, 8L, 3)}, an unchanged seed. */
    @Test
    void anExtraReadFromJsonReopensEqualFromTheSavedFile() {
        String json = "{\"nodes\": [{\"id\": \"orders\", \"extras\": {\"x-count\": 7}}, {\"id\": \"db\", \"x-weight\": 2}],"
                + " \"edges\": [{\"source\": \"orders\", \"target\": \"db\", \"tier\": 3}]}";
        ServiceGraph read = GraphFormats.reader(GraphFormat.JSON).read(json, "g.json").graph();
        ServiceGraph reopened = NativeGraphReader.read(NativeGraphWriter.write(read, null), "g.yaml").graph();
        assertEquals(true, read.sameContentAs(reopened));
    }

    /** Fuzz suite, issue 8: {@code FuzzCampaign.input(FuzzTarget.NATIVE, 8L, 773)}: 0x7fffffff is read as a Long. */
    @Test
    void aHexExtraReopensEqualFromTheSavedFile() {
        String yaml = "apiVersion: stagecraft/v1\nkind: ServiceGraph\nmetadata:\n  name: g\ncomponents:\n"
                + "  - id: orders\n    x-weight: 0x7fffffff\n";
        ServiceGraph read = NativeGraphReader.read(yaml, "g.yaml").graph();
        ServiceGraph reopened = NativeGraphReader.read(NativeGraphWriter.write(read, null), "g.yaml").graph();
        assertEquals(true, read.sameContentAs(reopened));
    }
}
