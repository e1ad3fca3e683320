package dev.stagecraft.io.yaml;

import dev.stagecraft.io.GraphFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The text of a YAML file (graph or plan): UTF-8, as YAML requires; anything else is refused with its place. */
public final class YamlText {
    private YamlText() {
    }

    /**
     * The bytes as UTF-8 text without a leading byte order mark; a byte that is not UTF-8 is a
     * {@link GraphFormatException} at its line and column ({@code name} names the file).
     */
    public static String utf8(byte[] bytes, String name) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = in.position();
            int line = 1;
            int lineStart = offset;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new GraphFormatException(name, line, bad - lineStart + 1, String.format(Locale.ROOT,
                    "byte 0x%02X is not valid UTF-8; Stagecraft files are UTF-8 text", bytes[bad] & 0xFF), e);
        }
    }
}
