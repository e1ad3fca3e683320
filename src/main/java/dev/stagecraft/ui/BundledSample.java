package dev.stagecraft.ui;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo graph shipped inside the jar, opened when no file is given. The build copies
 * {@code sample-graphs/demo.yaml} to {@value #RESOURCE} (see pom.xml), so there is one demo file.
 */
final class BundledSample {
    static final String RESOURCE = "/dev/stagecraft/ui/demo.yaml";

    private BundledSample() {
    }

    /** Reads the bundled sample. */
    static LoadResult read() {
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + RESOURCE + " is missing from the class path");
            }
            return NativeGraphReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void load(DocumentViewModel document) {
        LoadResult r = read();
        document.setDocument(r.graph(), null, r.findings(), r.headerComment());
    }
}
