package dev.stagecraft.ui.file;

import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recovery files: unsaved work written aside so a crash loses at most one autosave interval. A document
 * is kept as {@code <dir>/<key>.yaml} (native format) with a sidecar {@code <key>.path} naming the file it
 * belongs to (empty for an untitled document); the key is a hash of that path, or {@code untitled}.
 * Both files are written atomically.
 */
public final class RecoveryStore {
    /** One recovery file found in the directory. */
    public record Entry(Path yaml, Path original) {
    }

    /** System property naming a configuration directory to use instead of the user's. */
    public static final String CONFIG_DIR_PROPERTY = "stagecraft.config.dir";

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    /**
     * {@code <user config dir>/stagecraft/recovery}: {@code $XDG_CONFIG_HOME} or {@code ~/.config}, or
     * {@code <stagecraft.config.dir>/recovery} when that system property is set (the test build sets it).
     */
    public static Path defaultDirectory() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "recovery");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("stagecraft").resolve("recovery");
    }

    /** Writes the graph as the recovery copy of {@code original} (null: untitled). */
    public Path write(Path original, ServiceGraph graph, String headerComment) throws IOException {
        Files.createDirectories(dir);
        String key = key(original);
        Path yaml = dir.resolve(key + ".yaml");
        AtomicFile.write(dir.resolve(key + ".path"),
                (original == null ? "" : original.toAbsolutePath().normalize().toString()).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(yaml, NativeGraphWriter.writeBytes(graph, headerComment));
        return yaml;
    }

    /** Removes the recovery copy of {@code original}, if any (after a save, or closing without saving). */
    public void delete(Path original) throws IOException {
        String key = key(original);
        Files.deleteIfExists(dir.resolve(key + ".yaml"));
        Files.deleteIfExists(dir.resolve(key + ".path"));
    }

    /** Removes one entry found by {@link #pending()}. */
    public void delete(Entry entry) throws IOException {
        delete(entry.original());
    }

    /** The recovery files present now, in name order. */
    public List<Entry> pending() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path yaml : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String name = yaml.getFileName().toString();
                Path sidecar = dir.resolve(name.substring(0, name.length() - ".yaml".length()) + ".path");
                String original = Files.exists(sidecar) ? Files.readString(sidecar, StandardCharsets.UTF_8).strip() : "";
                found.add(new Entry(yaml, original.isEmpty() ? null : Path.of(original)));
            }
        }
        return List.copyOf(found);
    }

    static String key(Path original) {
        if (original == null) {
            return "untitled";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    original.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is missing from this Java runtime", e));
        }
    }
}
