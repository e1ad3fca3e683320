package dev.stagecraft.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTextTest {
    @TempDir
    Path dir;

    @Test
    void invalidUtf8InADotFileNamesTheLineAndCharacterColumnOfTheFirstBadByte() throws Exception {
        Path file = dir.resolve("latin1.dot");
        Files.write(file, "digraph {\n  \"Zürich\" -> b;\n  c [label=\"café\"];\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFormats.read(file, null));
        assertEquals(file.toString(), e.file());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertTrue(e.sentence().startsWith("byte 0xFC is not valid UTF-8; save the file as UTF-8"), e.sentence());
    }

    @Test
    void columnCountsCharactersNotBytesBeforeTheBadByte() {
        byte[] bytes = "a\n\u00e9\u00e9x".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        withBad[bytes.length] = (byte) 0xC3;
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> FileText.decode(withBad, "f.csv"));
        assertEquals("f.csv:2:4: byte 0xC3 is not valid UTF-8; save the file as UTF-8 text (it may be in Latin-1 or"
                + " Windows-1252)", e.getMessage());
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("powershell.dot");
        byte[] text = "digraph { web -> db }\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Files.write(file, concat(bom, text));
        assertTrue(GraphFormats.read(file, null).graph().dependency("web", "db").isPresent());
    }

    @Test
    void invalidUtf16NamesTheLineAndColumnOfTheBadUnit() {
        byte[] text = "a,b\nc,".getBytes(StandardCharsets.UTF_16LE);
        byte[] loneSurrogate = {0x00, (byte) 0xD8, 'd', 0x00};
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> FileText.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, concat(text, loneSurrogate)), "e.csv"));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.sentence().startsWith("the bytes 0x00 0xD8 are not valid UTF-16LE"), e.sentence());
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals("from,to\n", FileText.decode(concat(bom, "from,to\n".getBytes(StandardCharsets.UTF_8)), "x.csv"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
