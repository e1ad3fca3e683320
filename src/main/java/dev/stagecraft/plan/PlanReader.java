package dev.stagecraft.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stagecraft.io.FileText;
import dev.stagecraft.model.Gate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan written by {@link PlanWriter} (YAML or JSON) back into a {@link RolloutPlan}; what the writer
 * leaves out takes its meaning back (no {@code maxParallel}: unlimited; no {@code more}: 0). Unknown keys are
 * ignored, a wrong {@code apiVersion} or {@code kind} and missing or mistyped fields are a
 * {@link PlanFormatException} naming the field and, found by {@link PlanPlaces} once a problem is known, its
 * line and column. O(size of the text).
 */
public final class PlanReader {
    /** Larger plan files are refused unread: a 20,000-step plan is 23 MB. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanReader() {
    }

    /** Reads a plan file (UTF-8, or UTF-16 with a byte order mark); errors name the file, line and column. */
    public static RolloutPlan read(Path file) throws IOException {
        return read(FileText.read(file, MAX_BYTES, "plan"));
    }

    /** Reads JSON when the text starts with '{', YAML otherwise. */
    public static RolloutPlan read(String text) {
        ObjectMapper mapper = text.stripLeading().startsWith("{") ? JSON : YAML;
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() <= 0 ? -1 : at.getLineNr();
            int column = line < 0 || at.getColumnNr() <= 0 ? -1 : at.getColumnNr();
            throw new PlanFormatException("not valid " + (mapper == JSON ? "JSON" : "YAML") + ": "
                    + firstLine(e.getOriginalMessage()), line, column, e);
        }
        if (root == null || !root.isObject()) {
            throw new PlanFormatException("a plan is a mapping with apiVersion, kind, metadata, summary and steps",
                    1, 1, null);
        }
        try {
            expect(root, "apiVersion", RolloutPlan.API_VERSION);
            expect(root, "kind", RolloutPlan.KIND);
            return new RolloutPlan(metadata(field(root, "metadata", "")), summary(field(root, "summary", "")),
                    steps(field(root, "steps", "")), strings(field(root, "rollbackOrder", ""), "rollbackOrder"));
        } catch (PlanFormatException e) {
            if (e.path() == null) {
                throw e;
            }
            JsonLocation at = PlanPlaces.locate(mapper.getFactory(), text, e.path());
            throw at == null ? e : e.at(at.getLineNr(), at.getColumnNr());
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static void expect(JsonNode root, String key, String value) {
        String found = text(field(root, key, ""), key);
        if (!found.equals(value)) {
            throw new PlanFormatException(key + " must be " + value + ", was " + found, key);
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
            throw new PlanFormatException("steps must be a list", "steps");
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
                    blastRadius(field(s, "blastRadius", at), at + ".blastRadius")));
        }
        return steps;
    }

    private static List<CanaryStage> stages(JsonNode list, String at) {
        if (!list.isArray()) {
            throw new PlanFormatException(at + " must be a list", at);
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
                    throw new PlanFormatException(gateAt + ".max must be a number", gateAt + ".max");
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
            String path = (at.isEmpty() ? "" : at + ".") + key;
            throw new PlanFormatException(path + " is missing", path);
        }
        return value;
    }

    private static int integer(JsonNode parent, String key, String at) {
        JsonNode value = field(parent, key, at);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new PlanFormatException(at + "." + key + " must be a whole number, was " + value, at + "." + key);
        }
        return value.intValue();
    }

    private static String text(JsonNode value, String at) {
        if (!value.isValueNode() || value.isNull()) {
            throw new PlanFormatException(at + " must be text", at);
        }
        String text = value.asText();
        if (hasUnpairedSurrogate(text)) {
            throw new PlanFormatException(at + " is not valid Unicode text (it has half of a surrogate pair,"
                    + " such as a JSON \\ud846 escape alone)");
        }
        return text;
    }

    /**
     * A JSON escape like {@code \ud846} alone gives a string that is not Unicode: the YAML writer then joins the
     * half with the next character into another one, so the plan written did not read back equal (fuzz suite,
     * issue 8).
     */
    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode list, String at) {
        if (!list.isArray()) {
            throw new PlanFormatException(at + " must be a list", at);
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(text(list.get(i), at + "[" + i + "]"));
        }
        return out;
    }
}
