package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Typed access to the fields of a {@link YamlNode.Mapping} for the decoders, and the findings they
 * collect. A field of the wrong type is a {@link GraphFormatException} at the value; an absent field and
 * an explicit null both read as {@code null}. {@code owner} names what the field belongs to in messages,
 * e.g. "component 'auth'".
 */
final class FieldReader {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    FieldReader(String file) {
        this.file = file;
    }

    List<Finding> findings() {
        return findings;
    }

    SourceLocation at(YamlNode node) {
        return new SourceLocation(file, node.line(), node.column());
    }

    SourceLocation at(YamlNode.Entry entry) {
        return new SourceLocation(file, entry.line(), entry.column());
    }

    void report(Severity severity, String code, String message, List<String> subjects, SourceLocation where) {
        findings.add(new Finding(severity, code, message, subjects, where));
    }

    void error(String code, String message, List<String> subjects, YamlNode where) {
        report(Severity.ERROR, code, message, subjects, at(where));
    }

    GraphFormatException fail(YamlNode where, String sentence) {
        return new GraphFormatException(file, where.line(), where.column(), sentence);
    }

    /** The value of a field, {@code null} when absent or written as null. */
    YamlNode value(YamlNode.Mapping m, String key) {
        YamlNode.Entry e = m.entry(key);
        if (e == null || e.value() instanceof YamlNode.Scalar s && s.isNull()) {
            return null;
        }
        return e.value();
    }

    /** A text field. Any scalar counts, as written ({@code name: 2024} is the text "2024"). */
    String text(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = value(m, key);
        return v == null ? null : text(v, owner + ": " + key);
    }

    String text(YamlNode v, String what) {
        if (v instanceof YamlNode.Scalar s && !s.isNull()) {
            return s.value() instanceof String str ? str : s.text();
        }
        throw fail(v, what + " must be a text, found " + v.describe());
    }

    Integer whole(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = value(m, key);
        return v == null ? null : whole(v, owner + ": " + key);
    }

    Integer whole(YamlNode v, String what) {
        if (v instanceof YamlNode.Scalar s && (s.value() instanceof Integer || s.value() instanceof Long
                || s.value() instanceof BigInteger)) {
            Number n = (Number) s.value();
            if (n instanceof Integer i) {
                return i;
            }
            throw fail(v, what + " is too large: " + s.text());
        }
        throw fail(v, what + " must be a whole number, found " + v.describe());
    }

    Double number(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = value(m, key);
        return v == null ? null : number(v, owner + ": " + key);
    }

    Double number(YamlNode v, String what) {
        if (v instanceof YamlNode.Scalar s && s.value() instanceof Number n) {
            return n.doubleValue();
        }
        throw fail(v, what + " must be a number, found " + v.describe());
    }

    Boolean bool(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = value(m, key);
        if (v == null) {
            return null;
        }
        if (v instanceof YamlNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw fail(v, owner + ": " + key + " must be true or false, found " + v.describe());
    }

    YamlNode.Sequence list(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = value(m, key);
        if (v == null || v instanceof YamlNode.Sequence) {
            return (YamlNode.Sequence) v;
        }
        throw fail(v, owner + ": " + key + " must be a list, found " + v.describe());
    }

    YamlNode.Mapping mapping(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = value(m, key);
        if (v == null || v instanceof YamlNode.Mapping) {
            return (YamlNode.Mapping) v;
        }
        throw fail(v, owner + ": " + key + " must be a mapping (key: value lines), found " + v.describe());
    }

    /** The node itself as a mapping, e.g. one item of the components list. */
    YamlNode.Mapping asMapping(YamlNode v, String what) {
        if (v instanceof YamlNode.Mapping m) {
            return m;
        }
        throw fail(v, what + " must be a mapping (key: value lines), found " + v.describe());
    }

    /**
     * What Stagecraft's importers write into extras to say where a record came from (compose's {@code image},
     * {@code build}, a dependency's {@code via}, {@code condition} and {@code inferred}, Backstage's
     * {@code backstage} entity ref, {@code lifecycle}, a traced dependency's {@code calls}, Kubernetes' {@code namespace}, {@code k8s-kind},
     * {@code k8s-name}, {@code k8s-services}, {@code k8s-source}, {@code k8s-external-name}), and a data-layer step's
 * {@code migration} (read by {@link dev.stagecraft.model.Migration}, checked by validation): kept as extras
     * like any other key, but not reported as unknown, since validating an imported file would otherwise list
     * every one of them.
     */
    static final java.util.Set<String> IMPORTER_KEYS = java.util.Set.of("image", "build", "via", "condition",
            "inferred", "backstage", "lifecycle", "calls", "namespace", "k8s-kind", "k8s-name", "k8s-services", "k8s-source",
            "k8s-external-name", "migration");

    /**
     * Keys outside {@code known}, in file order, as plain values, each reported as an INFO
     * {@code unknown-key} finding (except {@link #IMPORTER_KEYS}): the caller keeps them in its record's extras.
     */
    Map<String, Object> extras(YamlNode.Mapping m, List<String> known, String owner, List<String> subjects) {
        Map<String, Object> extras = null;
        for (YamlNode.Entry e : m.entries()) {
            if (!known.contains(e.key())) {
                if (extras == null) {
                    extras = new LinkedHashMap<>();
                }
                extras.put(e.key(), frozen(e.value().toPlain()));
                if (!IMPORTER_KEYS.contains(e.key())) {
                    report(Severity.INFO, "unknown-key", owner + ": unknown key '" + e.key() + "' kept as is",
                            subjects, at(e));
                }
            }
        }
        return extras == null ? Map.of() : extras;
    }

    /** Keys outside {@code known} where the model has no place for them: a WARNING each, since saving drops them. */
    void dropUnknown(YamlNode.Mapping m, List<String> known, String owner, List<String> subjects) {
        for (YamlNode.Entry e : m.entries()) {
            if (!known.contains(e.key())) {
                report(Severity.WARNING, "unknown-key", owner + ": unknown key '" + e.key()
                        + "' cannot be kept here (known: " + String.join(", ", known) + ") and is dropped on save",
                        subjects, at(e));
            }
        }
    }

    /** File spelling to value, in declaration order; immutable. */
    static <E> Map<String, E> spellings(E[] values, Function<E, String> spelling) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E v : values) {
            map.put(spelling.apply(v), v);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Unmodifiable all the way down; nulls allowed, as YAML allows them. */
    @SuppressWarnings("unchecked")
    private static Object frozen(Object plain) {
        if (plain instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, frozen(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (plain instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(frozen(v)));
            return Collections.unmodifiableList(copy);
        }
        return plain;
    }
}
