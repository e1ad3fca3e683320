package dev.stagecraft.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stagecraft.model.Gate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan written by {@link PlanWriter} (YAML or JSON) back into a {@link RolloutPlan}; what the writer
 * leaves out takes its meaning back (no {@code maxParallel}: unlimited; no {@code more}: 0). Unknown keys are
 * ignored, a wrong {@code apiVersion} or {@code kind} and missing or mistyped fields are a
 * {@link PlanFormatException} naming the field. O(size of the text).
 */
public final class PlanReader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanReader() {
    }

    public static RolloutPlan read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads JSON when the text starts with '{', YAML otherwise. */
    public static RolloutPlan read(String text) {
        ObjectMapper mapper = text.stripLeading().startsWith("{") ? JSON : YAML;
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new PlanFormatException("not a readable plan (line " + line + ", column " + column + "): "
                    + e.getOriginalMessage(), line, column, e);
        }
        if (root == null || !root.isObject()) {
            throw new PlanFormatException("a plan is a mapping with apiVersion, kind, metadata, summary and steps");
        }
        expect(root, "apiVersion", RolloutPlan.API_VERSION);
        expect(root, "kind", RolloutPlan.KIND);
        return new RolloutPlan(metadata(field(root, "metadata", "")), summary(field(root, "summary", "")),
                steps(field(root, "steps", "")), strings(field(root, "rollbackOrder", ""), "rollbackOrder"));
    }

    private static void expect(JsonNode root, String key, String value) {
        String found = text(field(root, key, ""), key);
        if (!found.equals(value)) {
            throw new PlanFormatException(key + " must be " + value + ", was " + found);
        }
    }

    private static PlanMetadata metadata(JsonNode m) {
        JsonNode graph = m.get("graph");
        return new PlanMetadata(text(field(m, "name", "metadata"), "metadata.name"),
                graph == null || graph.isNull() ? null : text(graph, "metadata.graph"),
                text(field(m, "digest", "metadata"), "metadata.digest"));
    }

    private static PlanSummary summary(JsonNode s) {
        JsonNode limit = s.get("maxParallel");
        JsonNode critical = field(s, "criticalPath", "summary");
        return new PlanSummary(integer(s, "components", "summary"), integer(s, "steps", "summary"),
                integer(s, "waves", "summary"),
                limit == null ? PlanOptions.UNLIMITED : integer(s, "maxParallel", "summary"),
                integer(s, "estimatedMinutes", "summary"), integer(s, "maxParallelism", "summary"),
                new PlanCriticalPath(integer(critical, "minutes", "summary.criticalPath"),
                        strings(field(critical, "path", "summary.criticalPath"), "summary.criticalPath.path")));
    }

    private static List<PlanStep> steps(JsonNode list) {
        if (!list.isArray()) {
            throw new PlanFormatException("steps must be a list");
        }
        List<PlanStep> steps = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String at = "steps[" + i + "]";
            steps.add(new PlanStep(text(field(s, "id", at), at + ".id"),
                    strings(field(s, "components", at), at + ".components"),
                    strings(field(s, "after", at), at + ".after"),
                    integer(s, "wave", at), integer(s, "startMinute", at), integer(s, "endMinute", at),
                    integer(s, "durationMinutes", at), stages(field(s, "stages", at), at + ".stages"),
                    strings(field(s, "acceptance", at), at + ".acceptance"),
                    strings(field(s, "rollback", at), at + ".rollback"),
                    s.has("rollbackMinutes") ? integer(s, "rollbackMinutes", at) : 0,
                    blastRadius(field(s, "blastRadius", at), at + ".blastRadius")));
        }
        return steps;
    }

    private static List<CanaryStage> stages(JsonNode list, String at) {
        if (!list.isArray()) {
            throw new PlanFormatException(at + " must be a list");
        }
        List<CanaryStage> stages = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String here = at + "[" + i + "]";
            JsonNode gateList = field(s, "gates", here);
            List<Gate> gates = new ArrayList<>(gateList.size());
            for (int g = 0; g < gateList.size(); g++) {
                JsonNode gate = gateList.get(g);
                String gateAt = here + ".gates[" + g + "]";
                JsonNode max = field(gate, "max", gateAt);
                if (!max.isNumber()) {
                    throw new PlanFormatException(gateAt + ".max must be a number");
                }
                gates.add(new Gate(text(field(gate, "metric", gateAt), gateAt + ".metric"), max.doubleValue()));
            }
            stages.add(new CanaryStage(integer(s, "percent", here), integer(s, "bakeMinutes", here), gates));
        }
        return stages;
    }

    private static StepBlastRadius blastRadius(JsonNode b, String at) {
        return new StepBlastRadius(integer(b, "outage", at), integer(b, "degraded", at),
                strings(field(b, "mostCritical", at), at + ".mostCritical"),
                b.has("more") ? integer(b, "more", at) : 0);
    }

    private static JsonNode field(JsonNode parent, String key, String at) {
        JsonNode value = parent == null ? null : parent.get(key);
        if (value == null || value.isNull()) {
            throw new PlanFormatException((at.isEmpty() ? "" : at + ".") + key + " is missing");
        }
        return value;
    }

    private static int integer(JsonNode parent, String key, String at) {
        JsonNode value = field(parent, key, at);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new PlanFormatException(at + "." + key + " must be a whole number, was " + value);
        }
        return value.intValue();
    }

    private static String text(JsonNode value, String at) {
        if (!value.isValueNode() || value.isNull()) {
            throw new PlanFormatException(at + " must be text");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode list, String at) {
        if (!list.isArray()) {
            throw new PlanFormatException(at + " must be a list");
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(text(list.get(i), at + "[" + i + "]"));
        }
        return out;
    }
}
