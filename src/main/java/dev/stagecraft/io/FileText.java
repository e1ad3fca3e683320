package dev.stagecraft.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of an input file (graph or plan), or a {@link GraphFormatException} naming the file and, for bytes
 * that are not text, the line and column of the first bad one. Text is UTF-8 (a UTF-8 byte order mark is
 * dropped), or UTF-16 when the file starts with a UTF-16 byte order mark (what Windows PowerShell's {@code >}
 * writes). O(size).
 */
public final class FileText {
    private FileText() {
    }

    /**
     * Reads a whole file no larger than {@code maxBytes}; the path is named in messages as given.
     *
     * @param what what the file should be, for messages: {@code graph file}, {@code plan}
     */
    public static String read(Path file, long maxBytes, String what) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new GraphFormatException(name, 0, 0, "is a directory, not a file; name the " + what);
            }
            if (!Files.isRegularFile(file)) {
                throw new GraphFormatException(name, 0, 0, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size, maxBytes, what);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GraphFormatException(name, 0, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new GraphFormatException(name, 0, 0, "cannot be read: permission denied; check the file's"
                    + " permissions", e);
        } catch (FileSystemException e) {
            throw new GraphFormatException(name, 0, 0, "cannot be read: " + (e.getReason() == null ? "input/output error"
                    : e.getReason()), e);
        } catch (IOException e) {
            throw new GraphFormatException(name, 0, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length, maxBytes, what);
        }
        return decode(bytes, name);
    }

    /** The text of a file's bytes; {@code name} (may be null) for messages. */
    public static String decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        return decode(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, StandardCharsets.UTF_8, name);
    }

    private static String decode(byte[] bytes, int start, Charset charset, String name) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = in.position();
            String before = new String(bytes, start, bad - start, charset);
            LineIndex lines = new LineIndex(before + " ");
            int line = lines.line(before.length());
            int column = lines.column(before.length());
            boolean utf8 = charset.equals(StandardCharsets.UTF_8);
            String sentence = utf8
                    ? String.format(Locale.ROOT, "byte 0x%02X is not valid UTF-8; save the file as UTF-8 text"
                            + " (it may be in Latin-1 or Windows-1252)", bytes[bad] & 0xFF)
                    : bad + 1 < bytes.length
                    ? String.format(Locale.ROOT, "the bytes 0x%02X 0x%02X are not valid %s (the file starts with a"
                            + " UTF-16 byte order mark); save the file as UTF-8 text", bytes[bad] & 0xFF,
                            bytes[bad + 1] & 0xFF, charset.name())
                    : "the file ends inside a " + charset.name() + " character (the file starts with a UTF-16 byte"
                            + " order mark); save the file as UTF-8 text";
            throw new GraphFormatException(name, line, column, sentence, e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static GraphFormatException tooLarge(String name, long size, long limit, String what) {
        return new GraphFormatException(name, 0, 0, String.format(Locale.ROOT,
                "is %,d bytes, over the limit of %,d bytes for a %s (a 20,000-component graph is about 10 MB,"
                        + " its plan 23 MB); is this really a Stagecraft %s?", size, limit, what, what));
    }
}
