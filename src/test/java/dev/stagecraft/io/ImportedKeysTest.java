package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.backstage.BackstageReader;
import dev.stagecraft.io.compose.ComposeReader;
import dev.stagecraft.io.kubernetes.KubernetesReader;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.io.nativeyaml.LoadResult;
import org.junit.jupiter.api.Test;

/** A file the importers wrote validates without a note for every key they wrote, and keeps those keys. */
class ImportedKeysTest {
    private static LoadResult reread(ImportResult imported) {
        return NativeGraphReader.read(NativeGraphWriter.write(imported.graph(), null), "imported.yaml");
    }

    @Test
    void composeAndBackstageKeysAreNotUnknown() {
        ImportResult compose = new ComposeReader().read(TestFiles.text("compose/shop-compose.yaml"), "shop-compose.yaml");
        LoadResult c = reread(compose);
        assertEquals(0, c.findings().stream().filter(f -> f.code().equals("unknown-key")).count(), c.findings().toString());
        assertTrue(c.graph().components().stream().anyMatch(x -> x.extras().containsKey("image")), "the images are kept");
        assertTrue(c.graph().dependencies().stream().anyMatch(d -> d.extras().containsKey("via")));
        String catalog = TestFiles.text("backstage/same-names.yaml");
        LoadResult b = reread(new BackstageReader().read(catalog, "same-names.yaml"));
        assertEquals(0, b.findings().stream().filter(f -> f.code().equals("unknown-key")).count(), b.findings().toString());
        LoadResult t = reread(new dev.stagecraft.io.traces.TraceGraphReader().read(
                TestFiles.text("traces/servicegraph.prom"), "servicegraph.prom"));
        assertEquals(0, t.findings().stream().filter(f -> f.code().equals("unknown-key")).count(), t.findings().toString());
        assertTrue(t.graph().dependencies().stream().allMatch(d -> d.extras().containsKey("calls")));
    }

    @Test
    void kubernetesKeysAreNotUnknown() {
        for (String manifest : java.util.List.of("kubernetes/shop.yaml", "kubernetes/helm-template.yaml")) {
            ImportResult k8s = new KubernetesReader().read(TestFiles.text(manifest), manifest);
            LoadResult k = reread(k8s);
            assertEquals(0, k.findings().stream().filter(f -> f.code().equals("unknown-key")).count(),
                    k.findings().toString());
            assertTrue(k.graph().components().stream().allMatch(x -> x.extras().containsKey("namespace")
                    && x.extras().containsKey("k8s-kind") && x.extras().containsKey("k8s-name")), manifest);
            assertTrue(k.graph().sameContentAs(k8s.graph()), "kept as written: " + manifest);
        }
    }

    @Test
    void otherUnknownKeysAreStillReported() {
        LoadResult r = NativeGraphReader.read("apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents:\n  - id: a\n    kind: service\n"
                + "    image: nginx\n    colour: red\n", "t.yaml");
        assertEquals(1, r.findings().stream().filter(f -> f.code().equals("unknown-key")).count(), r.findings().toString());
    }
}
