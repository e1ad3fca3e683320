package dev.stagecraft.io.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ${VAR} in compose files, with the values of the .env file beside them. */
class ComposeVariablesTest {
    private static final Path PROJECT = Path.of("src/test/resources/compose/env-project/docker-compose.yml");

    @Test
    void theDotEnvBesideTheFileGivesTheValues() {
        ImportResult r = GraphFormats.read(PROJECT, null);
        ServiceGraph g = r.graph();
        assertTrue(g.dependency("api", "orders-db").isPresent(), "DB_HOST=orders-db from .env");
        assertTrue(g.dependency("api", "cache").isPresent(), "${CACHE_HOST:-cache} takes its default");
        assertTrue(g.dependency("worker", "broker").isPresent(), "an exported, quoted value");
        assertEquals(List.of("LOG_LEVEL"), r.report().withCode("unset-variable").get(0).subjects());
        assertEquals(1, r.report().withCode("variables").size());
    }

    @Test
    void withoutTheDotEnvARequiredVariableIsRefusedWithItsPlace() throws Exception {
        String text = Files.readString(PROJECT);
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new ComposeReader().read(text, "docker-compose.yml"));
        assertEquals(19, e.line());
        assertTrue(e.getMessage().contains("QUEUE_HOST is required: set QUEUE_HOST in .env"), e.getMessage());
    }

    @Test
    void substitutionFollowsCompose() {
        ComposeVariables v = new ComposeVariables(Map.of("SET", "x", "EMPTY", ""), null);
        dev.stagecraft.io.document.DocNode out = v.substitute(new dev.stagecraft.io.document.DocNode.Scalar(
                "${SET}-$SET-${SET:-d}-${EMPTY:-d}-${EMPTY-d}-${UNSET-d}-${SET:+alt}-${EMPTY+alt}-${EMPTY:+alt}-$$SET",
                new dev.stagecraft.model.SourceLocation("c.yaml", 1, 1)), "c.yaml");
        assertEquals("x-x-x-d--d-alt-alt--$SET", out.toPlain());
        assertEquals(Map.of("K", "v", "Q", "a b", "E", "plain"),
                ComposeVariables.parseDotEnv("# c\nK=v\nexport Q='a b'\n\nE=plain # note\n", ".env"));
        GraphFormatException bad = assertThrows(GraphFormatException.class,
                () -> ComposeVariables.parseDotEnv("K=v\nnot a line\n", ".env"));
        assertEquals(2, bad.line());
    }
}
