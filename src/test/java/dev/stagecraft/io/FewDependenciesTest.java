package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that could not be planned with says so. */
class FewDependenciesTest {
    private static String compose(int services, boolean linked) {
        StringBuilder s = new StringBuilder("services:\n");
        for (int i = 0; i < services; i++) {
            s.append("  s").append(i).append(":\n    image: example/s").append(i).append('\n');
            if (linked && i > 0) {
                s.append("    depends_on: [s").append(i - 1).append("]\n");
            }
        }
        s.append("  last:\n    image: example/last\n    depends_on: [s0]\n");
        return s.toString();
    }

    @Test
    void manyServicesAndOneDependencyAreReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, compose(20, false));
        ImportResult r = GraphFormats.read(file, null);
        assertEquals(1, r.report().withCode("few-dependencies").size());
        assertTrue(r.report().withCode("few-dependencies").get(0).message().contains("only 1 dependency among 21"));
    }

    @Test
    void aWiredFileOrASmallOneIsNot(@TempDir Path dir) throws Exception {
        Path wired = dir.resolve("compose.yaml");
        Files.writeString(wired, compose(20, true));
        assertTrue(GraphFormats.read(wired, null).report().withCode("few-dependencies").isEmpty());
        Path small = dir.resolve("docker-compose.yml");
        Files.writeString(small, compose(5, false));
        assertTrue(GraphFormats.read(small, null).report().withCode("few-dependencies").isEmpty(),
                "six components are too few to judge");
    }
}
