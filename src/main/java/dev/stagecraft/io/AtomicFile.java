package dev.stagecraft.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same directory, are
 * forced to disk, and the temporary file is renamed over the target. A reader sees either the old file
 * or the new one, never half of it; when anything fails the old file is untouched and the temporary
 * file is removed. A temporary file left behind by a process killed between writing and renaming is
 * recognised by its name ({@code .NAME.PID.RANDOM.tmp}, hidden, next to the target) and removed by the next
 * write to that target.
 *
 * <p>A symbolic link is followed (the file it points to is replaced, the link stays). An existing
 * file's POSIX permissions are carried over to the new one.
 */
public final class AtomicFile {
    /** What follows {@code .NAME.} in a temporary file's name: the writing process's id and a random part. */
    private static final Pattern TEMPORARY = Pattern.compile("(\\d{1,19})\\.[0-9a-f-]{36}\\.tmp");

    private AtomicFile() {
    }

    /** Writes the content of an in-memory document. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Writes what {@code content} produces, streaming, with the same all-or-nothing guarantee. Our own
     * temporary files left next to the target by a process that died before renaming them are removed first.
     *
     * @throws IOException naming the target (never only the temporary file), what went wrong and what to do
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = file.getParent();
        String prefix = "." + file.getFileName() + ".";
        removeStaleTemporaries(dir, prefix);
        Path temp = dir.resolve(prefix + ProcessHandle.current().pid() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Same directory, so this is still a rename on every file system we know of.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof IOException io) {
                throw explained(target, dir, io);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /**
     * Temporary files are {@code .NAME.PID.RANDOM.tmp}; one whose process is no longer running was left by a
     * write that was killed between creating and renaming it. Temporaries of running processes (this one
     * included: another thread may be saving) are left alone. Best effort: what cannot be listed or removed stays.
     */
    private static void removeStaleTemporaries(Path dir, String prefix) {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isStale(p.getFileName().toString(), prefix))) {
            entries.forEach(stale::add);
        } catch (IOException | DirectoryIteratorException e) {
            return;
        }
        for (Path p : stale) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // left for a later write; it is hidden and never read
            }
        }
    }

    static boolean isStale(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return false;
        }
        Matcher m = TEMPORARY.matcher(name.substring(prefix.length()));
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /** The failure as a sentence about the file the user named, with what to do. */
    static IOException explained(Path target, Path dir, IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String sentence;
        if (e instanceof AccessDeniedException) {
            sentence = "permission denied: a new file cannot be created in " + dir + " (the content is written to a"
                    + " temporary file there, then renamed over " + target.getFileName() + "); choose another"
                    + " directory or make this one writable";
        } else if (e instanceof NoSuchFileException && !Files.isDirectory(dir)) {
            sentence = "the directory " + dir + " does not exist; create it first";
        } else if (Files.isDirectory(target)) {
            sentence = "it is a directory; name a file";
        } else if (reason != null && reason.contains("No space left")) {
            sentence = "no space left on the device; free some space and write again";
        } else if (reason != null && reason.contains("quota")) {
            sentence = "disk quota exceeded; free some space and write again";
        } else {
            sentence = (reason == null ? e.getClass().getSimpleName() : reason) + "; check the path and the"
                    + " directory's permissions and space";
        }
        boolean existed = Files.isRegularFile(target);
        return new IOException(target + ": cannot be written: " + sentence
                + (existed ? " (the old file is unchanged)" : " (nothing was written)"), e);
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            target.setPermissions(permissions);
        }
    }

    /** Makes the rename itself durable; some platforms cannot open a directory, which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is already on disk and renamed; only the directory entry's durability is best effort.
        }
    }

    /** Produces a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
