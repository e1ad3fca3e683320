package dev.stagecraft.io;

import java.util.Arrays;

/**
 * Line and column (1-based, in characters; a tab is one) of character offsets in one text, for readers
 * whose parser counts offsets only. Line starts are found on the first query, O(length); each query is
 * then O(log lines).
 */
public final class LineIndex {
    private final String text;
    private int[] starts;

    public LineIndex(String text) {
        this.text = text;
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** 1-based column of the character at {@code offset}. */
    public int column(int offset) {
        return offset - starts()[lineIndex(offset)] + 1;
    }

    private int lineIndex(int offset) {
        int[] s = starts();
        int i = Arrays.binarySearch(s, offset);
        return i >= 0 ? i : -i - 2;
    }

    private int[] starts() {
        if (starts == null) {
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            int[] s = new int[count];
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                s[n++] = i + 1;
            }
            starts = s;
        }
        return starts;
    }
}
