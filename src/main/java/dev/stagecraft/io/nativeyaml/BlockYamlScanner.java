package dev.stagecraft.io.nativeyaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-written, line-oriented reader for the plain subset of YAML that {@link NativeGraphWriter} writes
 * (and that people commonly write by hand), producing the same {@link YamlTreeReader.Handler} callbacks
 * with the same {@link YamlNode} values and places as the Jackson path, about ten times faster.
 *
 * <p>The subset: comment and blank lines, block mappings with simple keys, block sequences (also at the
 * parent key's indent), sequence items that are mappings, one-line flow sequences and mappings,
 * unambiguous plain scalars (words, integers up to 9 digits, decimals, {@code true}/{@code false}),
 * single- and double-quoted one-line strings with simple escapes, and comments after a value. Anything
 * else (anchors, tags, multi-line or block scalars, nulls, ambiguous plain scalars, tabs, duplicate keys,
 * several documents, ...) makes it give up: {@link #read} returns false, and the caller reads the text
 * again with the Jackson path, which also reports every error. Giving up may happen after some callbacks,
 * so the caller must discard the handler's state. O(size of the text); recursion depth is bounded.
 */
final class BlockYamlScanner {
    /** Deeper than any graph file; deeper input is left to the Jackson path. */
    private static final int MAX_DEPTH = 32;
    /** YAML refuses simple keys over 1,024 characters; longer ones are left to Jackson, which says so. */
    private static final int MAX_KEY = 1000;
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`=<~";
    private static final Set<String> AMBIGUOUS = Set.of("y", "n", "yes", "no", "on", "off", "null", "true",
            "false");

    /** Thrown to give up; carries no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int[] lineStart;
    private final int[] indent;
    private final int lines;
    private int row;

    private BlockYamlScanner(String text, int[] lineStart, int[] indent, int lines) {
        this.text = text;
        this.lineStart = lineStart;
        this.indent = indent;
        this.lines = lines;
    }

    /**
     * Feeds {@code handler} as {@link YamlTreeReader#read} would. Returns false when the text is outside
     * the subset (the handler may have received some callbacks by then).
     */
    static boolean read(String text, int maxCodePoints, List<String> streamed, YamlTreeReader.Handler handler) {
        if (text.length() > maxCodePoints || !plainText(text)) {
            return false;
        }
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int[] indents = new int[count];
        int n = 0;
        int start = 0;
        while (start <= text.length() && n < count) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            starts[n] = start;
            indents[n] = i == end || text.charAt(i) == '#' ? -1 : i - start;
            n++;
            start = end + 1;
        }
        try {
            return new BlockYamlScanner(text, starts, indents, n).document(streamed, handler);
        } catch (GiveUp e) {
            return false;
        }
    }

    /** No tabs, carriage returns, control characters, other line breaks or surrogates (columns count code points). */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c >= 0xD800 && c <= 0xDFFF
                    || c == '\u2028' || c == '\u2029' || c >= 0xFEFF && (c == 0xFEFF || c >= 0xFFFE))) {
                return false;
            }
        }
        return true;
    }

    private boolean document(List<String> streamed, YamlTreeReader.Handler handler) {
        skipBlank();
        if (row >= lines || indent[row] != 0) {
            throw new GiveUp();
        }
        Set<String> seen = new HashSet<>();
        while (row < lines) {
            if (indent[row] != 0) {
                throw new GiveUp();
            }
            int at = lineStart[row];
            int colon = keyEnd(at);
            String key = text.substring(at, colon);
            if (!seen.add(key)) {
                throw new GiveUp();
            }
            int keyLine = row + 1;
            YamlNode.Entry entry;
            if (streamed.contains(key) && restEmpty(colon + 1)) {
                row++;
                skipBlank();
                if (row >= lines || indent[row] < 0 || !isDash(row, lineStart[row] + indent[row])) {
                    throw new GiveUp();
                }
                int seqIndent = indent[row];
                int line = row + 1;
                int column = seqIndent + 1;
                while (row < lines && indent[row] == seqIndent && isDash(row, lineStart[row] + seqIndent)) {
                    handler.item(key, sequenceItem(seqIndent, 2));
                }
                if (row < lines && indent[row] > 0) {
                    throw new GiveUp();
                }
                entry = new YamlNode.Entry(key, keyLine, 1, new YamlNode.Sequence(List.of(), line, column));
            } else {
                YamlNode value = entryValue(0, colon + 1, 1);
                if (value instanceof YamlNode.Sequence list && streamed.contains(key)) {
                    list.items().forEach(item -> handler.item(key, item));
                    value = new YamlNode.Sequence(List.of(), list.line(), list.column());
                }
                entry = new YamlNode.Entry(key, keyLine, 1, value);
            }
            handler.entry(entry);
        }
        return true;
    }

    private void skipBlank() {
        while (row < lines && indent[row] < 0) {
            row++;
        }
    }

    private int lineEnd(int r) {
        return r + 1 < lines ? lineStart[r + 1] - 1 : text.length();
    }

    private boolean isDash(int r, int at) {
        int end = lineEnd(r);
        return at < end && text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    /** The end of a simple key starting at {@code at} on the current row: the index of its colon. */
    private int keyEnd(int at) {
        int end = lineEnd(row);
        int i = at;
        if (i >= end || !Character.isLetter(text.charAt(i)) && text.charAt(i) != '_') {
            throw new GiveUp();
        }
        while (i < end && isKeyChar(text.charAt(i))) {
            i++;
        }
        if (i >= end || text.charAt(i) != ':' || i + 1 < end && text.charAt(i + 1) != ' ' || i - at > MAX_KEY) {
            throw new GiveUp();
        }
        return i;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    /** Whether only blanks (and maybe a comment) follow {@code at} on the current row. */
    private boolean restEmpty(int at) {
        int end = lineEnd(row);
        int i = at;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i == end || text.charAt(i) == '#' && i > at;
    }

    /**
     * The value of a mapping entry whose colon ends just before {@code at} on the current row, in a
     * mapping at {@code mapIndent}; leaves {@link #row} at the next line to read.
     */
    private YamlNode entryValue(int mapIndent, int at, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GiveUp();
        }
        if (!restEmpty(at)) {
            YamlNode value = inlineValue(at + 1);
            row++;
            skipBlank();
            if (row < lines && indent[row] > mapIndent) {
                throw new GiveUp();
            }
            return value;
        }
        row++;
        skipBlank();
        if (row >= lines) {
            throw new GiveUp();
        }
        int child = indent[row];
        int at2 = lineStart[row] + child;
        if (isDash(row, at2) && child >= mapIndent) {
            return blockSequence(child, depth + 1);
        }
        if (child > mapIndent) {
            return blockMapping(child, at2, depth + 1);
        }
        throw new GiveUp();
    }

    /** A block mapping whose first key starts at {@code at} on the current row; later keys at {@code mapIndent}. */
    private YamlNode.Mapping blockMapping(int mapIndent, int at, int depth) {
        int line = row + 1;
        int column = at - lineStart[row] + 1;
        List<YamlNode.Entry> entries = new ArrayList<>();
        int keyAt = at;
        while (true) {
            int colon = keyEnd(keyAt);
            String key = text.substring(keyAt, colon);
            for (YamlNode.Entry e : entries) {
                if (e.key().equals(key)) {
                    throw new GiveUp();
                }
            }
            int keyLine = row + 1;
            int keyColumn = keyAt - lineStart[row] + 1;
            entries.add(new YamlNode.Entry(key, keyLine, keyColumn, entryValue(mapIndent, colon + 1, depth)));
            if (row >= lines || indent[row] != mapIndent || isDash(row, lineStart[row] + mapIndent)) {
                if (row < lines && indent[row] > mapIndent) {
                    throw new GiveUp();
                }
                return new YamlNode.Mapping(entries, line, column);
            }
            keyAt = lineStart[row] + mapIndent;
        }
    }

    /** A block sequence whose items start with '-' at {@code seqIndent}, the first on the current row. */
    private YamlNode.Sequence blockSequence(int seqIndent, int depth) {
        int line = row + 1;
        int column = seqIndent + 1;
        List<YamlNode> items = new ArrayList<>();
        while (row < lines && indent[row] == seqIndent && isDash(row, lineStart[row] + seqIndent)) {
            items.add(sequenceItem(seqIndent, depth + 1));
        }
        if (row < lines && indent[row] > seqIndent) {
            throw new GiveUp();
        }
        return new YamlNode.Sequence(items, line, column);
    }

    /** One '- ' item at {@code seqIndent} on the current row; leaves {@link #row} at the next line to read. */
    private YamlNode sequenceItem(int seqIndent, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GiveUp();
        }
        int dash = lineStart[row] + seqIndent;
        int at = dash + 1;
        int end = lineEnd(row);
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= end || text.charAt(at) == '#' || text.charAt(at) == '-') {
            throw new GiveUp();
        }
        char c = text.charAt(at);
        if (c != '[' && c != '{' && c != '"' && c != '\'' && isMappingLine(at, end)) {
            return blockMapping(at - lineStart[row], at, depth);
        }
        YamlNode value = inlineValue(at);
        row++;
        skipBlank();
        if (row < lines && indent[row] > seqIndent) {
            throw new GiveUp();
        }
        return value;
    }

    /** Whether the plain text from {@code at} holds a ': ' (or ends in ':') before any comment. */
    private boolean isMappingLine(int at, int end) {
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                return true;
            }
            if (c == '#' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return false;
    }

    /** A value that fills the rest of the current row from {@code at} (blanks before it allowed). */
    private YamlNode inlineValue(int at) {
        int end = lineEnd(row);
        int i = at;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        FlowCursor cursor = new FlowCursor(i, end);
        YamlNode value;
        char c = text.charAt(i);
        if (c == '[' || c == '{' || c == '"' || c == '\'') {
            value = flowValue(cursor, 0);
        } else {
            int stop = i;
            while (stop < end && !(text.charAt(stop) == '#' && text.charAt(stop - 1) == ' ')) {
                stop++;
            }
            int last = stop;
            while (last > i && text.charAt(last - 1) == ' ') {
                last--;
            }
            String s = text.substring(i, last);
            if (s.contains(": ") || s.endsWith(":")) {
                throw new GiveUp();
            }
            value = plain(s, i);
            cursor.pos = stop;
        }
        if (!restEmpty(cursor.pos)) {
            throw new GiveUp();
        }
        return value;
    }

    /** Position inside one row for flow values. */
    private static final class FlowCursor {
        int pos;
        final int end;

        FlowCursor(int pos, int end) {
            this.pos = pos;
            this.end = end;
        }
    }

    private YamlNode flowValue(FlowCursor cur, int depth) {
        if (depth > MAX_DEPTH || cur.pos >= cur.end) {
            throw new GiveUp();
        }
        int start = cur.pos;
        char c = text.charAt(start);
        if (c == '[') {
            cur.pos++;
            List<YamlNode> items = new ArrayList<>();
            skipSpaces(cur);
            if (peek(cur) == ']') {
                cur.pos++;
            } else {
                while (true) {
                    items.add(flowValue(cur, depth + 1));
                    if (endOfFlow(cur, ']')) {
                        break;
                    }
                }
            }
            return new YamlNode.Sequence(items, row + 1, start - lineStart[row] + 1);
        }
        if (c == '{') {
            cur.pos++;
            List<YamlNode.Entry> entries = new ArrayList<>();
            skipSpaces(cur);
            if (peek(cur) == '}') {
                cur.pos++;
            } else {
                while (true) {
                    int keyAt = cur.pos;
                    int k = keyAt;
                    while (k < cur.end && isKeyChar(text.charAt(k))) {
                        k++;
                    }
                    if (k == keyAt || !Character.isLetter(text.charAt(keyAt)) && text.charAt(keyAt) != '_'
                            || k + 1 >= cur.end || text.charAt(k) != ':' || text.charAt(k + 1) != ' '
                            || k - keyAt > MAX_KEY) {
                        throw new GiveUp();
                    }
                    String key = text.substring(keyAt, k);
                    for (YamlNode.Entry e : entries) {
                        if (e.key().equals(key)) {
                            throw new GiveUp();
                        }
                    }
                    cur.pos = k + 1;
                    skipSpaces(cur);
                    YamlNode value = flowValue(cur, depth + 1);
                    entries.add(new YamlNode.Entry(key, row + 1, keyAt - lineStart[row] + 1, value));
                    if (endOfFlow(cur, '}')) {
                        break;
                    }
                }
            }
            return new YamlNode.Mapping(entries, row + 1, start - lineStart[row] + 1);
        }
        if (c == '"') {
            return doubleQuoted(cur);
        }
        if (c == '\'') {
            return singleQuoted(cur);
        }
        int i = start;
        // SnakeYAML ends a plain scalar in flow context at '?' too (then refuses what follows): give up there.
        while (i < cur.end && ",[]{}#:?".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        int last = i;
        while (last > start && text.charAt(last - 1) == ' ') {
            last--;
        }
        cur.pos = i;
        return plain(text.substring(start, last), start);
    }

    /** After a flow item: true at the closing bracket, false after a comma; anything else gives up. */
    private boolean endOfFlow(FlowCursor cur, char close) {
        skipSpaces(cur);
        char sep = peek(cur);
        cur.pos++;
        if (sep == close) {
            return true;
        }
        if (sep != ',') {
            throw new GiveUp();
        }
        skipSpaces(cur);
        return false;
    }

    private char peek(FlowCursor cur) {
        return cur.pos < cur.end ? text.charAt(cur.pos) : '\0';
    }

    private void skipSpaces(FlowCursor cur) {
        while (cur.pos < cur.end && text.charAt(cur.pos) == ' ') {
            cur.pos++;
        }
    }

    private YamlNode.Scalar doubleQuoted(FlowCursor cur) {
        int start = cur.pos;
        StringBuilder out = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= cur.end) {
                throw new GiveUp();
            }
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= cur.end) {
                    throw new GiveUp();
                }
                char e = text.charAt(i + 1);
                i += 2;
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '0' -> out.append('\0');
                    case 'N' -> out.append('\u0085');
                    case 'L' -> out.append('\u2028');
                    case 'P' -> out.append('\u2029');
                    case 'x' -> {
                        out.append((char) hex(i, 2, cur.end));
                        i += 2;
                    }
                    case 'u' -> {
                        int v = hex(i, 4, cur.end);
                        if (v >= 0xD800 && v <= 0xDFFF) {
                            throw new GiveUp();
                        }
                        out.append((char) v);
                        i += 4;
                    }
                    default -> throw new GiveUp();
                }
                continue;
            }
            out.append(c);
            i++;
        }
        cur.pos = i + 1;
        String s = out.toString();
        return new YamlNode.Scalar(s, s, row + 1, start - lineStart[row] + 1);
    }

    private int hex(int at, int digits, int end) {
        if (at + digits > end) {
            throw new GiveUp();
        }
        int v = 0;
        for (int i = at; i < at + digits; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) {
                throw new GiveUp();
            }
            v = v * 16 + d;
        }
        return v;
    }

    private YamlNode.Scalar singleQuoted(FlowCursor cur) {
        int start = cur.pos;
        StringBuilder out = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= cur.end) {
                throw new GiveUp();
            }
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < cur.end && text.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            out.append(c);
            i++;
        }
        cur.pos = i + 1;
        String s = out.toString();
        return new YamlNode.Scalar(s, s, row + 1, start - lineStart[row] + 1);
    }

    /** A plain scalar typed as the Jackson path types it, or give up when that is not obvious. */
    private YamlNode.Scalar plain(String s, int at) {
        int line = row + 1;
        int column = at - lineStart[row] + 1;
        if (s.isEmpty()) {
            throw new GiveUp();
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.') {
            return new YamlNode.Scalar(number(s), s, line, column);
        }
        if (INDICATORS.indexOf(first) >= 0 || s.contains(" #")) {
            throw new GiveUp();
        }
        if (s.equals("true") || s.equals("false")) {
            return new YamlNode.Scalar(Boolean.valueOf(s), s, line, column);
        }
        if (s.length() <= 5 && AMBIGUOUS.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            throw new GiveUp();
        }
        return new YamlNode.Scalar(s, s, line, column);
    }

    /** An Integer for up to 9 digits, a Double for digits '.' digits; anything else gives up. */
    private static Object number(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digitsStart = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int intDigits = i - digitsStart;
        if (intDigits == 0 || intDigits > 1 && s.charAt(digitsStart) == '0') {
            throw new GiveUp();
        }
        if (i == s.length()) {
            if (s.length() > 9 || s.equals("-0")) {
                throw new GiveUp();
            }
            return Integer.valueOf(s);
        }
        if (s.charAt(i) != '.') {
            throw new GiveUp();
        }
        int fraction = ++i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i != s.length() || i == fraction) {
            throw new GiveUp();
        }
        return Double.valueOf(s);
    }
}
