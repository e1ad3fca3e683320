package dev.stagecraft.io.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** compose's extends, in the same file and from another. */
class ComposeExtendsTest {
    @Test
    void aServiceTakesItsBaseSettingsItsOwnWinningAndListsMerging() {
        ImportResult r = GraphFormats.read(Path.of("src/test/resources/compose/extends-project/docker-compose.yml"), null);
        ServiceGraph g = r.graph();
        assertTrue(g.dependency("api", "db").isPresent(), "depends_on from the base in the other file");
        assertTrue(g.dependency("worker", "cache").isPresent(), "depends_on from the base in this file");
        assertTrue(g.dependency("worker", "api").isPresent(), "and the service's own, merged");
        assertEquals("example/app:1.0", g.requireComponent("api").extras().get("image"), "the base's image");
        assertEquals(ComponentKind.DATABASE, g.requireComponent("db").kind());
    }

    @Test
    void aCycleOrAMissingBaseIsRefusedWithItsPlace() {
        String cycle = "services:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new ComposeReader().read(cycle, "c.yaml"));
        assertTrue(e.getMessage().contains("extends itself"), e.getMessage());
        String missing = "services:\n  a:\n    image: x\n    extends: nothing\n";
        GraphFormatException m = assertThrows(GraphFormatException.class, () -> new ComposeReader().read(missing, "c.yaml"));
        assertEquals(4, m.line());
        assertTrue(m.getMessage().contains("'nothing', which is not a service"), m.getMessage());
    }

    @Test
    void anotherFileWithoutADirectoryIsReportedAndLeftOut() {
        String text = "services:\n  a:\n    image: x\n    extends:\n      file: other.yml\n      service: base\n";
        ImportResult r = new ComposeReader().read(text, "c.yaml");
        assertEquals(1, r.graph().componentCount());
        assertTrue(r.report().entries().stream().anyMatch(f -> f.message().contains("other.yml, which was not read")));
    }
}
