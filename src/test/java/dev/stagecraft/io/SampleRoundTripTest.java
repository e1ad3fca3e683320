package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every sample graph (and the bundled one), each writable format's write → read keeps every field README's
 * format table says it keeps, compared field by field so that a failure names the format, the sample, the
 * component and the field. The fields below are that table's "keeps" column; change both together.
 */
class SampleRoundTripTest {
    /** One thing a format can keep, with how to read it from a graph. */
    enum Field {
        GRAPH_NAME, GRAPH_DESCRIPTION, GRAPH_EXTRAS, COMPONENT_IDS, COMPONENT_ORDER, NAME, KIND, TEAM, TIER, CHANGING,
        DURATION_MINUTES, STAGES, BAKE_MINUTES, FAILURE_PROBABILITY, GATES, ROLLBACK, ROLLBACK_MINUTES,
        /** A position given comes back. */
        POSITION,
        /** No position stays no position (GraphML writes a grid place for yEd, and reads it back). */
        UNPLACED,
        COMPONENT_EXTRAS, DEPENDENCIES, DEPENDENCY_KIND, DEPENDENCY_STRENGTH, DEPENDENCY_EXTRAS, GROUPS, GROUP_EXTRAS
    }

    /** The "a write → read keeps" column of README's format table. */
    private static final Map<GraphFormat, Set<Field>> KEEPS = Map.of(
            GraphFormat.JSON, EnumSet.allOf(Field.class),
            GraphFormat.GRAPHML, EnumSet.complementOf(EnumSet.of(Field.GROUP_EXTRAS, Field.UNPLACED)),
            GraphFormat.DOT, EnumSet.complementOf(EnumSet.of(Field.GROUP_EXTRAS, Field.POSITION, Field.UNPLACED)),
            GraphFormat.CSV, EnumSet.of(Field.COMPONENT_IDS, Field.DEPENDENCIES, Field.DEPENDENCY_KIND,
                    Field.DEPENDENCY_STRENGTH));

