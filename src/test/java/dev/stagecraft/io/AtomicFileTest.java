package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save replaces the file whole or not at all, and leaves no temporary file behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void createsAFileThatDidNotExist() throws IOException {
        Path file = dir.resolve("new.yaml");
        AtomicFile.write(file, "hello\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello\n", Files.readString(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void replacesTheWholeContent() throws IOException {
        Path file = dir.resolve("graph.yaml");
        Files.writeString(file, "a much longer old content\n".repeat(100));
        AtomicFile.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void failureWhileWritingLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("graph.yaml");
        byte[] old = "apiVersion: stagecraft/v1\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals(file + ": cannot be written: no space left on the device; free some space and write again"
                + " (the old file is unchanged)", e.getMessage(), "names the target, not the temporary file");
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void programmingErrorWhileWritingAlsoLeavesNoTrace() throws IOException {
        Path file = dir.resolve("graph.yaml");
        Files.writeString(file, "old\n");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write('x');
            throw new IllegalStateException("bug");
        }));
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void failedRenameRemovesTheTemporaryFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("a-directory.yaml"));
        Files.writeString(target.resolve("inside"), "keep me");
        assertThrows(IOException.class, () -> AtomicFile.write(target, new byte[] {1, 2, 3}));
        assertTrue(Files.isDirectory(target));
        assertEquals("keep me", Files.readString(target.resolve("inside")));
        assertEquals(List.of(target), filesInDir());
    }

    @Test
    void missingDirectoryFailsWithoutCreatingAnything() {
        Path file = dir.resolve("no/such/dir/graph.yaml");
        assertThrows(IOException.class, () -> AtomicFile.write(file, new byte[] {1}));
        assertTrue(Files.notExists(dir.resolve("no")));
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws IOException {
        Path file = dir.resolve("graph.yaml");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void writesThroughASymbolicLink() throws IOException {
        Path real = dir.resolve("real.yaml");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real.getFileName());
        AtomicFile.write(link, "new\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
        assertEquals(List.of(link, real), filesInDir());
    }

    @Test
    void permissionDeniedNamesTheTargetAndTheDirectoryNotTheTemporaryFile() {
        Path file = dir.resolve("graph.yaml");
        IOException e = AtomicFile.explained(file, dir, new java.nio.file.AccessDeniedException(
                dir.resolve(".graph.yaml.123.0000.tmp").toString()));
        assertTrue(e.getMessage().startsWith(file + ": cannot be written: permission denied"), e.getMessage());
        assertTrue(e.getMessage().contains("in " + dir + " "), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
    }

    @Test
    void unwritableDirectoryIsReportedWithTheTargetWhenPermissionsApply() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "root ignores permissions");
            Path file = locked.resolve("plan.yaml");
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, new byte[] {1}));
            assertTrue(e.getMessage().startsWith(file + ": cannot be written: permission denied"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void temporaryFileOfAKilledWriteIsRemovedByTheNextWrite() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path file = dir.resolve("graph.yaml");
        Files.writeString(file, "old\n");
        Path stale = dir.resolve(".graph.yaml." + gone.pid() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.writeString(stale, "new, complete but never renamed\n");
        Path ours = dir.resolve(".graph.yaml." + ProcessHandle.current().pid() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.writeString(ours, "another thread of this process is writing\n");
        Path other = dir.resolve(".other.yaml." + gone.pid() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.writeString(other, "another target's\n");
        AtomicFile.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of(other, ours, file).stream().sorted().toList(), filesInDir(),
                "only the dead process's temporary of this target is removed");
    }
}
