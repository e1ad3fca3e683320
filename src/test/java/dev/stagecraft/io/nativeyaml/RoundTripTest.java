package dev.stagecraft.io.nativeyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.Strength;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Save, open, save gives the same bytes; what is read is what was written. */
class RoundTripTest {
    static final List<String> TRICKY = List.of("yes", "no", "on", "off", "y", "N", "true", "False", "null", "Null",
            "~", "", " ", "1.0", "1e3", "0x1F", "0o17", "1_000", "12", "-5", "+5", ".5", ".inf", "-.inf", ".nan",
            "2026-01-01", "12:30", "<<", "=", ":", "a:b", "a: b", "ends:", "#", "a #b", "a#b", "- x", "-x", "?", "? x",
            "[x]", "{x}", "a,b", "x]", "@at", "`tick", "%pct", "!bang", "&amp", "*star", "|pipe", ">gt", "'single'",
            "\"double\"", "it's", "say \"hi\"", " leading", "trailing ", "multi\nline", "trailing newline\n",
            "\ttab", "back\\slash", "ümlaut ß", "日本語", "emoji 😀", "nel\u0085x", "ls\u2028x", "ps\u2029x",
            "bom\uFEFFx", "ctrl\u0001x", "del\u007Fx", "lone \uD800 surrogate", "nbsp\u00A0x", "---", "...",
            "helm rollback auth --namespace=prod", "http://example.com/a#frag");

    @ParameterizedTest
    @ValueSource(strings = {"design-example.yaml", "extras.yaml", "unordered-sections.yaml"})
    void openSaveOpenSaveIsByteIdentical(String resource) throws IOException {
        LoadResult first = NativeGraphReader.read(resource("native/" + resource));
        String once = NativeGraphWriter.write(first.graph(), first.headerComment());
        LoadResult second = NativeGraphReader.read(once, "saved.yaml");
        String twice = NativeGraphWriter.write(second.graph(), second.headerComment());
        assertEquals(once, twice);
        assertTrue(first.graph().sameContentAs(second.graph()));
        assertEquals(first.headerComment(), second.headerComment());
    }

    @Test
    void designExampleReadsEveryField() throws IOException {
        LoadResult r = NativeGraphReader.read(resource("native/design-example.yaml"));
        assertEquals(List.of(), r.findings());
        ServiceGraph g = r.graph();
        assertEquals(new GraphMetadata("shop", "Online shop, 2026 Q4 release", Map.of()), g.metadata());
        Component auth = g.requireComponent("auth");
        assertEquals("Auth Service", auth.name());
        assertEquals(ComponentKind.SERVICE, auth.kind());
        assertEquals("identity", auth.team());
        assertEquals(0, auth.tier());
        assertTrue(auth.changing());
        assertEquals(new Rollout(20, List.of(1, 10, 50, 100), 10, 0.02,
                List.of(new Gate("error_rate", 0.01), new Gate("p99_latency_ms", 250)),
                List.of("helm rollback auth"), null), auth.rollout());
        assertEquals(new Position(120, 40), auth.position());
        assertEquals(Dependency.of("checkout", "auth", DependencyKind.SYNC, Strength.HARD),
                g.dependency("checkout", "auth").orElseThrow());
        assertEquals(ChangeGroup.of("auth-upgrade", List.of("auth", "authz-cache")), g.group("auth-upgrade").orElseThrow());
    }

