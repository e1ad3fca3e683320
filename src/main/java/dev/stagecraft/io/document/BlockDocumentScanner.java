package dev.stagecraft.io.document;

import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hand-written, line-oriented reader for the plain block YAML that tools write (Kubernetes manifests, {@code helm
 * template} and {@code kustomize build} output, most compose and catalog files), giving the same {@link DocNode}s
 * with the same places as the SnakeYAML path of {@link DocumentReader}, several times faster.
 *
 * <p>The subset: documents separated by {@code ---} lines, each a block mapping at column 1; comment and blank
 * lines; block mappings with plain keys; block sequences (also at the parent key's indent) whose items are
 * one-line values or compact mappings ({@code - name: x}); literal block scalars ({@code |}, {@code |-}); one-line
 * flow sequences of scalars and empty {@code {}} / {@code []}; plain scalars whose type is certain (words,
 * integers without leading zeros, decimals, quantities like {@code 100m}, {@code true}/{@code false}/{@code
 * yes}/{@code no}/{@code on}/{@code off}, {@code null}/{@code ~}); one-line single- and double-quoted strings with
 * simple escapes; comments after a value. Anything else (anchors, aliases, tags, merge keys, quoted or complex
 * keys, empty values, folded or multi-line scalars, empty documents, tabs, duplicate keys, ...) makes it give up:
 * {@link #read} returns {@code null} and the caller reads the text with SnakeYAML, which also reports every error.
 * O(size of the text); nesting depth is bounded by {@link DocumentReader#MAX_DEPTH}.
 */
final class BlockDocumentScanner {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,14})\\.[0-9]{1,15}");
    /** Kubernetes quantities and durations: digits, maybe a fraction, then letters other than an exponent's. */
    private static final Pattern QUANTITY = Pattern.compile("[0-9]+(\\.[0-9]+)?[A-DF-Za-df-z][A-Za-z]*");
    /** Versions and addresses: digits with two or more dots (read as text, never as a number). */
    private static final Pattern DOTTED = Pattern.compile("[0-9]+(\\.[0-9]+){2,}");
    private static final int SHARED = 4096;
    private static final int SHARED_MAX_LENGTH = 48;
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** Thrown to give up; carries no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private final String text;
    /** Recent keys and words by hash: manifests repeat them (name, image, TCP, ...), one String each, not thousands. */
    private final String[] seen = new String[SHARED];
    private final int[] lineStart;
    private final int[] lineEnd;
    /** Indent of each line, -1 for a blank or comment-only line, -2 for a {@code ---} separator. */
    private final int[] indent;
    private final int lines;
    private int row;

    private BlockDocumentScanner(String file, String text, int[] lineStart, int[] lineEnd, int[] indent, int lines) {
        this.file = file;
        this.text = text;
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
        this.indent = indent;
        this.lines = lines;
    }

    /** Every document of the stream, or {@code null} when the text is outside the subset. */
    static List<DocNode> read(String file, String text) {
        if (!plainText(text)) {
            return null;
        }
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int[] ends = new int[count];
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
            ends[n] = end;
            if (i == end || text.charAt(i) == '#') {
                indents[n] = -1;
            } else if (i == start && end - start >= 3 && text.startsWith("---", start)
                    && (end - start == 3 || text.charAt(start + 3) == ' ' && onlyComment(text, start + 3, end))) {
                indents[n] = -2;
            } else {
                indents[n] = i - start;
            }
            n++;
            start = end + 1;
        }
        try {
            return new BlockDocumentScanner(file, text, starts, ends, indents, n).documents();
        } catch (GiveUp e) {
            return null;
        }
    }

    private static boolean onlyComment(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i == end || text.charAt(i) == '#';
    }

    /** No tabs, carriage returns, control characters, other line breaks, BOMs or surrogates (columns count chars). */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c >= 0xD800 && c <= 0xDFFF
                    || c == '\u2028' || c == '\u2029' || c == '\u0085' || c >= 0xFEFF && (c == 0xFEFF || c >= 0xFFFE))) {
                return false;
            }
        }
        return true;
    }

    private List<DocNode> documents() {
        List<DocNode> out = new ArrayList<>();
        boolean open = false; // a "---" that no document has followed yet
        while (true) {
            skipBlank();
            if (row >= lines) {
                if (open) {
                    // the stream ends in "---": an empty document, which SnakeYAML gives as "" at the stream's end
                    if (!text.endsWith("\n")) {
                        throw new GiveUp();
                    }
                    out.add(new DocNode.Scalar("", at(lines - 1, lineStart[lines - 1])));
                }
                return out;
            }
            if (indent[row] == -2) {
                if (open) {
                    // "---" twice: an empty document between, "" at the second "---"
                    out.add(new DocNode.Scalar("", at(row, lineStart[row])));
                }
                open = true;
                row++;
                continue;
            }
            if (indent[row] != 0 || !out.isEmpty() && !open) {
                throw new GiveUp();
            }
            out.add(mapping(0, lineStart[row], 1));
            open = false;
            skipBlank();
            if (row < lines && indent[row] != -2) {
                throw new GiveUp(); // a line outside the document's structure
            }
        }
    }

    private void skipBlank() {
        while (row < lines && indent[row] == -1) {
            row++;
        }
    }

    private SourceLocation at(int r, int index) {
        return new SourceLocation(file, r + 1, index - lineStart[r] + 1);
    }

    /**
     * A block mapping whose first key starts at {@code first} on the current row and whose keys all sit at column
     * {@code mapIndent}; leaves {@link #row} at the first line after it.
     */
    private DocNode.Mapping mapping(int mapIndent, int first, int depth) {
        if (depth > DocumentReader.MAX_DEPTH) {
            throw new GiveUp();
        }
        Map<String, DocNode> values = new DocNode.Owned<>();
        Map<String, SourceLocation> keys = new DocNode.Owned<>();
        SourceLocation location = at(row, first);
        int keyAt = first;
        while (true) {
            int colon = keyEnd(keyAt);
            String key = shared(keyAt, colon);
            if (key.equals(DocumentReader.MERGE_KEY)) {
                throw new GiveUp();
            }
            SourceLocation keyLocation = at(row, keyAt);
            DocNode value = entryValue(mapIndent, colon + 1, depth);
            if (keys.put(key, keyLocation) != null) {
                throw new GiveUp();
            }
            values.put(key, value);
            skipBlank();
            if (row >= lines || indent[row] != mapIndent || isDash(row, lineStart[row] + mapIndent)) {
                if (row < lines && indent[row] > mapIndent) {
                    throw new GiveUp();
                }
                return new DocNode.Mapping(values, keys, location);
            }
            keyAt = lineStart[row] + mapIndent;
        }
    }

    /** The end of a plain key starting at {@code at} on the current row: the index of its colon. */
    private int keyEnd(int at) {
        int end = lineEnd[row];
        if (at >= end || INDICATORS.indexOf(text.charAt(at)) >= 0) {
            throw new GiveUp();
        }
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                if (text.charAt(i - 1) == ' ' || i - at > 1000) {
                    throw new GiveUp();
                }
                return i;
            }
            if (c == '#' && text.charAt(i - 1) == ' ' || c == '"' || c == '\'' || c == '{' || c == '}' || c == '['
                    || c == ']' || c == ',') {
                throw new GiveUp();
            }
        }
        throw new GiveUp();
    }

    private boolean isDash(int r, int index) {
        int end = lineEnd[r];
        return index < end && text.charAt(index) == '-' && (index + 1 == end || text.charAt(index + 1) == ' ');
    }

    /** The value after a key's colon (which ends just before {@code from}); leaves {@link #row} after it. */
    private DocNode entryValue(int mapIndent, int from, int depth) {
        int end = lineEnd[row];
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i == end || text.charAt(i) == '#' && i > from) {
            // the value is on the next lines: a nested mapping, or a sequence (maybe at the key's own indent)
            row++;
            skipBlank();
            if (row >= lines || indent[row] < 0) {
                throw new GiveUp();
            }
            int next = indent[row];
            int index = lineStart[row] + next;
            if (isDash(row, index) && next >= mapIndent) {
                return sequence(next, depth + 1);
            }
            if (next <= mapIndent) {
                throw new GiveUp(); // an empty value (null)
            }
            return mapping(next, index, depth + 1);
        }
        if (i == from) {
            throw new GiveUp();
        }
        DocNode value = inlineValue(i, end, mapIndent, depth);
        return value;
    }

    /** A value written on the current row from {@code i}: a scalar, a flow collection or a literal block scalar. */
    private DocNode inlineValue(int i, int end, int parentIndent, int depth) {
        char c = text.charAt(i);
        if (c == '|') {
            return literal(i, end, parentIndent);
        }
        DocNode value;
        int after;
        if (c == '[' || c == '{') {
            FlowResult flow = flow(i, end, depth);
            value = flow.node;
            after = flow.end;
        } else if (c == '"' || c == '\'') {
            int close = c == '"' ? doubleQuoteEnd(i, end) : singleQuoteEnd(i, end);
            String s = c == '"' ? unescapeDouble(i + 1, close) : text.substring(i + 1, close).replace("''", "'");
            value = new DocNode.Scalar(s, at(row, i));
            after = close + 1;
        } else {
            int stop = plainEnd(i, end, (char) 0);
            value = new DocNode.Scalar(plain(shared(i, stop)), at(row, i));
            after = stop;
        }
        if (!onlyComment(text, after, end) || after < end && text.charAt(after) != ' ') {
            throw new GiveUp();
        }
        row++;
        return value;
    }

    /** A literal block scalar {@code |} or {@code |-} at {@code i}: the lines indented deeper than the parent. */
    private DocNode literal(int i, int end, int parentIndent) {
        boolean strip;
        int k = i + 1;
        if (k < end && text.charAt(k) == '-') {
            strip = true;
            k++;
        } else {
            strip = false;
        }
        if (!onlyComment(text, k, end) || k < end && text.charAt(k) != ' ') {
            throw new GiveUp();
        }
        SourceLocation location = at(row, i);
        row++;
        int contentIndent = -1;
        StringBuilder b = new StringBuilder();
        int pendingBreaks = 0;
        while (row < lines) {
            int start = lineStart[row];
            int lineEndIndex = lineEnd[row];
            int spaces = 0;
            while (start + spaces < lineEndIndex && text.charAt(start + spaces) == ' ') {
                spaces++;
            }
            boolean blank = start + spaces == lineEndIndex;
            if (blank) {
                if (contentIndent < 0 && spaces > 0) {
                    throw new GiveUp(); // leading blank lines with spaces: SnakeYAML's rules on them are subtle
                }
                if (contentIndent >= 0 && spaces > contentIndent) {
                    throw new GiveUp();
                }
                pendingBreaks++;
                row++;
                continue;
            }
            if (contentIndent < 0) {
                if (spaces <= parentIndent || pendingBreaks > 0) {
                    throw new GiveUp();
                }
                contentIndent = spaces;
            } else if (spaces < contentIndent) {
                break;
            }
            for (int p = 0; p < pendingBreaks; p++) {
                b.append('\n');
            }
            pendingBreaks = 0;
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(text, start + contentIndent, lineEndIndex);
            row++;
        }
        if (contentIndent < 0) {
            throw new GiveUp();
        }
        if (!strip) {
            b.append('\n');
        }
        // the blank lines after the block belong to nothing (clip and strip drop them); lines counted as pending
        // before the next key are outside the scalar
        int back = pendingBreaks;
        row -= back;
        skipBlank();
        return new DocNode.Scalar(b.toString(), location);
    }

    private record FlowResult(DocNode node, int end) {
    }

    /** A one-line flow sequence of scalars, or an empty flow mapping or sequence. */
    private FlowResult flow(int i, int end, int depth) {
        SourceLocation location = at(row, i);
        char open = text.charAt(i);
        int k = i + 1;
        while (k < end && text.charAt(k) == ' ') {
            k++;
        }
        if (depth + 1 > DocumentReader.MAX_DEPTH) {
            throw new GiveUp();
        }
        if (open == '{') {
            return flowMapping(k, end, location);
        }
        List<DocNode> items = new ArrayList<>();
        if (k < end && text.charAt(k) == ']') {
            return new FlowResult(new DocNode.Sequence(items, location), k + 1);
        }
        while (true) {
            if (k >= end) {
                throw new GiveUp();
            }
            char c = text.charAt(k);
            int after;
            if (c == '{') {
                if (depth + 2 > DocumentReader.MAX_DEPTH) {
                    throw new GiveUp();
                }
                int open2 = k + 1;
                while (open2 < end && text.charAt(open2) == ' ') {
                    open2++;
                }
                FlowResult inner = flowMapping(open2, end, at(row, k));
                items.add(inner.node());
                after = inner.end();
            } else if (c == '"' || c == '\'') {
                int close = c == '"' ? doubleQuoteEnd(k, end) : singleQuoteEnd(k, end);
                String s = c == '"' ? unescapeDouble(k + 1, close) : text.substring(k + 1, close).replace("''", "'");
                items.add(new DocNode.Scalar(s, at(row, k)));
                after = close + 1;
            } else {
                int stop = plainEnd(k, end, ']');
                items.add(new DocNode.Scalar(plain(shared(k, stop)), at(row, k)));
                after = stop;
            }
            while (after < end && text.charAt(after) == ' ') {
                after++;
            }
            if (after >= end) {
                throw new GiveUp();
            }
            if (text.charAt(after) == ']') {
                return new FlowResult(new DocNode.Sequence(items, location), after + 1);
            }
            if (text.charAt(after) != ',') {
                throw new GiveUp();
            }
            k = after + 1;
            while (k < end && text.charAt(k) == ' ') {
                k++;
            }
        }
    }

    /** A one-line flow mapping of plain keys and scalar values, from {@code k} (after its brace and blanks). */
    private FlowResult flowMapping(int k, int end, SourceLocation location) {
        Map<String, DocNode> values = new DocNode.Owned<>();
        Map<String, SourceLocation> keys = new DocNode.Owned<>();
        if (k < end && text.charAt(k) == '}') {
            return new FlowResult(new DocNode.Mapping(values, keys, location), k + 1);
        }
        while (true) {
            if (k >= end || INDICATORS.indexOf(text.charAt(k)) >= 0) {
                throw new GiveUp();
            }
            int colon = k;
            while (colon < end && text.charAt(colon) != ':') {
                char c = text.charAt(colon);
                if (c == ',' || c == '}' || c == '{' || c == '[' || c == ']' || c == '#' || c == '"' || c == '\'') {
                    throw new GiveUp();
                }
                colon++;
            }
            if (colon >= end || colon + 1 >= end || text.charAt(colon + 1) != ' ' || text.charAt(colon - 1) == ' ') {
                throw new GiveUp();
            }
            String key = shared(k, colon);
            if (key.equals(DocumentReader.MERGE_KEY) || keys.put(key, at(row, k)) != null) {
                throw new GiveUp();
            }
            int v = colon + 1;
            while (v < end && text.charAt(v) == ' ') {
                v++;
            }
            if (v >= end) {
                throw new GiveUp();
            }
            char c = text.charAt(v);
            int after;
            if (c == '"' || c == '\'') {
                int close = c == '"' ? doubleQuoteEnd(v, end) : singleQuoteEnd(v, end);
                String str = c == '"' ? unescapeDouble(v + 1, close) : text.substring(v + 1, close).replace("''", "'");
                values.put(key, new DocNode.Scalar(str, at(row, v)));
                after = close + 1;
            } else {
                int stop = plainEnd(v, end, '}');
                values.put(key, new DocNode.Scalar(plain(shared(v, stop)), at(row, v)));
                after = stop;
            }
            while (after < end && text.charAt(after) == ' ') {
                after++;
            }
            if (after >= end) {
                throw new GiveUp();
            }
            if (text.charAt(after) == '}') {
                return new FlowResult(new DocNode.Mapping(values, keys, location), after + 1);
            }
            if (text.charAt(after) != ',') {
                throw new GiveUp();
            }
            k = after + 1;
            while (k < end && text.charAt(k) == ' ') {
                k++;
            }
        }
    }

    /** A block sequence whose dashes sit at column {@code seqIndent}; leaves {@link #row} after it. */
    private DocNode.Sequence sequence(int seqIndent, int depth) {
        if (depth > DocumentReader.MAX_DEPTH) {
            throw new GiveUp();
        }
        SourceLocation location = at(row, lineStart[row] + seqIndent);
        List<DocNode> items = new ArrayList<>();
        while (row < lines && indent[row] == seqIndent && isDash(row, lineStart[row] + seqIndent)) {
            int dash = lineStart[row] + seqIndent;
            int end = lineEnd[row];
            if (dash + 1 == end || dash + 2 >= end || text.charAt(dash + 2) == ' ' || text.charAt(dash + 2) == '#') {
                throw new GiveUp(); // "-" alone, "-  x" or "- # ...": the item is elsewhere
            }
            int item = dash + 2;
            char c = text.charAt(item);
            if (c == '-' && isDash(row, item) || c == '|' || c == '>' || c == '?') {
                throw new GiveUp();
            }
            if (looksLikeKey(item, end)) {
                items.add(mapping(seqIndent + 2, item, depth + 1));
            } else {
                items.add(inlineValue(item, end, seqIndent, depth + 1));
                skipBlank();
            }
            if (row < lines && indent[row] > seqIndent) {
                throw new GiveUp();
            }
        }
        return new DocNode.Sequence(items, location);
    }

    /** Whether a plain key and its colon start at {@code i} (a compact mapping in a sequence item). */
    private boolean looksLikeKey(int i, int end) {
        char first = text.charAt(i);
        if (INDICATORS.indexOf(first) >= 0) {
            return false;
        }
        for (int k = i; k < end; k++) {
            char c = text.charAt(k);
            if (c == ':' && (k + 1 == end || text.charAt(k + 1) == ' ')) {
                return true;
            }
            if (c == '#' && text.charAt(k - 1) == ' ') {
                return false;
            }
        }
        return false;
    }

    /**
     * The end of a plain scalar starting at {@code i}: before a comment or at the line's end; in a flow collection
     * closed by {@code close} (']' or '}', 0 outside one) before a ',' or the closing bracket.
     */
    private int plainEnd(int i, int end, char close) {
        boolean inFlow = close != 0;
        char first = text.charAt(i);
        if (INDICATORS.indexOf(first) >= 0 && !(first == '-' && i + 1 < end && text.charAt(i + 1) != ' '
                && text.charAt(i + 1) != ',' && text.charAt(i + 1) != ']')) {
            throw new GiveUp();
        }
        int k = i;
        int last = i;
        while (k < end) {
            char c = text.charAt(k);
            if (c == ':' && (k + 1 == end || text.charAt(k + 1) == ' ' || inFlow
                    && !Character.isLetterOrDigit(text.charAt(k + 1)) && text.charAt(k + 1) != '/')) {
                throw new GiveUp();
            }
            if (c == '#' && text.charAt(k - 1) == ' ') {
                break;
            }
            if (inFlow && (c == ',' || c == close)) {
                break;
            }
            if (inFlow && (c == '[' || c == ']' || c == '{' || c == '}')) {
                throw new GiveUp();
            }
            if (c != ' ') {
                last = k + 1;
            }
            k++;
        }
        if (!inFlow && row + 1 < lines && continuesPlain()) {
            throw new GiveUp();
        }
        return last;
    }

    /** Whether the next non-blank line could continue a multi-line plain scalar (deeper indented, no key). */
    private boolean continuesPlain() {
        int r = row + 1;
        while (r < lines && indent[r] == -1) {
            r++;
        }
        if (r >= lines || indent[r] < 0) {
            return false;
        }
        // a deeper line that is not where the structure goes on: a continuation SnakeYAML would fold in
        int parent = indent[row];
        return indent[r] > parent && !isDash(r, lineStart[r] + indent[r]) && !keyOnLine(r);
    }

    private boolean keyOnLine(int r) {
        int end = lineEnd[r];
        for (int k = lineStart[r] + Math.max(0, indent[r]); k < end; k++) {
            char c = text.charAt(k);
            if (c == ':' && (k + 1 == end || text.charAt(k + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The text from {@code from} to {@code to}, the same String as the last time these characters were read. */
    private String shared(int from, int to) {
        int length = to - from;
        if (length > SHARED_MAX_LENGTH) {
            return text.substring(from, to);
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int slot = (h ^ h >>> 12) & SHARED - 1;
        String known = seen[slot];
        if (known != null && known.length() == length && text.regionMatches(from, known, 0, length)) {
            return known;
        }
        String s = text.substring(from, to);
        seen[slot] = s;
        return s;
    }

    /** A plain scalar's value, when its type is certain. */
    private static Object plain(String s) {
        if (s.isEmpty()) {
            throw new GiveUp();
        }
        char c = s.charAt(0);
        if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
            if (INTEGER.matcher(s).matches()) {
                return Long.parseLong(s);
            }
            if (DECIMAL.matcher(s).matches()) {
                return Double.parseDouble(s);
            }
            if (QUANTITY.matcher(s).matches()) {
                return s;
            }
            if (c == '-' && s.length() > 1 && Character.isLetter(s.charAt(1))) {
                return word(s);
            }
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("0x") || lower.startsWith("0o") || lower.startsWith("0b") || lower.contains(".inf")
                    || lower.contains(".nan")) {
                throw new GiveUp();
            }
            if (!numberish(s) || DOTTED.matcher(s).matches()) {
                return s; // a hash, a version, a path, an address: no number form has these characters
            }
            throw new GiveUp();
        }
        return word(s);
    }

    /** Whether every character could be part of some YAML 1.1 number (digits, signs, dots, _, :, exponents, bases). */
    private static boolean numberish(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("0123456789.+-_:eExXoObB".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Object word(String s) {
        switch (s) {
            case "true", "True", "TRUE", "yes", "Yes", "on" -> {
                return Boolean.TRUE;
            }
            case "false", "False", "FALSE", "no", "off" -> {
                return Boolean.FALSE;
            }
            case "null", "Null", "NULL", "~" -> {
                return null;
            }
            default -> {
                String lower = s.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("yes") || lower.equals("no") || lower.equals("on") || lower.equals("off")
                        || lower.equals("true") || lower.equals("false") || lower.equals("null")
                        || lower.startsWith(".inf") || lower.startsWith(".nan") || lower.startsWith("-.inf")) {
                    throw new GiveUp();
                }
                return s;
            }
        }
    }

    private int doubleQuoteEnd(int i, int end) {
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"') {
                return k;
            }
        }
        throw new GiveUp(); // multi-line
    }

    private int singleQuoteEnd(int i, int end) {
        for (int k = i + 1; k < end; k++) {
            if (text.charAt(k) == '\'') {
                if (k + 1 < end && text.charAt(k + 1) == '\'') {
                    k++;
                } else {
                    return k;
                }
            }
        }
        throw new GiveUp();
    }

    private String unescapeDouble(int from, int to) {
        int slash = from;
        while (slash < to && text.charAt(slash) != '\\') {
            slash++;
        }
        if (slash == to) {
            return shared(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = text.charAt(++k);
            switch (e) {
                case '\\' -> b.append('\\');
                case '"' -> b.append('"');
                case '/' -> b.append('/');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (k + 4 >= to) {
                        throw new GiveUp();
                    }
                    try {
                        b.append((char) Integer.parseInt(text.substring(k + 1, k + 5), 16));
                    } catch (NumberFormatException x) {
                        throw new GiveUp();
                    }
                    k += 4;
                }
                default -> throw new GiveUp();
            }
        }
        return b.toString();
    }
}
