package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.yaml.YamlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the native graph file ({@code apiVersion: stagecraft/v1}, {@code kind: ServiceGraph}; see
 * DESIGN.md). A file that cannot be understood throws {@link GraphFormatException} with file, line and
 * column; anything the reader can repair is a finding in the {@link LoadResult}.
 *
 * <p>Refused on purpose: YAML anchors, aliases and tags (Jackson would silently turn an alias {@code *x}
 * into the text "x", and none of them would survive a save), duplicate keys, several documents in one
 * file, and files over {@link #DEFAULT_MAX_BYTES}.
 *
 * <p>Reading is O(file size). Files in the plain block subset that Stagecraft itself writes take a
 * line-oriented fast path ({@link BlockYamlScanner}); anything else, and any file with a problem, is read
 * by Jackson, so messages and places are always Jackson's. A 20,000-component, 100,000-dependency file
 * (8.3 MB) reads in 131 ms warm and 390 ms as the first read in a JVM; through Jackson 425 ms warm (see
 * {@code ReaderBenchmark}).
 */
public final class NativeGraphReader {
    /**
     * The largest file read: 64 MiB. A 20,000-component, 100,000-dependency graph is 5 to 11 MB
     * (11 MB when every dependency spells out its kind and strength), so this leaves six times the room
     * while still refusing a runaway file before it fills the memory (reading takes about 10 times the
     * file size in transient memory). SnakeYAML's own default, about 3 million code points, is smaller
     * than such a graph; it is raised to this limit.
     */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private NativeGraphReader() {
    }

    /** Reads a file; the path is named in messages as given. */
    public static LoadResult read(Path file) {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /** Reads a file no larger than {@code maxBytes}. */
    public static LoadResult read(Path file, long maxBytes) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size, maxBytes, "bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GraphFormatException(name, 0, 0, "no such file", e);
        } catch (IOException e) {
            throw new GraphFormatException(name, 0, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length, maxBytes, "bytes");
        }
        return decode(YamlText.utf8(bytes, name), name, maxBytes);
    }

    /** Reads text held in memory; {@code fileName} (may be null) is used in messages and locations. */
    public static LoadResult read(String text, String fileName) {
        return read(text, fileName, DEFAULT_MAX_BYTES);
    }

    /** Reads text of at most {@code maxChars} characters (for text, the limit counts characters). */
    public static LoadResult read(String text, String fileName, long maxChars) {
        if (text.length() > maxChars) {
            throw tooLarge(fileName, text.length(), maxChars, "characters");
        }
        return decode(text.startsWith("\uFEFF") ? text.substring(1) : text, fileName, maxChars);
    }

    private static LoadResult decode(String text, String fileName, long limit) {
        return GraphDecoder.decode(text, fileName, (int) Math.min(limit, Integer.MAX_VALUE - 1L), headerComment(text));
    }

    /**
     * The comment lines at the top of the text, before the first line with content: each stripped of
     * surrounding blanks, blank lines inside kept as empty lines, blank lines at either end dropped.
     */
    static String headerComment(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
            if (!line.isEmpty() || !lines.isEmpty()) {
                lines.add(line);
            }
            start = end + 1;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static GraphFormatException tooLarge(String name, long size, long limit, String unit) {
        return new GraphFormatException(name, 0, 0, String.format(Locale.ROOT,
                "is %,d %s, over the limit of %,d %s for a graph file (a 20,000-component graph is about 10 MB);"
                        + " is this really a Stagecraft graph?", size, unit, limit, unit));
    }
}
