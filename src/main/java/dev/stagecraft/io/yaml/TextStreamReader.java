package dev.stagecraft.io.yaml;

import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character source over a text that is already in memory, with the same behaviour as
 * {@link StreamReader} (code points, 0 past the end, lines and columns, the document index the code point limit
 * is checked against, "special characters are not allowed" for the first non-printable character once the
 * scanner's look-ahead reaches its block of 1,023 code points) but linear time.
 *
 * <p>Why: {@link StreamReader} reads 1,023 characters at a time and each time copies its window from the
 * start of the token being scanned. A scalar of n characters is one token, so it is copied n / 1,023 times:
 * quadratic. One 8 MiB scalar took 25 s to read, a 70 MiB plan more than 2 minutes; here the code points are
 * decoded once (4 bytes per code point of transient memory) and never copied.
 */
public final class TextStreamReader extends StreamReader {
    /** SnakeYAML 2.5 reads 1,023 characters at a time (a 1,024-char buffer, one kept for a surrogate's pair). */
    private static final int BLOCK = 1023;
    private static final String NAME = "'reader'";

    private final int[] codePoints;
    /** Code points before this index have been checked to be printable. */
    private int checked;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    public TextStreamReader(String text) {
        super(new StringReader(""));
        this.codePoints = codePoints(text);
    }

    /** One pass over the chars (an IntStream's toArray grows and copies its buffer, and is slower). */
    private static int[] codePoints(String text) {
        int[] out = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); n++) {
            int c = text.codePointAt(i);
            out[n] = c;
            i += Character.charCount(c);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && available(0); i++) {
            int c = codePoints[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && available(0) && codePoints[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return available(0) ? codePoints[pointer] : 0;
    }

    @Override
    public int peek(int ahead) {
        return available(ahead) ? codePoints[pointer + ahead] : 0;
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        available(length);
        return new String(codePoints, pointer, Math.min(length, checked - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Whether the code point {@code ahead} of the pointer exists, checking blocks up to it as needed. */
    private boolean available(int ahead) {
        int wanted = pointer + ahead;
        while (wanted >= checked && checked < codePoints.length) {
            int end = Math.min(codePoints.length, checked + BLOCK);
            for (int i = checked; i < end; i++) {
                if (!isPrintable(codePoints[i])) {
                    checked = i + 1;
                    throw new ReaderException(NAME, i, codePoints[i], "special characters are not allowed");
                }
            }
            checked = end;
        }
        return wanted < checked;
    }
}
