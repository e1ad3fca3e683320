package dev.stagecraft.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link DocumentReader#yaml} gives exactly what SnakeYAML gives (values, types, key order, every
 * place) or gives up: on every YAML file of the tests and samples, on hand-written cases of each construct, and on
 * seeded mutations of them.
 */
class BlockDocumentScannerTest {
    private static final String MANIFEST = """
            # Source: shop/templates/orders.yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders
              namespace: shop
              labels:
                app.kubernetes.io/name: orders
                app.kubernetes.io/part-of: shop
              annotations: {}
            spec:
              replicas: 3
              selector:
                matchLabels:
                  app: orders
              template:
                spec:
                  containers:
                  - name: orders
                    image: "registry.example.com/orders:1.4.2"
                    args: ["--port", '8080', -v, 3]
                    env:
                    - name: PAYMENTS_URL
                      value: http://payments.shop.svc.cluster.local:8080/api   # the payments API
                    - name: RATIO
                      value: 0.25
                    - name: DEBUG
                      value: "true"
                    - name: ENABLED
                      value: yes
                    - name: EMPTY
                      value: ~
                    resources:
                      limits: {}
                      requests:
                        cpu: 100m
                        memory: 128Mi
                    ports: []
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: orders-config
            data:
              application.yaml: |
                server:
                  port: 8080

                # a comment inside the block
                db: orders-db:5432
              motd: |-
                Welcome
                  indented "quoted" \\ text
              escaped: "tab\\there \\"quoted\\" \\u00e9"
              single: 'it''s'
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: orders
            spec:
              ports:
                - port: 80
                  targetPort: 8080
                  protocol: TCP
              selector:
                app: orders
            """;

    private static void assertSame(String text, String what) {
        List<DocNode> fast = BlockDocumentScanner.read("t.yaml", text);
        if (fast == null) {
            return;
        }
        List<DocNode> slow;
        try {
            slow = new DocumentReader("t.yaml").yamlWithSnake(text);
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": the fast path read what SnakeYAML refuses (" + e.getMessage() + ")");
        }
        assertEquals(slow.size(), fast.size(), what + ": documents");
        for (int i = 0; i < slow.size(); i++) {
            same(slow.get(i), fast.get(i), what + " document " + (i + 1));
        }
    }

    /** Equal values and places, and the same key order. */
    private static void same(DocNode slow, DocNode fast, String where) {
        assertEquals(slow.location(), fast.location(), where + ": place of " + slow.describe());
        assertEquals(slow.getClass(), fast.getClass(), where);
        if (slow instanceof DocNode.Scalar s) {
            Object a = s.value();
            Object b = ((DocNode.Scalar) fast).value();
            assertEquals(a == null ? null : a.getClass(), b == null ? null : b.getClass(), where + ": type of " + a);
            assertEquals(a, b, where);
        } else if (slow instanceof DocNode.Sequence s) {
            List<DocNode> other = ((DocNode.Sequence) fast).items();
            assertEquals(s.items().size(), other.size(), where);
            for (int i = 0; i < other.size(); i++) {
                same(s.items().get(i), other.get(i), where + "[" + i + "]");
            }
        } else {
            DocNode.Mapping m = (DocNode.Mapping) slow;
            DocNode.Mapping o = (DocNode.Mapping) fast;
            assertEquals(List.copyOf(m.values().keySet()), List.copyOf(o.values().keySet()), where + ": keys");
            for (Map.Entry<String, DocNode> e : m.values().entrySet()) {
                assertEquals(m.keyLocation(e.getKey()), o.keyLocation(e.getKey()), where + ": place of key " + e.getKey());
                same(e.getValue(), o.values().get(e.getKey()), where + "." + e.getKey());
            }
        }
    }

    @Test
    void aManifestSetIsReadByTheFastPathAsSnakeYamlReadsIt() {
        assertNotNull(BlockDocumentScanner.read("t.yaml", MANIFEST), "the manifest is in the subset");
        assertSame(MANIFEST, "the manifest");
    }

    @Test
    void everyTestAndSampleYamlFileReadsTheSameOrGivesUp() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/test/resources", "sample-graphs", "policies")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        int fast = 0;
        for (Path p : files) {
            String text = Files.readString(p);
            assertSame(text, p.toString());
            fast += BlockDocumentScanner.read("t.yaml", text) == null ? 0 : 1;
        }
        assertTrue(files.size() > 30 && fast > files.size() / 3, fast + " of " + files.size() + " on the fast path");
    }

    @Test
    void emptyDocumentsAndColonsInFlowAreReadAsSnakeYamlReadsThem() {
        for (String text : List.of("a: 1\n---\n", "---\n---\na: 1\n", "a: 1\n---\n# c\n---\nb: 2\n", "---\n",
                "# only\n", "a: 1\n--- # x\nb: 2\n", "k: [component:x, a:b]\n", "k: {a: b:c}\n",
                "k: [{metric: error_rate, max: 0.01}, {a: b}]\n")) {
            assertNotNull(BlockDocumentScanner.read("t.yaml", text), text);
            assertSame(text, text);
        }
    }

    @Test
    void whatIsOutsideTheSubsetGivesUp() {
        for (String text : List.of("a: &x 1\nb: *x\n", "a: !!str 1\n", "a:\nb: 1\n", 
                "a: >\n  folded\n", "a: 01\n", "a: On\n", "a: 1\na: 2\n", "'q': 1\n", "a: b\n  c\n", "- a\n",
                "a: 1\n...\n", "a:\t1\n", "a: \"x\n  y\"\n", "a: [1, [2]]\n", "<<: {}\n")) {
            assertNull(BlockDocumentScanner.read("t.yaml", text), text);
        }
    }

    /** Seeded mutations of the manifest (lines dropped, doubled, re-indented, characters changed). */
    @Test
    void mutatedManifestsReadTheSameOrGiveUp() {
        Random rnd = new Random(8);
        String[] lines = MANIFEST.split("\n", -1);
        String alphabet = " :-#|'\"[]{},.0123456789abcxyzTtNn~&*!>\n";
        for (int round = 0; round < 3000; round++) {
            List<String> out = new ArrayList<>(List.of(lines));
            int edits = 1 + rnd.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(out.size());
                switch (rnd.nextInt(5)) {
                    case 0 -> out.remove(at);
                    case 1 -> out.add(at, out.get(at));
                    case 2 -> out.set(at, "  " + out.get(at));
                    case 3 -> out.set(at, out.get(at).replaceFirst("^  ", ""));
                    default -> {
                        String l = out.get(at);
                        int c = l.isEmpty() ? 0 : rnd.nextInt(l.length());
                        char ch = alphabet.charAt(rnd.nextInt(alphabet.length()));
                        out.set(at, l.isEmpty() ? String.valueOf(ch) : l.substring(0, c) + ch + l.substring(c + 1));
                    }
                }
            }
            String text = String.join("\n", out);
            assertSame(text, "mutation " + round + ":\n" + text);
        }
    }
}
