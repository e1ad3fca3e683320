package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFormatsTest {
    @Test
    void yamlFormatIsToldByItsContent() {
        assertEquals(Optional.of(GraphFormat.COMPOSE), GraphFormats.detect(Path.of("docker-compose.yml"),
                TestFiles.text("compose/shop-compose.yaml")));
        assertEquals(Optional.of(GraphFormat.BACKSTAGE), GraphFormats.detect(Path.of("catalog-info.yaml"),
                TestFiles.text("backstage/catalog-info.yaml")));
        assertEquals(Optional.of(GraphFormat.NATIVE), GraphFormats.detect(Path.of("shop.yaml"),
                "apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents: []\n"));
    }

    @Test
    void kubernetesManifestsAreToldByApiVersionAndKind() {
        for (String manifest : List.of("shop.yaml", "helm-template.yaml", "kustomize-list.yaml", "empty-docs.yaml")) {
            String text = TestFiles.text("kubernetes/" + manifest);
            assertEquals(Optional.of(GraphFormat.KUBERNETES), GraphFormats.detect(Path.of(manifest), text), manifest);
            assertEquals(Optional.of(GraphFormat.KUBERNETES), GraphFormats.sniff(text), manifest);
        }
        // a native file with a wrong apiVersion is still a native file, so its reader says what is wrong
        assertEquals(Optional.of(GraphFormat.NATIVE), GraphFormats.detect(Path.of("g.yaml"),
                "apiVersion: apps/v1\nkind: ServiceGraph\ncomponents: []\n"));
        assertEquals(Optional.of(GraphFormat.BACKSTAGE), GraphFormats.sniff(TestFiles.text("backstage/catalog-info.yaml")));
        assertEquals(Optional.of(GraphFormat.NATIVE), GraphFormats.sniff("apiVersion: stagecraft/v1\nkind: ServiceGraph\n"));
    }

    @Test
    void aManifestIsReadAsKubernetesNotAsANativeGraph(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deploy.yaml");
        Files.writeString(file, TestFiles.text("kubernetes/shop.yaml"));
        ImportResult r = GraphFormats.read(file, null);
        assertEquals("kubernetes", r.report().format());
        assertEquals(15, r.graph().componentCount());
    }

    @Test
    void kubectlJsonIsReadAsKubernetes(@TempDir Path dir) throws Exception {
        String text = TestFiles.text("kubernetes/kubectl-get.json");
        assertEquals(Optional.of(GraphFormat.KUBERNETES), GraphFormats.detect(Path.of("cluster.json"), text));
        assertEquals(Optional.of(GraphFormat.KUBERNETES), GraphFormats.sniff(text));
        Path file = dir.resolve("cluster.json");
        Files.writeString(file, text);
        ImportResult r = GraphFormats.read(file, null);
        assertEquals("kubernetes", r.report().format());
        assertEquals(3, r.graph().componentCount());
        assertTrue(r.graph().dependency("orders", "orders-db").isPresent(), "DATABASE_URL names the Service");
        assertTrue(r.graph().dependency("orders", "cache").isPresent(), "CACHE_HOST names the Service by its FQDN");
    }

    @Test
    void aLargeKubectlListIsToldByItsFirstItem() {
        // kubectl writes the list's kind after its items: past the head a look reads
        String item = "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"metadata\": {\"name\": \"w\"},"
                + " \"spec\": {\"padding\": \"" + "x".repeat(5000) + "\"}}";
        String list = "{\"apiVersion\": \"v1\", \"items\": [" + item + "], \"kind\": \"List\"}";
        assertEquals(Optional.of(GraphFormat.KUBERNETES), GraphFormats.detect(Path.of("big.json"), list));
        assertEquals(Optional.of(GraphFormat.KUBERNETES), GraphFormats.sniff(list));
        // a JSON graph (no apiVersion), a native-version JSON and an object without kind stay what they were
        assertEquals(Optional.of(GraphFormat.JSON), GraphFormats.detect(Path.of("g.json"),
                "{\"creator\": \"stagecraft\", \"nodes\": [{\"id\": \"a\", \"kind\": \"service\"}]}"));
        assertEquals(Optional.of(GraphFormat.JSON), GraphFormats.detect(Path.of("g.json"),
                "{\"apiVersion\": \"stagecraft/v1\", \"kind\": \"ServiceGraph\"}"));
        assertEquals(Optional.of(GraphFormat.JSON), GraphFormats.detect(Path.of("g.json"),
                "{\"apiVersion\": \"v1\", \"items\": [1, 2]}"));
        assertEquals(Optional.of(GraphFormat.JSON), GraphFormats.detect(Path.of("g.json"), "{\"apiVersion\": "));
    }

    @Test
    void otherFormatsByExtension() {
        assertEquals(Optional.of(GraphFormat.DOT), GraphFormats.detect(Path.of("tf.gv"), ""));
        assertEquals(Optional.of(GraphFormat.GRAPHML), GraphFormats.forOutput(Path.of("x.GraphML")));
        assertEquals(Optional.empty(), GraphFormats.forOutput(Path.of("x.png")));
    }

    @Test
    void everySampleGraphSurvivesJsonAndBackToNative(@TempDir Path dir) throws Exception {
        List<Path> samples;
        try (var files = Files.list(Path.of("sample-graphs"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(!samples.isEmpty());
        for (Path sample : samples) {
            ServiceGraph original = GraphFormats.read(sample, null).graph();
            Path json = dir.resolve(sample.getFileName() + ".json");
            GraphFormats.write(json, original, null);
            Path yaml = dir.resolve(sample.getFileName().toString());
            GraphFormats.write(yaml, GraphFormats.read(json, null).graph(), null);
            assertTrue(original.sameContentAs(GraphFormats.read(yaml, null).graph()), sample.toString());
        }
    }

    @Test
    void missingFileIsAFormatErrorNamingTheFile(@TempDir Path dir) {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> GraphFormats.read(dir.resolve("nope.dot"), null));
        assertTrue(e.getMessage().endsWith("nope.dot: no such file"), e.getMessage());
    }
}