    @Test
    void writesTheCanonicalLayout() {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("shop", null, Map.of()));
        g.addComponent(Component.of("auth", ComponentKind.SERVICE).withTier(0).withChanging(true)
                .withRollout(new Rollout(20, List.of(1, 10, 50, 100), null, 0.02,
                        List.of(new Gate("error_rate", 0.01)), List.of("helm rollback auth"), null))
                .withPosition(new Position(120, 40.5)));
        g.addComponent(Component.of("db", ComponentKind.DATABASE));
        g.addDependency(Dependency.of("auth", "db", null, Strength.SOFT));
        g.addGroup(ChangeGroup.of("g", List.of("auth", "db")));
        assertEquals("""
                # Header line
                #
                # after a blank comment line

                apiVersion: stagecraft/v1
                kind: ServiceGraph
                metadata:
                  name: shop

                components:
                  - id: auth
                    kind: service
                    tier: 0
                    changing: true
                    rollout:
                      durationMinutes: 20
                      stages: [1, 10, 50, 100]
                      failureProbability: 0.02
                      gates: [{metric: error_rate, max: 0.01}]
                      rollback:
                        - helm rollback auth
                    position: {x: 120, y: 40.5}
                  - id: db
                    kind: database

                dependencies:
                  - from: auth
                    to: db
                    strength: soft

                groups:
                  - id: g
                    members: [auth, db]
                """, NativeGraphWriter.write(g, "Header line\n#\n# after a blank comment line\n"));
    }

    @Test
    void emptyGraphRoundTrips() {
        String text = NativeGraphWriter.write(new ServiceGraph(), null);
        assertEquals("apiVersion: stagecraft/v1\nkind: ServiceGraph\n\ncomponents: []\n", text);
        LoadResult r = NativeGraphReader.read(text, "empty.yaml");
        assertEquals(0, r.graph().componentCount());
        assertNull(r.headerComment());
        assertEquals(text, NativeGraphWriter.write(r.graph(), r.headerComment()));
    }

    @Test
    void trickyTextsSurviveInEveryPlace() {
        ServiceGraph g = new ServiceGraph();
        Map<String, Object> extras = new LinkedHashMap<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            String s = TRICKY.get(i);
            extras.put("k" + i + s, s);
        }
        g.setMetadata(new GraphMetadata(TRICKY.get(0), TRICKY.get(1), extras));
        for (int i = 0; i < TRICKY.size(); i++) {
            String s = TRICKY.get(i);
            g.addComponent(new Component("c" + i, s, ComponentKind.SERVICE, s, null, false,
                    Rollout.NONE.withGates(List.of(new Gate(s, 1))).withRollback(List.of(s, s + "!")), null, Map.of()));
        }
        String text = NativeGraphWriter.write(g, null);
        LoadResult r = NativeGraphReader.read(text, "tricky.yaml");
        for (int i = 0; i < TRICKY.size(); i++) {
            Component c = r.graph().requireComponent("c" + i);
            assertEquals(TRICKY.get(i), c.name(), "name " + i);
            assertEquals(TRICKY.get(i), c.rollout().gates().get(0).metric(), "metric " + i);
        }
        assertEquals(extras, r.graph().metadata().extras());
        assertTrue(g.sameContentAs(r.graph()));
        assertEquals(text, NativeGraphWriter.write(r.graph(), null));
    }

    @Test
    void trickyTextsAsIdsAndMembersRoundTrip() {
        ServiceGraph g = new ServiceGraph();
        List<String> ids = List.of("1.0", "true", "null", "12", "0x1F", "a,b", "[x]", "a: b", "yes");
        ids.forEach(id -> g.addComponent(Component.of(id, ComponentKind.CACHE)));
        g.addDependency(Dependency.of("1.0", "true"));
        g.addGroup(ChangeGroup.of("null", ids));
        String text = NativeGraphWriter.write(g, null);
        LoadResult r = NativeGraphReader.read(text, "ids.yaml");
        assertTrue(g.sameContentAs(r.graph()), text);
        assertTrue(r.findings().stream().allMatch(f -> f.code().equals("invalid-id")), r.findings().toString());
    }

    @Test
    void extrasKeepOrderTypesAndNesting() throws IOException {
        LoadResult r = NativeGraphReader.read(resource("native/extras.yaml"));
        Component c = r.graph().requireComponent("orders");
        assertEquals(List.of("x-owner", "x-links", "x-weight", "x-count", "x-flag", "x-none", "x-nested", "x-empty",
                "x-matrix"), List.copyOf(c.extras().keySet()));
        assertEquals("team-a@example.com", c.extras().get("x-owner"));
        assertEquals(3.0, c.extras().get("x-weight"));
        assertEquals(7, c.extras().get("x-count"));
        assertEquals(true, c.extras().get("x-flag"));
        assertNull(c.extras().get("x-none"));
        assertTrue(c.extras().containsKey("x-none"));
        assertEquals(Map.of("a", Map.of("b", List.of(1, 2))), c.extras().get("x-nested"));
        assertEquals(List.of(List.of(1, 2), List.of()), c.extras().get("x-matrix"));
        String written = NativeGraphWriter.write(r.graph(), r.headerComment());
        assertTrue(written.contains("    x-weight: 3.0\n"), written);
        assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO && f.code().equals("unknown-key")));
    }

    @Test
    void numbersAreWrittenShortest() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE)
                .withRollout(Rollout.NONE.withFailureProbability(0.1).withGates(List.of(new Gate("m", 1e-7),
                        new Gate("k", 123.456), new Gate("o", 2e20), new Gate("p", -0.5))))
                .withPosition(new Position(-140, 1e15)));
        String text = NativeGraphWriter.write(g, null);
        assertTrue(text.contains("failureProbability: 0.1\n"), text);
        assertTrue(text.contains("gates: [{metric: m, max: 1.0e-7}, {metric: k, max: 123.456}, {metric: o, max: 2.0e+20},"
                + " {metric: p, max: -0.5}]"), text);
        assertTrue(text.contains("position: {x: -140, y: 1.0e+15}"), text);
        assertTrue(g.sameContentAs(NativeGraphReader.read(text, null).graph()));
    }

    @Test
    void generatedGraphsRoundTrip() {
        for (long seed = 1; seed <= 5; seed++) {
            ServiceGraph g = GraphGenerator.generate(300, 1200, seed);
            String text = NativeGraphWriter.write(g, "# seed " + seed);
            LoadResult r = NativeGraphReader.read(text, "generated.yaml");
            assertTrue(g.sameContentAs(r.graph()), "seed " + seed);
            assertEquals(text, NativeGraphWriter.write(r.graph(), r.headerComment()));
        }
    }

    @Test
    void graphLargerThanSnakeYamlsDefaultLimitReads() {
        ServiceGraph g = GraphGenerator.generate(8_000, 42_000, 3);
        String text = NativeGraphWriter.write(g, null);
        assertTrue(text.length() > 3_200_000, "bigger than SnakeYAML's default code point limit: " + text.length());
        assertEquals(42_000, NativeGraphReader.read(text, "large.yaml").graph().dependencyCount());
    }

    @Test
    void extraNamedLikeAKnownKeyIsABugNotADuplicateKey() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(new Component("a", null, ComponentKind.SERVICE, null, null, false, null, null,
                Map.of("tier", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NativeGraphWriter.write(g, null));
        assertEquals("component 'a' has an extra key 'tier' that is a known key", e.getMessage());
    }

    static Path resource(String name) {
        return Path.of("src/test/resources", name);
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