    static Stream<Arguments> samplesAndFormats() throws IOException {
        Map<String, ServiceGraph> samples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("sample-graphs"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .forEach(f -> samples.put(f.getFileName().toString(), NativeGraphReader.read(f).graph()));
        }
        try (InputStream in = SampleRoundTripTest.class.getResourceAsStream("/dev/stagecraft/ui/demo.yaml")) {
            assertNotNull(in, "the bundled sample is on the class path");
            samples.put("bundled demo.yaml", NativeGraphReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "demo.yaml").graph());
        }
        samples.put("shop.yaml with extras", withExtras(samples.get("shop.yaml")));
        samples.put("awkward names", RoundTripTest.shop());
        List<Arguments> out = new ArrayList<>();
        samples.forEach((name, graph) -> KEEPS.keySet().stream().sorted()
                .forEach(format -> out.add(Arguments.of(format, name, graph))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("samplesAndFormats")
    void aWriteThenReadKeepsWhatTheFormatTableSays(GraphFormat format, String sample, ServiceGraph graph) {
        ImportResult back = GraphFormats.reader(format).read(GraphFormats.writer(format).write(graph), sample);
        List<String> differences = differences(graph, back.graph(), KEEPS.get(format));
        assertEquals(List.of(), differences, format.id() + " round trip of " + sample);
    }

    /** The samples hold no extras: these put some on the graph, a component, a dependency and nothing on groups. */
    private static ServiceGraph withExtras(ServiceGraph source) {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata(source.metadata().name(), source.metadata().description(),
                Map.of("owner", "release-team", "reviewed", true)));
        for (Component c : source.components()) {
            g.addComponent(c.id().equals("checkout") ? new Component(c.id(), c.name(), c.kind(), c.team(), c.tier(),
                    c.changing(), c.rollout(), c.position(), Map.of("runbook", "https://wiki/checkout \"v2\"",
                    "replicas", 6, "zones", List.of("eu-1", "eu-2"), "limits", Map.of("cpu", 2.5))) : c);
        }
        boolean first = true;
        for (Dependency d : source.dependencies()) {
            g.addDependency(first ? new Dependency(d.from(), d.to(), d.kind(), d.strength(), Map.of("note", "<via> & mesh"))
                    : d);
            first = false;
        }
        source.groups().forEach(g::addGroup);
        return g;
    }

    /** Each difference as "field of what: expected ... but read ...", for the fields kept. */
    static List<String> differences(ServiceGraph expected, ServiceGraph actual, Set<Field> kept) {
        List<String> out = new ArrayList<>();
        GraphMetadata em = expected.metadata();
        GraphMetadata am = actual.metadata();
        check(out, kept, Field.GRAPH_NAME, "the graph", em.name(), am.name());
        check(out, kept, Field.GRAPH_DESCRIPTION, "the graph", em.description(), am.description());
        check(out, kept, Field.GRAPH_EXTRAS, "the graph", em.extras(), am.extras());
        List<String> ids = expected.components().stream().map(Component::id).toList();
        List<String> readIds = actual.components().stream().map(Component::id).toList();
        check(out, kept, Field.COMPONENT_IDS, "the graph", new TreeSet<>(ids), new TreeSet<>(readIds));
        check(out, kept, Field.COMPONENT_ORDER, "the graph", ids, readIds);
        for (Component c : expected.components()) {
            Component b = actual.component(c.id()).orElse(null);
            if (b == null) {
                out.add("component " + c.id() + ": missing after the round trip");
                continue;
            }
            String who = "component " + c.id();
            check(out, kept, Field.NAME, who, c.name(), b.name());
            check(out, kept, Field.KIND, who, c.kind(), b.kind());
            check(out, kept, Field.TEAM, who, c.team(), b.team());
            check(out, kept, Field.TIER, who, c.tier(), b.tier());
            check(out, kept, Field.CHANGING, who, c.changing(), b.changing());
            rollout(out, kept, who, c.rollout(), b.rollout());
            check(out, kept, c.position() == null ? Field.UNPLACED : Field.POSITION, who, c.position(), b.position());
            check(out, kept, Field.COMPONENT_EXTRAS, who, c.extras(), b.extras());
        }
        if (kept.contains(Field.DEPENDENCIES)) {
            check(out, kept, Field.DEPENDENCIES, "the graph", keys(expected), keys(actual));
        }
        for (Dependency d : expected.dependencies()) {
            Dependency b = actual.dependency(d.from(), d.to()).orElse(null);
            if (b != null) {
                String who = "dependency " + d.key();
                check(out, kept, Field.DEPENDENCY_KIND, who, d.kind(), b.kind());
                check(out, kept, Field.DEPENDENCY_STRENGTH, who, d.strength(), b.strength());
                check(out, kept, Field.DEPENDENCY_EXTRAS, who, d.extras(), b.extras());
            }
        }
        // Members in component order: DOT and GraphML rebuild a group from its members' nodes.
        check(out, kept, Field.GROUPS, "the graph", groups(expected, ChangeGroup::members),
                groups(actual, ChangeGroup::members));
        check(out, kept, Field.GROUP_EXTRAS, "the graph", groups(expected, ChangeGroup::extras),
                groups(actual, ChangeGroup::extras));
        return out;
    }

    private static void rollout(List<String> out, Set<Field> kept, String who, Rollout a, Rollout b) {
        check(out, kept, Field.DURATION_MINUTES, who, a.durationMinutes(), b.durationMinutes());
        check(out, kept, Field.STAGES, who, a.stages(), b.stages());
        check(out, kept, Field.BAKE_MINUTES, who, a.bakeMinutes(), b.bakeMinutes());
        check(out, kept, Field.FAILURE_PROBABILITY, who, a.failureProbability(), b.failureProbability());
        check(out, kept, Field.GATES, who, a.gates(), b.gates());
        check(out, kept, Field.ROLLBACK, who, a.rollback(), b.rollback());
        check(out, kept, Field.ROLLBACK_MINUTES, who, a.rollbackMinutes(), b.rollbackMinutes());
    }

    private static void check(List<String> out, Set<Field> kept, Field field, String who, Object expected, Object actual) {
        if (kept.contains(field) && !Objects.equals(expected, actual)) {
            out.add(field.name().toLowerCase() + " of " + who + ": expected " + expected + " but read " + actual);
        }
    }

    private static Set<String> keys(ServiceGraph g) {
        Set<String> out = new TreeSet<>();
        g.dependencies().forEach(d -> out.add(d.key().toString()));
        return out;
    }

    private static Map<String, Object> groups(ServiceGraph g, Function<ChangeGroup, Object> what) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ChangeGroup group : g.groups()) {
            Object value = what.apply(group);
            if (value instanceof List<?> members) {
                value = members.stream().map(String::valueOf).sorted().toList();
            }
            out.put(group.id(), value);
        }
        return out;
    }
}
