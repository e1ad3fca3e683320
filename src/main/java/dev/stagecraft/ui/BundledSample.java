package dev.stagecraft.ui;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.ui.window.DocumentViewModel;

/** The demo graph shipped inside the jar ({@code /dev/stagecraft/ui/demo.yaml}), opened when no file is given. */
final class BundledSample {
    static final String RESOURCE = "/dev/stagecraft/ui/demo.yaml";

    private BundledSample() {
    }

    /** Reads the bundled sample. */
    static LoadResult read() {
        throw new UnsupportedOperationException("bundled sample arrives with the io branch");
    }

    static void load(DocumentViewModel document) {
        LoadResult r = read();
        document.setDocument(r.graph(), null, r.findings(), r.headerComment());
    }
}
