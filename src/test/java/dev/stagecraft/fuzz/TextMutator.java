package dev.stagecraft.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates the bytes of a text file the way a fuzzer that knows text formats does: bit flips and odd bytes,
 * chunks deleted, duplicated (a duplicated line is a duplicate key or id) and spliced in from another seed,
 * numbers and scalars replaced by interesting values (1e400, -0, NaN, .inf, 0x7fffffff, ...), tokens of the
 * format inserted (anchors, tags, {@code <!DOCTYPE}, brackets), long strings, NUL, BOMs and invalid UTF-8,
 * deep nesting, and rarely a file grown past the 3 MiB limits of YAML parsers. Works on bytes, so the result
 * need not be valid UTF-8. Deterministic for a given {@link Random}. O(size of the input) per mutation.
 */
final class TextMutator {
    /** Values that break number handling: overflow, negative zero, not-a-number, hex, huge integers. */
    static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "-0", "-0.0", "NaN", ".nan", ".NaN",
            ".inf", "-.inf", "+.inf", "Infinity", "-Infinity", "0x7fffffff", "0x80000000", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
            "4.9e-324", "1.7976931348623157e308", "1e2147483648", "0o17", "017", "1_000", "+1", "1.", ".5", "0.1e1",
            "1e", "--1", "0.30000000000000004", "-1", "0", "100", "101");

    /** Tokens that mean something in most text formats. */
    private static final List<String> COMMON = List.of("\"", "'", "\\", "\\u0000", "\\ud800", "\\uD83D", "\n", "\r\n",
            "\r", "\t", " ", "#", ":", ",", "=", "null", "~", "true", "false", "yes", "", "%", "%s", "${x}", "$", "&",
            "\u2028", "\u00a0", "\u200b", "\uFEFF", "\uFFFD", "\uD83D\uDE00", "é", "中");

    private static final byte[][] BAD_BYTES = {
        {0}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xE2, (byte) 0x82}, {0x1B}, {0x7F}, {0x0B}, {0x0C}, {0x01},
    };
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int[] LONG = {255, 256, 1025, 4097, 20_000, 100_000};
    private static final int[] DEEP = {30, 200, 1_001, 5_000, 20_000};
    /** Past SnakeYAML's default of 3 MiB code points (3,145,728). */
    static final int GROW_TO = 3_200_000;

    private final List<String> tokens;
    private final List<String> nesting;

    /**
     * @param formatTokens tokens of the format being fuzzed (added to the common ones)
     * @param nesting      pairs "open|close" of the format's nestable constructs, e.g. {@code "[|]"}; without
     *                     a "|" the construct has no close (YAML's {@code "- "})
     */
    TextMutator(List<String> formatTokens, List<String> nesting) {
        this.tokens = List.copyOf(concat(COMMON, formatTokens));
        this.nesting = List.copyOf(nesting);
    }

    /** A mutant of {@code seed}: 1 to 8 stacked mutations (half the inputs get one). */
    byte[] mutate(byte[] seed, List<byte[]> others, Random rnd) {
        Bytes b = new Bytes(seed);
        int count = 1;
        while (count < 8 && rnd.nextBoolean()) {
            count++;
        }
        for (int i = 0; i < count; i++) {
            mutateOnce(b, others, rnd);
        }
        return b.toArray();
    }

    private void mutateOnce(Bytes b, List<byte[]> others, Random rnd) {
        // growing to 3.2 MB is rare (about 1 input in 1,000): such inputs took a quarter of the run's time at 1 in 250
        int choice = rnd.nextInt(2000);
        if (choice == 0) {
            grow(b, rnd);
            return;
        }
        switch (choice % 16) {
            case 0 -> b.flipBit(b.position(rnd), rnd.nextInt(8));
            case 1 -> b.insert(b.position(rnd), BAD_BYTES[rnd.nextInt(BAD_BYTES.length)]);
            case 2, 3 -> b.insert(b.position(rnd), utf8(tokens.get(rnd.nextInt(tokens.size()))));
            case 4, 5 -> replaceNumber(b, rnd);
            case 6 -> replaceScalar(b, rnd);
            case 7 -> b.delete(b.position(rnd), 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 64));
            case 8 -> deleteLines(b, rnd);
            case 9 -> duplicateLines(b, rnd);
            case 10 -> splice(b, others.get(rnd.nextInt(others.size())), rnd);
            case 11 -> b.insert(b.position(rnd), utf8(longString(rnd)));
            case 12 -> deepNesting(b, rnd);
            case 13 -> indent(b, rnd);
            case 14 -> {
                if (rnd.nextBoolean()) {
                    b.insert(0, BOM);
                } else {
                    b.truncate(b.position(rnd));
                }
            }
            default -> swapLines(b, rnd);
        }
    }

    private void replaceNumber(Bytes b, Random rnd) {
        int[] span = b.findRun(b.position(rnd), "0123456789.-+eE");
        String value = NUMBERS.get(rnd.nextInt(NUMBERS.size()));
        if (span == null) {
            b.insert(b.position(rnd), utf8(value));
        } else {
            b.replace(span[0], span[1], utf8(value));
        }
    }

    /** Replaces what follows a ": ", "=" or quote on some line up to the line's end with a token or number. */
    private void replaceScalar(Bytes b, Random rnd) {
        int at = b.lineStart(b.position(rnd));
        int end = b.lineEnd(at);
        int from = -1;
        for (int i = at; i < end; i++) {
            byte c = b.get(i);
            if (c == ':' || c == '=' || c == '"' || c == '>') {
                from = i + 1;
                if (rnd.nextBoolean()) {
                    break;
                }
            }
        }
        if (from < 0) {
            from = at;
        }
        String value = switch (rnd.nextInt(4)) {
            case 0 -> NUMBERS.get(rnd.nextInt(NUMBERS.size()));
            case 1 -> longString(rnd);
            default -> tokens.get(rnd.nextInt(tokens.size()));
        };
        b.replace(from, end, utf8((from < end && b.get(from) == ' ' ? " " : "") + value));
    }

    private static void deleteLines(Bytes b, Random rnd) {
        int start = b.lineStart(b.position(rnd));
        int end = start;
        for (int n = 1 + rnd.nextInt(3); n > 0 && end < b.size(); n--) {
            end = Math.min(b.size(), b.lineEnd(end) + 1);
        }
        b.delete(start, end - start);
    }

    /** Copies a few lines to the start of another line (or right after themselves): duplicate keys and ids. */
    private static void duplicateLines(Bytes b, Random rnd) {
        int start = b.lineStart(b.position(rnd));
        int end = start;
        for (int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 2 : 8); n > 0 && end < b.size(); n--) {
            end = Math.min(b.size(), b.lineEnd(end) + 1);
        }
        byte[] chunk = b.slice(start, end);
        int to = rnd.nextBoolean() ? end : b.lineStart(b.position(rnd));
        b.insert(to, chunk);
    }

    /** This seed's bytes up to some line, then another seed's from some line on. */
    private static void splice(Bytes b, byte[] other, Random rnd) {
        Bytes o = new Bytes(other);
        int cut = b.lineStart(b.position(rnd));
        int from = o.lineStart(o.position(rnd));
        b.truncate(cut);
        b.insert(cut, o.slice(from, o.size()));
    }

    private void deepNesting(Bytes b, Random rnd) {
        String[] pair = (nesting.get(rnd.nextInt(nesting.size())) + "|").split("\\|", -1);
        int depth = DEEP[rnd.nextInt(DEEP.length)];
        int at = b.position(rnd);
        if (rnd.nextInt(3) > 0) {
            b.insert(at, utf8(pair[1].repeat(depth)));
        }
        b.insert(at, utf8(pair[0].repeat(depth)));
    }

    private static void indent(Bytes b, Random rnd) {
        int start = b.lineStart(b.position(rnd));
        if (rnd.nextBoolean()) {
            b.insert(start, utf8(rnd.nextBoolean() ? "  " : "\t"));
        } else {
            int spaces = 0;
            while (start + spaces < b.size() && b.get(start + spaces) == ' ' && spaces < 2) {
                spaces++;
            }
            b.delete(start, spaces);
        }
    }

    private static void swapLines(Bytes b, Random rnd) {
        int a = b.lineStart(b.position(rnd));
        int aEnd = Math.min(b.size(), b.lineEnd(a) + 1);
        byte[] line = b.slice(a, aEnd);
        b.delete(a, aEnd - a);
        b.insert(b.lineStart(b.position(rnd)), line);
    }

    /** Repeats a few lines of the middle until the input is past {@link #GROW_TO} characters. */
    private static void grow(Bytes b, Random rnd) {
        int start = b.lineStart(b.position(rnd));
        int end = start;
        for (int n = 1 + rnd.nextInt(10); n > 0 && end < b.size(); n--) {
            end = Math.min(b.size(), b.lineEnd(end) + 1);
        }
        byte[] chunk = end > start ? b.slice(start, end) : utf8("# padding padding padding padding\n");
        int copies = GROW_TO / chunk.length + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(copies * chunk.length);
        for (int i = 0; i < copies; i++) {
            out.writeBytes(chunk);
        }
        b.insert(end, out.toByteArray());
    }

    private static String longString(Random rnd) {
        int n = LONG[rnd.nextInt(LONG.length)];
        return switch (rnd.nextInt(4)) {
            case 0 -> "é".repeat(n);
            case 1 -> "ab cd ".repeat(n / 6 + 1);
            default -> "a".repeat(n);
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        String[] all = Arrays.copyOf(a.toArray(new String[0]), a.size() + b.size());
        for (int i = 0; i < b.size(); i++) {
            all[a.size() + i] = b.get(i);
        }
        return List.of(all);
    }

    /** A growable byte array with the line-aware edits the mutations need. */
    private static final class Bytes {
        private byte[] data;
        private int size;

        Bytes(byte[] initial) {
            data = Arrays.copyOf(initial, Math.max(16, initial.length * 2));
            size = initial.length;
        }

        int size() {
            return size;
        }

        byte get(int i) {
            return data[i];
        }

        /** A position in 0..size: uniform, a line start or just after punctuation. */
        int position(Random rnd) {
            if (size == 0) {
                return 0;
            }
            int p = rnd.nextInt(size + 1);
            return switch (rnd.nextInt(4)) {
                case 0 -> lineStart(p);
                case 1 -> {
                    int q = p;
                    while (q < size && Character.isLetterOrDigit(data[q])) {
                        q++;
                    }
                    yield q;
                }
                default -> p;
            };
        }

        int lineStart(int p) {
            int q = Math.min(p, size);
            while (q > 0 && data[q - 1] != '\n') {
                q--;
            }
            return q;
        }

        /** The index of the line's '\n', or size. */
        int lineEnd(int p) {
            int q = p;
            while (q < size && data[q] != '\n') {
                q++;
            }
            return q;
        }

        /** The run of {@code chars} nearest after p (searching at most 4 KB ahead), or null. */
        int[] findRun(int p, String chars) {
            int limit = Math.min(size, p + 4096);
            int q = p;
            while (q < limit && !Character.isDigit(data[q])) {
                q++;
            }
            if (q >= limit) {
                return null;
            }
            int start = q;
            while (start > 0 && chars.indexOf(data[start - 1]) >= 0) {
                start--;
            }
            int end = q;
            while (end < size && chars.indexOf(data[end]) >= 0) {
                end++;
            }
            return new int[] {start, end};
        }

        byte[] slice(int from, int to) {
            return Arrays.copyOfRange(data, from, Math.max(from, to));
        }

        void flipBit(int p, int bit) {
            if (p < size) {
                data[p] ^= (byte) (1 << bit);
            }
        }

        void insert(int p, byte[] bytes) {
            replace(p, p, bytes);
        }

        void delete(int p, int length) {
            replace(p, Math.min(size, p + length), new byte[0]);
        }

        void truncate(int p) {
            size = Math.min(size, p);
        }

        void replace(int from, int to, byte[] bytes) {
            int tail = size - to;
            int newSize = from + bytes.length + tail;
            if (newSize > data.length) {
                data = Arrays.copyOf(data, Math.max(newSize, data.length * 2));
            }
            System.arraycopy(data, to, data, from + bytes.length, tail);
            System.arraycopy(bytes, 0, data, from, bytes.length);
            size = newSize;
        }

        byte[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
