package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast scanner hands over exactly what the Jackson path does, or gives up. */
class BlockYamlScannerTest {
    private static final List<String> STREAMED = List.of("components", "dependencies", "groups");

    /** Every callback, in order: an item as [key, node], an entry as itself. */
    private static final class Recorder implements YamlTreeReader.Handler {
        final List<Object> calls = new ArrayList<>();

        @Override
        public void item(String key, YamlNode item) {
            calls.add(List.of(key, item));
        }

        @Override
        public void entry(YamlNode.Entry entry) {
            calls.add(entry);
        }
    }

    /** Compares both paths on one text; returns whether the fast path took it. */
    private static boolean sameAsJackson(String text, String what) {
        Recorder jackson = new Recorder();
        boolean jacksonAccepted;
        try {
            YamlTreeReader.read(text, "t.yaml", Integer.MAX_VALUE - 1, STREAMED, jackson);
            jacksonAccepted = true;
        } catch (GraphFormatException e) {
            jacksonAccepted = false;
        }
        Recorder fast = new Recorder();
        boolean fastAccepted = BlockYamlScanner.read(text, Integer.MAX_VALUE - 1, STREAMED, fast);
        if (fastAccepted) {
            assertTrue(jacksonAccepted, () -> what + ": the fast path took a text Jackson refuses:\n" + text);
            assertEquals(jackson.calls, fast.calls, () -> what + ":\n" + text);
        }
        return fastAccepted;
    }

    private static void assertSameLoad(String text) {
        LoadResult fast = GraphDecoder.decodeFast(text, "t.yaml", Integer.MAX_VALUE - 1, null);
        assertNotNull(fast, "the fast path gave up on a canonical file");
        LoadResult slow = GraphDecoder.decodeWithJackson(text, "t.yaml", Integer.MAX_VALUE - 1, null);
        assertTrue(slow.graph().sameContentAs(fast.graph()));
        assertEquals(slow.findings(), fast.findings());
    }

