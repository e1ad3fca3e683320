package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Problems the reader repairs: each is a finding with its place, and the graph stays valid.
 * All cases live in one realistic file, {@code native/repairable.yaml}.
 */
class ReaderFindingsTest {
    private static LoadResult loaded;
    private static ServiceGraph graph;

    @BeforeAll
    static void read() throws IOException {
        loaded = NativeGraphReader.read(RoundTripTest.resource("native/repairable.yaml"));
        graph = loaded.graph();
    }

    private static Finding only(String code) {
        List<Finding> found = loaded.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " in " + loaded.findings());
        return found.get(0);
    }

    private static void assertAt(Finding f, int line, int column) {
        assertEquals(new SourceLocation("src/test/resources/native/repairable.yaml", line, column), f.location(),
                f.describe());
    }

    @Test
    void duplicateComponentKeepsTheFirst() {
        Finding f = only("duplicate-id");
        assertEquals(Severity.ERROR, f.severity());
        assertAt(f, 14, 5);
        assertEquals("component 'orders' is defined twice (first at line 8); this one is skipped", f.message());
        assertEquals(ComponentKind.SERVICE, graph.requireComponent("orders").kind());
    }

    @Test
    void badIdSyntaxIsReportedAndKept() {
        Finding f = only("invalid-id");
        assertAt(f, 17, 9);
        assertEquals(List.of("Payments_API"), f.subjects());
        assertTrue(graph.contains("Payments_API"));
    }

    @Test
    void unknownKindNamesTheChoicesAndReadsAsService() {
        Finding f = only("unknown-kind");
        assertAt(f, 20, 11);
        assertEquals("component 'search': unknown kind 'servce'; use one of service | database | queue | cache | config"
                + " | gateway | external | job | library (read as service)", f.message());
        assertEquals(ComponentKind.SERVICE, graph.requireComponent("search").kind());
        assertTrue(graph.requireComponent("search").extras().isEmpty());
    }

    @Test
    void missingKindReadsAsService() {
        assertAt(only("missing-kind"), 21, 5);
        assertEquals(ComponentKind.SERVICE, graph.requireComponent("no-kind").kind());
    }

    @Test
    void outOfRangeValuesAreReportedAndKept() {
        Component c = graph.requireComponent("legacy");
        assertAt(only("tier-out-of-range"), 26, 11);
        assertEquals(7, c.tier());
        Finding stages = only("invalid-stages");
        assertAt(stages, 29, 15);
        assertTrue(stages.message().endsWith("stages must go up, but 10 follows 50"), stages.message());
        assertEquals(List.of(50, 10, 100), c.rollout().stages());
        assertAt(only("probability-out-of-range"), 31, 27);
        assertEquals(1.5, c.rollout().failureProbability());
        List<Finding> negative = loaded.findings().stream().filter(f -> f.code().equals("negative-minutes")).toList();
        assertEquals(2, negative.size());
        assertAt(negative.get(0), 28, 24);
        assertEquals(-5, c.rollout().durationMinutes());
        assertEquals(-1, c.rollout().bakeMinutes());
    }

    @Test
    void gateWithoutMetricIsLeftOut() {
        assertAt(only("invalid-gate"), 32, 48);
        assertEquals(List.of(new Gate("error_rate", 0.01)), graph.requireComponent("legacy").rollout().gates());
    }

    @Test
    void halfAPositionIsLeftOut() {
        assertAt(only("invalid-position"), 34, 15);
        assertNull(graph.requireComponent("legacy").position());
    }

    @Test
    void unknownDependencyKindAndStrengthReadAsDefaults() {
        assertAt(only("unknown-dependency-kind"), 41, 11);
        assertAt(only("unknown-strength"), 42, 15);
        Dependency d = graph.dependency("orders", "search").orElseThrow();
        assertNull(d.kind());
        assertNull(d.strength());
    }

    @Test
    void danglingDependencyIsSkipped() {
        Finding f = only("dangling-dependency");
        assertAt(f, 44, 9);
        assertEquals("dependency orders -> inventry: there is no component 'inventry'; the dependency is skipped",
                f.message());
        assertEquals(List.of("orders", "inventry"), f.subjects());
        assertFalse(graph.contains("inventry"));
    }

    @Test
    void duplicateDependencyIsSkipped() {
        Finding f = only("duplicate-dependency");
        assertAt(f, 45, 5);
        assertEquals("dependency orders -> Payments_API is written twice (first at line 36); this one is skipped",
                f.message());
        assertEquals("async", graph.dependency("orders", "Payments_API").orElseThrow().effectiveKind().id());
    }

    @Test
    void missingEndIsSkipped() {
        assertAt(only("missing-end"), 47, 5);
        assertEquals(3, graph.dependencyCount());
    }

    @Test
    void unknownGroupMemberIsDropped() {
        Finding f = only("unknown-member");
        assertAt(f, 52, 23);
        assertEquals(List.of("orders", "search"), graph.group("release").orElseThrow().members());
    }

    @Test
    void unknownKeysAreKeptAndNoted() {
        Map<String, List<Finding>> byCode = loaded.findings().stream().filter(f -> f.code().equals("unknown-key"))
                .collect(Collectors.groupingBy(f -> f.severity().id()));
        List<Finding> kept = byCode.get("info");
        assertEquals(2, kept.size(), kept.toString());
        assertEquals("component 'orders': unknown key 'x-oncall' kept as is", kept.get(0).message());
        assertAt(kept.get(0), 12, 5);
        assertEquals("pager-orders", graph.requireComponent("orders").extras().get("x-oncall"));
        List<Finding> dropped = byCode.get("warning");
        assertEquals(2, dropped.size(), dropped.toString());
        assertTrue(dropped.get(0).message().startsWith("component 'legacy' rollout: unknown key 'canary'"),
                dropped.get(0).message());
        assertTrue(dropped.get(1).message().startsWith("unknown top-level key 'spec'"), dropped.get(1).message());
    }

    @Test
    void everyFindingHasAPlace() {
        assertTrue(loaded.findings().stream().allMatch(f -> f.location() != null));
    }

    @Test
    void sourceMapPlacesLaterFindingsByTheirFirstSubject() {
        Finding rule = new Finding(Severity.WARNING, "some-rule", "about search", List.of("nowhere", "search"), null);
        assertAt(loaded.sourceMap().locate(rule), 19, 5);
        Finding group = new Finding(Severity.WARNING, "group-rule", "about a group", List.of("release"), null);
        assertAt(loaded.sourceMap().locate(group), 51, 5);
        Finding unknown = new Finding(Severity.INFO, "x", "y", List.of("nowhere"), null);
        assertNull(loaded.sourceMap().locate(unknown).location());
        assertEquals(new SourceLocation("src/test/resources/native/repairable.yaml", 36, 5),
                loaded.sourceMap().dependency(new Dependency.Key("orders", "Payments_API"))
                        .orElseThrow());
    }
}
