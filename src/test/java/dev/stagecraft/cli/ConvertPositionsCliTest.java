package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code convert} from a format without positions writes a position for every component: the place the editor
 * draws it at (the same placement, boxes measured headless), the same bytes on every run.
 */
class ConvertPositionsCliTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = StagecraftCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path resource(String name, String resource) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, TestFiles.text(resource));
        return p;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"docker-compose.yaml, compose/shop-compose.yaml, shop.yaml",
        "tf.dot, dot/terraform-graph.dot, tf.yaml", "tf.dot, dot/terraform-graph.dot, tf.json"})
    void everyComponentGetsThePositionItsDiagramDrawsAndRerunsGiveTheSameBytes(String name, String resource,
            String target) throws Exception {
        Path in = resource(name, resource);
        Path first = dir.resolve(target);
        Path second = dir.resolve("again-" + target);
        assertEquals(0, run("convert", in.toString(), first.toString()), err.toString());
        assertEquals(0, run("convert", in.toString(), second.toString()), err.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same input, same bytes");

        ServiceGraph written = GraphFormats.read(first, null).graph();
        ServiceGraph imported = GraphFormats.read(in, null).graph();
        assertTrue(imported.components().stream().allMatch(c -> c.position() == null), "the source has no positions");
        Diagram drawn = new Diagram(imported, new HeadlessTextMeasurer(),
                new DiagramPlacement(new HighlightAnalysis(imported.snapshot())::waves));
        assertEquals(imported.componentCount(), written.componentCount());
        for (Component c : written.components()) {
            assertNotNull(c.position(), c.id() + " has a position");
            int i = drawn.indexOf(c.id());
            assertEquals(new Position(drawn.centerX(i), drawn.centerY(i)), c.position(), c.id());
        }
        assertTrue(err.toString().contains("placed " + imported.componentCount() + " components without a position"),
                err.toString());
    }

    @Test
    void positionsInTheFileAreKeptAndOnlyTheMissingOneIsPlaced() throws Exception {
        Path in = dir.resolve("some.yaml");
        Files.writeString(in, """
                apiVersion: stagecraft/v1
                kind: ServiceGraph
                metadata:
                  name: some
                components:
                  - id: web
                    position: {x: 100, y: 40}
                  - id: api
                    position: {x: 100, y: 240}
                  - id: db
                dependencies:
                  - from: web
                    to: api
                  - from: api
                    to: db
                """);
        Path out = dir.resolve("out.yaml");
        assertEquals(0, run("convert", in.toString(), out.toString()), err.toString());
        ServiceGraph g = GraphFormats.read(out, GraphFormat.NATIVE).graph();
        assertEquals(new Position(100, 40), g.requireComponent("web").position());
        assertEquals(new Position(100, 240), g.requireComponent("api").position());
        assertTrue(g.requireComponent("db").position().y() > 240, "db, a dependency of api, goes below it");
        assertTrue(err.toString().contains("placed 1 component without a position"), err.toString());
    }

    @Test
    void aTargetWithoutPositionsIsWrittenAsBefore() throws Exception {
        Path in = resource("docker-compose.yaml", "compose/shop-compose.yaml");
        Path out = dir.resolve("shop.dot");
        assertEquals(0, run("convert", in.toString(), out.toString()), err.toString());
        assertFalse(err.toString().contains("placed"), err.toString());
        assertFalse(Files.readString(out).contains("pos="));
    }
}
