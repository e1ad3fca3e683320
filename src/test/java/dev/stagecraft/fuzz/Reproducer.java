package dev.stagecraft.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A failing input as a developer pastes it into a regression test: a Java string literal when the bytes are
 * UTF-8 ({@code "apiVersion: stagecraft/v1\n..."}), otherwise a {@code new byte[] {...}} with printable ASCII as
 * chars; long runs of one character shown as {@code "a".repeat(20000)}, the whole cut at a given length.
 */
final class Reproducer {
    private Reproducer() {
    }

    static String literal(String text, int max) {
        StringBuilder b = new StringBuilder("\"");
        int i = 0;
        while (i < text.length() && b.length() < max) {
            char c = text.charAt(i);
            int run = 1;
            while (i + run < text.length() && text.charAt(i + run) == c) {
                run++;
            }
            if (run >= 40) {
                b.append("\" + \"").append(escape(c)).append("\".repeat(").append(run).append(") + \"");
                i += run;
                continue;
            }
            b.append(escape(c));
            i++;
        }
        b.append('"');
        if (i < text.length()) {
            b.append(" /* ... ").append(text.length() - i).append(" more chars */");
        }
        return b.toString();
    }

    static String literal(byte[] bytes, int max) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return literal(text, max);
        } catch (CharacterCodingException e) {
            return bytesLiteral(bytes, max);
        }
    }

    private static String bytesLiteral(byte[] bytes, int max) {
        StringBuilder b = new StringBuilder("/* not UTF-8 */ new byte[] {");
        int i = 0;
        for (; i < bytes.length && b.length() < max; i++) {
            int v = bytes[i];
            b.append(v >= 0x20 && v < 0x7F && v != '\'' && v != '\\' ? "'" + (char) v + "'" : String.valueOf(v));
            b.append(',');
        }
        b.append('}');
        if (i < bytes.length) {
            b.append(" /* ... ").append(bytes.length - i).append(" more bytes */");
        }
        return b.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
        };
    }
}
