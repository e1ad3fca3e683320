package dev.stagecraft.io.document;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML or JSON value with the place it was written: a {@link Scalar}, a {@link Sequence} or a
 * {@link Mapping}. Importers read these instead of plain maps so that every complaint names line and column.
 */
public sealed interface DocNode {
    SourceLocation location();

    /** "a mapping", "a list", "the string 'x'": for messages. */
    String describe();

    /** A {@link GraphFormatException} at this node. */
    default GraphFormatException error(String sentence) {
        SourceLocation at = location();
        return new GraphFormatException(at.file(), at.line(), at.column(), sentence);
    }

    /** Plain Java data (String, Long, Double, Boolean, null, List, Map); depth is bounded by the reader's limit. */
    Object toPlain();

    default Mapping asMapping(String what) {
        if (this instanceof Mapping m) {
            return m;
        }
        throw error(what + " must be a mapping (key: value), found " + describe());
    }

    default Sequence asSequence(String what) {
        if (this instanceof Sequence s) {
            return s;
        }
        throw error(what + " must be a list, found " + describe());
    }

    /** The scalar's text; a mapping or list is an error. {@code null} for a YAML null. */
    default String asText(String what) {
        if (this instanceof Scalar s) {
            return s.text();
        }
        throw error(what + " must be a single value, found " + describe());
    }

    /**
     * A single value.
     *
     * @param value String, Long, Double, Boolean, or {@code null}
     */
    record Scalar(Object value, SourceLocation location) implements DocNode {
        /** The value as text ({@code null} stays {@code null}). */
        public String text() {
            return value == null ? null : value.toString();
        }

        @Override
        public Object toPlain() {
            return value;
        }

        @Override
        public String describe() {
            return value == null ? "null" : value instanceof String s ? "the text '" + s + "'" : "the value " + value;
        }
    }

    /** A list of values. */
    record Sequence(List<DocNode> items, SourceLocation location) implements DocNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(i -> out.add(i.toPlain()));
            return out;
        }
    }

    /**
     * Keys in file order, each with its value and the place the key was written.
     */
    record Mapping(Map<String, DocNode> values, Map<String, SourceLocation> keyLocations, SourceLocation location)
            implements DocNode {
        public Mapping {
            // a reader's own maps (handed over, never touched again) are wrapped, not copied: copying every mapping
            // of a 25 MB manifest set twice was a tenth of its import
            values = values instanceof Owned<String, DocNode> own ? Collections.unmodifiableMap(own)
                    : Collections.unmodifiableMap(new LinkedHashMap<>(values));
            keyLocations = keyLocations instanceof Owned<String, SourceLocation> own ? Collections.unmodifiableMap(own)
                    : Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, v.toPlain()));
            return out;
        }

        public Optional<DocNode> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        /** The text of a scalar under the key, empty when absent or null; an error when not a scalar. */
        public Optional<String> text(String key) {
            DocNode n = values.get(key);
            return n == null ? Optional.empty() : Optional.ofNullable(n.asText("'" + key + "'"));
        }

        /** Where the key was written, or the mapping's own place when absent. */
        public SourceLocation keyLocation(String key) {
            return keyLocations.getOrDefault(key, location);
        }
    }

    /**
     * A map a reader fills and then hands to a {@link Mapping} for good: the mapping wraps it instead of copying it.
     * Only {@link DocumentReader} makes these.
     */
    final class Owned<K, V> extends LinkedHashMap<K, V> {
        private static final long serialVersionUID = 1L;

        Owned() {
        }
    }
}
