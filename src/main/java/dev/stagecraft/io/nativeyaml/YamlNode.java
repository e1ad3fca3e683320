package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.model.WrittenNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place where it starts (1-based line and column): the small tree the reader
 * builds from Jackson's token stream before it maps the tree to a graph, so every problem found while
 * mapping can name its line and column.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    int line();

    int column();

    /** What kind of value this is, for messages: "a mapping", "a list", "the text 'x'", "the number 3". */
    String describe();

    /** The value as plain Java data (String, Number, Boolean, null, List, Map), for extras. */
    Object toPlain();

    /** One key of a mapping, with the place of the key. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /**
     * A mapping; keys are unique (the tree builder refuses duplicates) and kept in file order.
     * A tree lives only while the reader decodes it, so its lists are handed over, not copied.
     */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        /** The entry for a key, {@code null} when absent. Mappings are small, so a scan is fastest. */
        Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Entry e : entries) {
                out.put(e.key(), e.value().toPlain());
            }
            return out;
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>(items.size());
            for (YamlNode item : items) {
                out.add(item.toPlain());
            }
            return out;
        }
    }

    /**
     * A single value.
     *
     * @param value as YAML typed it: String, Boolean, Integer/Long/BigInteger, Double, or {@code null}
     * @param text  the text as written (for a quoted string, its content)
     */
    record Scalar(Object value, String text, int line, int column) implements YamlNode {
        boolean isNull() {
            return value == null;
        }

        @Override
        public String describe() {
            if (value == null) {
                return "nothing (null)";
            }
            if (value instanceof String) {
                return "the text '" + preview(text) + "'";
            }
            if (value instanceof Boolean) {
                return "the boolean " + text;
            }
            return "the number " + text;
        }

        /**
         * At most {@value #PREVIEW} characters of a text, on one line: a whole file read as one scalar (a DOT file
         * given where a graph is expected) once made a 25 KB message.
         */
        static String preview(String text) {
            String line = text.replaceAll("\\s+", " ").strip();
            return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW) + "... (" + text.length() + " characters)";
        }

        static final int PREVIEW = 60;

        /** The value; a number written in another spelling than its canonical one keeps its text. */
        @Override
        public Object toPlain() {
            if (value instanceof Number n && !YamlScalars.number(n).equals(text)) {
                return new WrittenNumber(n, text);
            }
            return value;
        }
    }
}
