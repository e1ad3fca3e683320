package dev.stagecraft.cli;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the graph file a subcommand was given, turning "no such file" into a clear exit-2 message. */
final class GraphInput {
    private GraphInput() {
    }

    static LoadResult load(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputException(file + ": not a readable file");
        }
        return NativeGraphReader.read(file);
    }
}
