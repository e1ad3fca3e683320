package dev.stagecraft.ui.document;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing graph files for the window, with the same messages as the command line. */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    /**
     * Reads a native graph file.
     *
     * @throws GraphFormatException naming the file, and the line and column of the problem when it has one
     */
    public static LoadResult read(Path file) {
        return NativeGraphReader.read(file);
    }

    /** Writes the document in the native format, all or nothing, keeping its header comment. */
    public static void write(DocumentViewModel document, Path target) throws IOException {
        NativeGraphWriter.save(target, document.graph(), document.headerComment());
    }
}
