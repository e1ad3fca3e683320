package dev.stagecraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A bare launch opens the demo sample, and the README says so. */
class BundledSampleTest {
    @Test
    void theBundledSampleIsTheDemoFileTheReadmeNames() throws Exception {
        String demo = Files.readString(Path.of("sample-graphs/demo.yaml"), StandardCharsets.UTF_8);
        assertTrue(NativeGraphReader.read(demo, "demo.yaml").graph().sameContentAs(BundledSample.read().graph()));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("without a FILE, on the bundled demo sample (`sample-graphs/demo.yaml`"),
                "README describes what a bare launch opens");
        assertEquals(10, BundledSample.read().graph().componentCount());
    }
}
