package dev.stagecraft.plan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain maps and lists as YAML documents, keys in insertion order, for the adapters. */
final class Yaml {
    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private Yaml() {
    }

    static String document(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    /**
     * A mapping of the given keys and values in this order. Exporters build their trees with it, never with
     * {@code Map.of}, whose iteration order changes from one JVM to the next: same plan, same bytes.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** Several documents separated by {@code ---}, with a comment header. */
    static String documents(String header, List<?> values) {
        StringBuilder b = new StringBuilder(header);
        for (Object v : values) {
            b.append("---\n").append(document(v));
        }
        return b.toString();
    }

    /**
     * A comment header: the title lines, then every warning as {@code # warning: ...}, so a reviewer of the file
     * sees what the CLI printed on standard error.
     */
    static String header(List<String> lines, List<String> warnings) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append("# ").append(l).append('\n'));
        warnings.forEach(w -> b.append("# warning: ").append(w.replace("\n", " ")).append('\n'));
        return b.toString();
    }
}
