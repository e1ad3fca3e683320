package dev.stagecraft.cli;

import dev.stagecraft.io.FileText;
import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the native graph file a subcommand was given ({@code validate}, {@code analyze}, {@code plan},
 * {@code simulate}): the one error path for all of them. "No such file" and "not readable" are exit-2 messages; a
 * file in another format (by its content, else by its extension) is refused unread with the format it looks like
 * and the {@code convert} command that makes a native file of it, so the error never quotes the file.
 */
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
        String text = FileText.read(file, NativeGraphReader.DEFAULT_MAX_BYTES, "graph file");
        Optional<GraphFormat> byContent = GraphFormats.sniff(text);
        Optional<GraphFormat> byName = GraphFormats.detect(file, text);
        GraphFormat seen = byContent.or(() -> byName).orElse(GraphFormat.NATIVE);
        if (seen != GraphFormat.NATIVE) {
            throw new InputException(notNative(file, seen, byContent.isPresent(), byName.orElse(null)));
        }
        return NativeGraphReader.read(text, file.toString());
    }

    /** The message for a graph file of another format: what it looks like, why, and the command to convert it. */
    static String notNative(Path file, GraphFormat seen, boolean byContent, GraphFormat byName) {
        String why = byContent && byName == seen ? "by its name and content" : byContent ? "by its content" : "by its name";
        Path target = nativeName(file);
        String from = byName == seen ? "" : " --from " + seen.id();
        return file + ": this looks like " + GraphFormats.title(seen) + " (" + why + "), not a Stagecraft YAML graph,"
                + " which this command reads; convert it first: stagecraft convert " + file + " " + target + from;
    }

    private static Path nativeName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        String target = ext.equalsIgnoreCase("yaml") || ext.equalsIgnoreCase("yml") ? stem + ".stagecraft.yaml"
                : stem + ".yaml";
        return file.resolveSibling(target);
    }
}
