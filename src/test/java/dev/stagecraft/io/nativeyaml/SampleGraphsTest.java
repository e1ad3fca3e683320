package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written samples in sample-graphs/ read without errors and are already in canonical form. */
class SampleGraphsTest {
    private static final Path SAMPLES = Path.of("sample-graphs");

    static Stream<Path> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "samples: " + files);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleHasNoErrorsAndIsCanonical(Path file) throws IOException {
        LoadResult r = NativeGraphReader.read(file);
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), r.findings().toString());
        assertNotNull(r.headerComment(), "every sample says what it shows");
        String saved = NativeGraphWriter.write(r.graph(), r.headerComment());
        assertEquals(Files.readString(file), saved, "open -> save must not change " + file);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void dependentsAreDrawnAboveTheirDependenciesExceptCycleEdges(Path file) {
        ServiceGraph g = NativeGraphReader.read(file).graph();
        for (Dependency d : g.dependencies()) {
            Component from = g.requireComponent(d.from());
            Component to = g.requireComponent(d.to());
            boolean closesCycle = g.dependency(d.to(), d.from()).isPresent();
            assertTrue(closesCycle || from.position().y() < to.position().y(), d.key() + " in " + file);
        }
    }

    @Test
    void demoIsSmall() {
        ServiceGraph g = NativeGraphReader.read(SAMPLES.resolve("demo.yaml")).graph();
        assertTrue(g.componentCount() >= 8 && g.componentCount() <= 12);
        assertTrue(g.components().stream().anyMatch(Component::changing));
    }

    @Test
    void shopHasEveryKindOneGroupAndOneRealCycle() {
        ServiceGraph g = NativeGraphReader.read(SAMPLES.resolve("shop.yaml")).graph();
        assertTrue(g.componentCount() >= 28 && g.componentCount() <= 35, "components: " + g.componentCount());
        for (ComponentKind k : List.of(ComponentKind.GATEWAY, ComponentKind.SERVICE, ComponentKind.DATABASE,
                ComponentKind.QUEUE, ComponentKind.CACHE, ComponentKind.CONFIG, ComponentKind.EXTERNAL)) {
            assertTrue(g.components().stream().anyMatch(c -> c.kind() == k), "has a " + k);
        }
        assertEquals(1, g.groups().size());
        assertTrue(g.dependency("orders", "inventory").isPresent() && g.dependency("inventory", "orders").isPresent());
        assertTrue(g.components().stream().filter(Component::changing).count() >= 5);
    }

    @Test
    void migrationOrdersExpandBeforeContract() {
        ServiceGraph g = NativeGraphReader.read(SAMPLES.resolve("platform-migration.yaml")).graph();
        assertTrue(g.dependency("users-db-schema-contract", "users-db-backfill").isPresent());
        assertTrue(g.dependency("users-db-backfill", "users-db-schema-expand").isPresent());
        assertEquals(List.of("auth-service", "authz-cache", "authz-edge-cache", "auth-client-java", "auth-client-go"),
                g.group("jwt-cutover").orElseThrow().members());
        g.components().stream().filter(c -> c.kind() == ComponentKind.DATABASE && c.changing())
                .forEach(c -> assertTrue(c.rollout().rollback() != null && !c.rollout().rollback().isEmpty(),
                        c.id() + " has rollback steps"));
    }
}
