package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.csv.CsvEdgeListReader;
import dev.stagecraft.io.csv.CsvEdgeListWriter;
import dev.stagecraft.io.dot.DotReader;
import dev.stagecraft.io.dot.DotWriter;
import dev.stagecraft.io.graphml.GraphmlReader;
import dev.stagecraft.io.graphml.GraphmlWriter;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
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
import dev.stagecraft.model.WrittenNumber;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** import(export(g)) keeps components, dependencies, kinds and the attributes each format can carry. */
class RoundTripTest {
    /** A shop with awkward names, every kind of attribute, a self-loop and a group. */
    static ServiceGraph shop() {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(GraphMetadata.EMPTY.withName("shop"));
        g.addComponent(Component.of("gateway", ComponentKind.GATEWAY).withName("Edge \"Gateway\" <main> & co").withTier(0));
        g.addComponent(Component.of("checkout", ComponentKind.SERVICE).withTeam("payments").withChanging(true)
                .withRollout(Rollout.NONE.withDurationMinutes(45)));
        g.addComponent(Component.of("orders-db", ComponentKind.DATABASE).withTier(1).withName("Orders, EU\\primary"));
        g.addComponent(Component.of("events", ComponentKind.QUEUE));
        g.addComponent(Component.of("retry.worker", ComponentKind.JOB).withChanging(true));
        g.addComponent(Component.of("lonely", ComponentKind.EXTERNAL));
        g.addDependency(Dependency.of("gateway", "checkout"));
        g.addDependency(Dependency.of("checkout", "orders-db", DependencyKind.DATA, Strength.HARD));
        g.addDependency(Dependency.of("checkout", "events", DependencyKind.ASYNC, Strength.SOFT));
        g.addDependency(Dependency.of("retry.worker", "retry.worker"));
        g.addDependency(Dependency.of("retry.worker", "events", null, Strength.SOFT));
        g.addGroup(ChangeGroup.of("checkout-upgrade", List.of("checkout", "retry.worker")));
        return g;
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("dot", new DotWriter(), new DotReader(), true),
                Arguments.of("graphml", new GraphmlWriter(), new GraphmlReader(), true),
                Arguments.of("json", new JsonGraphWriter(), new JsonGraphReader(), true),
                Arguments.of("csv", new CsvEdgeListWriter(), new CsvEdgeListReader(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void importOfExportKeepsComponentsAndDependencies(String format, GraphWriter writer, GraphReader reader, boolean rich) {
        ServiceGraph g = shop();
        ServiceGraph back = reader.read(writer.write(g), "shop." + format).graph();
        assertEquals(ids(g), ids(back), format);
        assertEquals(List.copyOf(g.dependencies()), List.copyOf(back.dependencies()), format + ": ends, kind, strength");
        if (rich) {
            for (Component c : g.components()) {
                Component b = back.requireComponent(c.id());
                assertEquals(c.kind(), b.kind(), format + " kind of " + c.id());
                assertEquals(c.name(), b.name(), format + " name of " + c.id());
                assertEquals(c.team(), b.team(), format);
                assertEquals(c.tier(), b.tier(), format);
                assertEquals(c.changing(), b.changing(), format);
                assertEquals(c.rollout().durationMinutes(), b.rollout().durationMinutes(), format);
            }
            assertEquals(List.copyOf(g.groups()), List.copyOf(back.groups()), format + " groups");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void exportIsDeterministic(String format, GraphWriter writer, GraphReader reader, boolean rich) {
        assertEquals(writer.write(shop()), writer.write(shop()));
        ServiceGraph once = reader.read(writer.write(shop()), null).graph();
        assertEquals(writer.write(once), writer.write(reader.read(writer.write(once), null).graph()),
                format + ": export(import(export)) is stable");
    }

    @Test
    void jsonCarriesEverythingTheModelHolds() {
        ServiceGraph g = shop();
        g.replaceComponent("checkout", g.requireComponent("checkout").withPosition(new Position(10.5, -3))
                .withRollout(new Rollout(45, List.of(1, 10, 100), 5, 0.02, List.of(new Gate("error_rate", 0.01)),
                        List.of("helm rollback checkout"), 12)));
        g.replaceComponent("events", new Component("events", null, ComponentKind.QUEUE, null, null, false, null, null,
                Map.of("partitions", 12L, "topics", List.of("orders", "refunds"))));
        ServiceGraph back = new JsonGraphReader().read(new JsonGraphWriter().write(g), "g.json").graph();
        assertTrue(g.sameContentAs(back));
    }

    /** Map.of iterates in an order that changes from one JVM to the next: the same graph gave different files. */
    @Test
    void jsonWritesPositionXBeforeYInEveryRun() {
        ServiceGraph g = shop();
        g.replaceComponent("checkout", g.requireComponent("checkout").withPosition(new Position(10.5, -3)));
        String json = new JsonGraphWriter().write(g);
        assertTrue(json.contains("\"position\" : {\n      \"x\" : 10.5,\n      \"y\" : -3.0\n"), json);
    }

    /** The native format and JSON carry saved scenarios: every other writer says it drops them, by name. */
    @Test
    void everyFlatFormatSaysItDoesNotCarryTheSavedScenarios() {
        ServiceGraph g = shop();
        g.setMetadata(g.metadata().withScenarios(java.util.List.of(
                dev.stagecraft.model.SavedScenario.empty("checkout-fails"),
                dev.stagecraft.model.SavedScenario.empty("db-down"))));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), new JsonGraphWriter().losses(g), "JSON carries them");
        java.util.Map<String, dev.stagecraft.io.GraphWriter> writers = new java.util.LinkedHashMap<>();
        writers.put("CSV", new CsvEdgeListWriter());
        writers.put("DOT", new dev.stagecraft.io.dot.DotWriter());
        writers.put("GraphML", new dev.stagecraft.io.graphml.GraphmlWriter());
        writers.forEach((format, writer) -> assertTrue(writer.losses(g).contains(format
                + " does not carry the 2 scenarios saved with the graph ('checkout-fails', 'db-down');"
                + " keep the native file for them"), format + ": " + writer.losses(g)));
    }

    /** Every key of the native scenarios: section (policy, detection minutes, stage and minute bad versions, faults). */
    @Test
    void jsonCarriesTheSavedScenariosAsTheNativeFileDoes() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/native/scenarios.yaml"));
        ServiceGraph g = dev.stagecraft.io.nativeyaml.NativeGraphReader.read(text, "scenarios.yaml").graph();
        assertTrue(g.metadata().scenarios().size() >= 2, "the fixture has scenarios");
        String json = new JsonGraphWriter().write(g);
        assertTrue(json.contains("\"scenarios\" : ["), json);
        ServiceGraph back = new JsonGraphReader().read(json, "g.json").graph();
        assertEquals(g.metadata().scenarios(), back.metadata().scenarios());
        assertTrue(g.sameContentAs(back));
        assertEquals(dev.stagecraft.io.nativeyaml.NativeGraphWriter.write(g, null),
                dev.stagecraft.io.nativeyaml.NativeGraphWriter.write(back, null));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "{\"name\": \"x\", \"inject\": [{\"component\": \"a\"}]}|needs either a 'stage' or a 'minute', not neither",
        "{\"name\": \"x\", \"inject\": [{\"component\": \"a\", \"stage\": 1, \"minute\": 3}]}|not both",
        "{\"name\": \"x\", \"faults\": [{\"component\": \"a\", \"from\": 9, \"to\": 4}]}|ends at minute 4",
        "{\"name\": \"x\", \"onFailure\": \"panic\"}|on-failure policy 'panic' is not one of",
        "{\"inject\": []}|a scenario needs a 'name'",
        "{\"name\": \"Bad Name\"}|must match",
    })
    void aBadScenarioInJsonIsRefusedWithItsPlace(String scenario, String message) {
        String json = "{\"nodes\": [{\"id\": \"a\"}],\n \"scenarios\": [" + scenario + "]}";
        dev.stagecraft.io.GraphFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.stagecraft.io.GraphFormatException.class, () -> new JsonGraphReader().read(json, "g.json"));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("g.json:2:"), e.getMessage());
    }

    @Test
    void csvSaysItDoesNotCarryChanging() {
        ServiceGraph g = shop();
        assertTrue(new CsvEdgeListWriter().losses(g).stream()
                .anyMatch(l -> l.startsWith("CSV does not carry which components are changing (2 marked changing")),
                new CsvEdgeListWriter().losses(g).toString());
        ServiceGraph back = new CsvEdgeListReader().read(new CsvEdgeListWriter().write(g), "shop.csv").graph();
        assertTrue(back.components().stream().noneMatch(Component::changing), "as documented in README");
    }

    @Test
    void jsonRoundTripsAGeneratedGraph() {
        ServiceGraph g = GraphGenerator.generate(300, 1200, 7);
        ServiceGraph back = new JsonGraphReader().read(new JsonGraphWriter().write(g), "g.json").graph();
        assertEquals(List.copyOf(g.components()), List.copyOf(back.components()));
        assertEquals(List.copyOf(g.dependencies()), List.copyOf(back.dependencies()));
        assertEquals(List.copyOf(g.groups()), List.copyOf(back.groups()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void graphNameAndDescriptionSurviveTheRoundTripWhereTheFormatHasRoomForThem(String format, GraphWriter writer,
                                                                                GraphReader reader, boolean rich) {
        ServiceGraph g = shop();
        g.setMetadata(new GraphMetadata("shop \"EU\" <prod> & co", "Online shop, 2026 Q4 release.\n"
                + "Second line with a back\\slash, \\n as text, quotes \" and <tags> & ampersands.", Map.of()));
        GraphMetadata back = reader.read(writer.write(g), "shop." + format).graph().metadata();
        if (rich) {
            assertEquals(g.metadata(), back, format);
        } else {
            assertEquals(GraphMetadata.EMPTY, back, format + " carries no graph metadata");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aNamelessGraphStaysNameless(String format, GraphWriter writer, GraphReader reader, boolean rich) {
        ServiceGraph g = shop();
        g.setMetadata(GraphMetadata.EMPTY);
        assertEquals(GraphMetadata.EMPTY, reader.read(writer.write(g), "shop." + format).graph().metadata(), format);
    }

    @Test
    void dotAndGraphmlSayWhatTheyLose() {
        ServiceGraph g = shop();
        g.replaceComponent("checkout", g.requireComponent("checkout").withPosition(new Position(1, 2))
                .withRollout(new Rollout(45, List.of(1, 100), 5, null, null, null, null)));
        g.replaceComponent("events", new Component("events", null, ComponentKind.QUEUE, null, null, false, null, null,
                Map.of("partitions", new WrittenNumber(31, "0x1f"))));
        g.replaceGroup("checkout-upgrade", new ChangeGroup("checkout-upgrade", List.of("checkout", "retry.worker"),
                Map.of("ticket", "REL-7")));
        List<String> dot = new DotWriter().losses(g);
        assertEquals(3, dot.size(), dot.toString());
        assertTrue(dot.get(0).contains("positions"), dot.toString());
        assertTrue(dot.get(1).contains("extras of change groups"), dot.toString());
        assertTrue(dot.get(2).contains("0x1f comes back as 31"), dot.toString());
        List<String> graphml = new GraphmlWriter().losses(g);
        assertEquals(dot.subList(1, 3).stream().map(l -> l.replace("DOT", "GraphML")).toList(), graphml,
                "GraphML carries positions as yEd geometry");
        assertEquals(List.of(), new DotWriter().losses(shop()), "nothing lost, nothing said");
    }

    private static List<String> ids(ServiceGraph g) {
        return g.components().stream().map(Component::id).toList();
    }
}