    static Stream<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("sample-graphs"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @Test
    void samplesAndTestFilesGiveTheSameCallbacks() throws IOException {
        for (Path file : yamlFiles().toList()) {
            sameAsJackson(Files.readString(file), file.toString());
        }
    }

    @Test
    void sampleGraphsTakeTheFastPath() throws IOException {
        try (Stream<Path> walk = Files.list(Path.of("sample-graphs"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file);
                assertTrue(sameAsJackson(text, file.toString()), file + " took the slow path");
                LoadResult saved = NativeGraphReader.read(file);
                assertSameLoad(NativeGraphWriter.write(saved.graph(), saved.headerComment()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void generatedGraphsTakeTheFastPathWithTheSameResult(long seed) {
        ServiceGraph g = GraphGenerator.generate(300 * (int) seed, 1500 * (int) seed, seed);
        String text = NativeGraphWriter.write(g, "generated " + seed);
        assertTrue(sameAsJackson(text, "seed " + seed));
        assertSameLoad(text);
    }

    @Test
    void trickyTextsGiveTheSameCallbacksOrTheSlowPath() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            ServiceGraph g = new ServiceGraph();
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("x-list", List.of(1, "two", List.of(3.5, Map.of("k", tricky(random))), Map.of()));
            extras.put("x-map", Map.of("a", tricky(random), "b", List.of()));
            extras.put("x-" + round, tricky(random));
            g.setMetadata(new GraphMetadata(tricky(random), tricky(random), extras));
            for (int i = 0; i < 6; i++) {
                String s = tricky(random);
                g.addComponent(new Component("c" + i, s, ComponentKind.SERVICE, tricky(random), i % 4, i % 2 == 0,
                        Rollout.NONE.withGates(List.of(new Gate(tricky(random), random.nextDouble())))
                                .withRollback(List.of(s, tricky(random))),
                        new Position(random.nextInt(1000) - 500, random.nextDouble() * 100), Map.of("x-e", s)));
            }
            g.addDependency(Dependency.of("c0", "c1", DependencyKind.ASYNC, Strength.SOFT));
            g.addDependency(Dependency.of("c2", "c1"));
            g.addGroup(ChangeGroup.of(tricky(random), List.of("c3", "c4")));
            String text = NativeGraphWriter.write(g, tricky(random));
            sameAsJackson(text, "round " + round);
        }
    }

    private static String tricky(Random random) {
        List<String> t = RoundTripTest.TRICKY;
        String a = t.get(random.nextInt(t.size()));
        return random.nextInt(3) == 0 ? a + " " + t.get(random.nextInt(t.size())) : a;
    }

    @Test
    void mutatedTextsNeverTakeTheFastPathWhereJacksonDiffers() throws IOException {
        List<String> bases = new ArrayList<>();
        for (Path file : yamlFiles().toList()) {
            bases.add(Files.readString(file));
        }
        bases.add(NativeGraphWriter.write(GraphGenerator.generate(20, 40, 5), null));
        String[] inserts = {":", ": ", "#", " #x", " ", "  ", "-", "- ", "\"", "'", "[", "]", "{", "}", ",", "\n",
            "\n  ", "&a ", "*a", "!t ", "|", ">", "?", "~", "null", "yes", "0x1", "1e5", "1.", "007", "\t", "---\n",
            "\\", "\"\\q\"", "'it''s'", "x: [a, b]", "x: {a: 1}", "é", "12345678901"};
        Random random = new Random(11);
        int fastTaken = 0;
        for (int round = 0; round < 3000; round++) {
            String base = bases.get(random.nextInt(bases.size()));
            StringBuilder text = new StringBuilder(base);
            for (int k = 1 + random.nextInt(2); k > 0; k--) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextInt(4) == 0 && at < text.length()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, inserts[random.nextInt(inserts.length)]);
                }
            }
            if (sameAsJackson(text.toString(), "mutation " + round)) {
                fastTaken++;
            }
        }
        assertTrue(fastTaken > 100, "mutations taking the fast path: " + fastTaken);
    }

    @Test
    void aQuestionMarkInsideAFlowItemIsLeftToJacksonWhichRefusesIt() {
        String text = "apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents:\n  - id: a\n  - id: b\n"
                + "groups:\n  - id: g\n    members: [a, b?c]\n";
        assertFalse(sameAsJackson(text, "flow item with '?'"));
    }

    @Test
    void givesUpOnAnchorsBlockScalarsAndAmbiguousScalars() {
        String head = "apiVersion: stagecraft/v1\nkind: ServiceGraph\n";
        for (String tail : List.of("metadata: &m {name: x}\n", "metadata:\n  name: |\n    x\n",
                "metadata:\n  name: yes\n", "metadata:\n  name: 1e5\n", "metadata:\n  name:\n",
                "metadata:\n  name: x\n  name: y\n", "---\n", "metadata:\n  name: \"a\n    b\"\n")) {
            assertFalse(BlockYamlScanner.read(head + tail, Integer.MAX_VALUE, STREAMED, new Recorder()), tail);
        }
    }

    @Test
    void aFileProblemFoundOnTheFastPathIsReportedByTheJacksonPath() {
        String text = "kind: ServiceGraph\ncomponents:\n  - id: a\n";
        assertTrue(BlockYamlScanner.read(text, Integer.MAX_VALUE, STREAMED, new Recorder()), "inside the subset");
        assertNull(GraphDecoder.decodeFast(text, "t.yaml", Integer.MAX_VALUE - 1, null));
        GraphFormatException problem = assertThrows(GraphFormatException.class,
                () -> GraphDecoder.decode(text, "t.yaml", Integer.MAX_VALUE - 1, null));
        assertTrue(problem.getMessage().contains("apiVersion is missing"), problem.getMessage());
    }
}
