package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top-level {@code scenarios:} section: read on both paths, written back byte for byte, problems placed. */
class ScenariosSectionTest {
    private static final Path FILE = Path.of("src/test/resources/native/scenarios.yaml");
    private static final Path BROKEN = Path.of("src/test/resources/native/scenarios-broken.yaml");

    @Test
    void savedScenariosAreReadAsWritten() {
        LoadResult r = NativeGraphReader.read(FILE);
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(
                new SavedScenario("api-canary", List.of(SavedScenario.BadVersion.atStage("api", 2)), List.of(),
                        "rollback-dependents", null),
                new SavedScenario("db-down", List.of(SavedScenario.BadVersion.atMinute("worker", 4)),
                        List.of(new SavedScenario.Outage("db", 30, 45)), null, 3)),
                r.graph().metadata().scenarios());
    }

    @Test
    void saveOpenSaveIsByteIdentical() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        LoadResult r = NativeGraphReader.read(text, FILE.toString());
        assertEquals(text, NativeGraphWriter.write(r.graph(), r.headerComment()));
    }

    @Test
    void theFastPathReadsTheSectionLikeJackson() throws Exception {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        LoadResult fast = GraphDecoder.decodeFast(text, "f", Integer.MAX_VALUE - 1, null);
        LoadResult jackson = GraphDecoder.decodeWithJackson(text, "f", Integer.MAX_VALUE - 1, null);
        assertNotNull(fast, "the writer's form of scenarios stays in the fast path's subset");
        assertEquals(jackson.graph().metadata(), fast.graph().metadata());
        assertTrue(fast.graph().sameContentAs(jackson.graph()));
    }

    @Test
    void aGraphWithoutScenariosWritesNoSection() {
        LoadResult r = NativeGraphReader.read(FILE);
        String text = NativeGraphWriter.write(r.graph().copy(), null);
        var g = r.graph().copy();
        g.setMetadata(g.metadata().withScenarios(List.of()));
        assertTrue(text.contains("\nscenarios:\n"));
        assertTrue(!NativeGraphWriter.write(g, null).contains("scenarios:"));
    }

    @Test
    void brokenEntriesAreFindingsAtTheirPlaceAndTheRestIsKept() {
        LoadResult r = NativeGraphReader.read(BROKEN);
        List<SavedScenario> kept = r.graph().metadata().scenarios();
        assertEquals(List.of("fine", "bad-policy"), kept.stream().map(SavedScenario::name).toList());
        SavedScenario bad = kept.get(1);
        assertEquals(null, bad.onFailure(), "an unknown policy reads as halt");
        assertEquals(List.of(SavedScenario.BadVersion.atMinute("gone", 3)), bad.inject(),
                "unknown components are kept (and reported); malformed bad versions are left out");
        assertEquals(List.of(), bad.faults());
        assertAt(r, "missing-name", Severity.ERROR, 10, 5);
        assertAt(r, "unknown-on-failure", Severity.ERROR, 12, 16);
        assertAt(r, "unknown-key", Severity.WARNING, 13, 5);
        List<Finding> injections = of(r, "invalid-injection");
        assertEquals(2, injections.size(), injections.toString());
        assertEquals(new SourceLocation(BROKEN.toString(), 15, 9), injections.get(0).location());
        assertEquals(new SourceLocation(BROKEN.toString(), 16, 9), injections.get(1).location());
        assertAt(r, "unknown-scenario-component", Severity.WARNING, 17, 21);
        assertAt(r, "invalid-fault", Severity.ERROR, 19, 9);
        assertAt(r, "duplicate-scenario", Severity.ERROR, 20, 5);
    }

    @Test
    void aSectionOfTheWrongShapeIsAFormatErrorWithItsPlace() {
        String text = "apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents: []\nscenarios: {name: x}\n";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> NativeGraphReader.read(text, "g.yaml"));
        assertTrue(e.getMessage().contains("g.yaml:4:12"), e.getMessage());
        assertTrue(e.getMessage().contains("scenarios must be a list"), e.getMessage());
    }

    private static List<Finding> of(LoadResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    private static void assertAt(LoadResult r, String code, Severity severity, int line, int column) {
        List<Finding> found = of(r, code);
        assertEquals(1, found.size(), code + " in " + r.findings());
        assertEquals(severity, found.get(0).severity());
        assertEquals(new SourceLocation(BROKEN.toString(), line, column), found.get(0).location(), found.get(0).describe());
    }
}
