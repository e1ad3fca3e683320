package dev.stagecraft.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stagecraft diff --format json}: one object with {@code components} and {@code dependencies}
 * ({@code added}, {@code removed}, {@code changed}), {@code groups}, {@code waves} ({@code before},
 * {@code after}, {@code moved}), {@code blastRadius} (per component {@code before}, {@code after}) and
 * {@code criticalPath} (minutes and path before and after), plus {@code identical}.
 */
public final class GraphChangesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GraphChangesJson() {
    }

    public static String render(GraphChanges c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("identical", c.isEmpty());
        root.put("components", section(c.componentsAdded(), c.componentsRemoved(), c.componentsChanged()));
        root.put("dependencies", section(c.dependenciesAdded(), c.dependenciesRemoved(), c.dependenciesChanged()));
        root.put("groups", section(c.groupsAdded(), c.groupsRemoved(), c.groupsChanged()));
        Map<String, Object> waves = new LinkedHashMap<>();
        waves.put("before", c.wavesBefore());
        waves.put("after", c.wavesAfter());
        waves.put("moved", c.wavesMoved());
        root.put("waves", waves);
        root.put("blastRadius", c.blastRadiusChanged());
        root.put("criticalPath", c.criticalPath());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Map<String, Object> section(List<String> added, List<String> removed, List<?> changed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("added", added);
        m.put("removed", removed);
        m.put("changed", changed);
        return m;
    }
}
