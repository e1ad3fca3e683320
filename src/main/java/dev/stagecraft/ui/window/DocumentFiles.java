package dev.stagecraft.ui.window;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading graph files for the window, with the same messages as the command line. */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    /**
     * Reads a native graph file.
     *
     * @throws GraphFormatException naming the file, line and column of the problem, or that the file is missing
     */
    public static LoadResult read(Path file) {
        if (!Files.exists(file)) {
            throw new GraphFormatException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new GraphFormatException(file + ": not a readable file");
        }
        return NativeGraphReader.read(file);
    }

    /** Writes the document to a file (native YAML, atomically). */
    public static void write(DocumentViewModel document, Path target) throws java.io.IOException {
        throw new java.io.IOException("saving arrives with the io branch");
    }
}
