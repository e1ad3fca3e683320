package dev.stagecraft.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stagecraft.io.yaml.LinearYamlFactory;
import dev.stagecraft.io.yaml.YamlLimits;
import dev.stagecraft.io.FileText;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.model.Gate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan written by {@link PlanWriter} (YAML or JSON) back into a {@link RolloutPlan}; what the writer
 * leaves out takes its meaning back (no {@code maxParallel}: unlimited; no {@code more}: 0). Unknown keys are
 * ignored, a wrong {@code apiVersion} or {@code kind}, missing or mistyped fields and gates whose {@code max}
 * is not a finite number are a {@link PlanFormatException} naming the field, its line and its column.
 * Plans over {@link #MAX_CODE_POINTS} are refused, as graph files are (a 20,000-step plan is 23 MB).
 * O(size of the text), also for one long value (see {@link LinearYamlFactory}).
 */
public final class PlanReader {
    /** The same limit as graph files: 64 Mi code points (and bytes, for a file). */
    public static final int MAX_CODE_POINTS = YamlLimits.MAX_CODE_POINTS;
    private static final int MAX_DEPTH = 64;

    private PlanReader() {
    }

    /**
     * Reads a plan file (UTF-8, or UTF-16 with a byte order mark). A file that cannot be read or is not text is a
     * {@link GraphFormatException} naming it (and the first bad byte's line and column); a plan problem is a
     * {@link PlanFormatException} with line and column.
     */
    public static RolloutPlan read(Path file) throws IOException {
        String text;
        try {
            text = FileText.read(file, MAX_CODE_POINTS, "plan");
        } catch (GraphFormatException e) {
            throw new PlanFormatException(e.sentence(), e.line() > 0 ? e.line() : -1, e.column() > 0 ? e.column() : -1, e);
        }
        return read(text);
    }

    /** Reads JSON when the text starts with '{', YAML otherwise. */
    public static RolloutPlan read(String text) {
        return read(text, MAX_CODE_POINTS);
    }

    /** Reads a text of at most {@code maxCodePoints} code points. */
    public static RolloutPlan read(String text, int maxCodePoints) {
        if (YamlLimits.overLimit(text, maxCodePoints)) {
            throw tooLarge(text.codePointCount(0, text.length()), maxCodePoints, "characters");
        }
        ObjectMapper mapper = mapper(text, maxCodePoints);
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = mapper.getFactory().createParser(text);
            root = mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if ((at == null || at.getLineNr() <= 0) && parser != null) {
                at = parser.currentLocation(); // Jackson's limits (nesting depth, name length) give no place
            }
            int line = at == null || at.getLineNr() <= 0 ? -1 : at.getLineNr();
            int column = line < 0 || at.getColumnNr() <= 0 ? -1 : at.getColumnNr();
            throw new PlanFormatException("not valid " + (text.stripLeading().startsWith("{") ? "JSON" : "YAML") + ": "
                    + firstLine(e.getOriginalMessage()), line, column, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a plan from memory", e); // no I/O happens on a String
        } finally {
            closeQuietly(parser);
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
        } catch (Problem p) {
            JsonLocation at = PlanPlaces.locate(mapper.getFactory(), text, p.path);
            throw new PlanFormatException(p.getMessage(), at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), null);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // a parser over a String holds nothing to release
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static ObjectMapper mapper(String text, int maxCodePoints) {
        if (text.stripLeading().startsWith("{")) {
            return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Math.max(maxCodePoints, 1)).build()).build());
        }
        return new YAMLMapper(new LinearYamlFactory(LinearYamlFactory.options(maxCodePoints, MAX_DEPTH)));
    }

    private static PlanFormatException tooLarge(long size, long limit, String unit) {
        return new PlanFormatException("the plan " + YamlLimits.tooLarge(size, limit, unit,
                "a plan (a 20,000-step plan is about 23 MB)") + " and was not read");
    }

    /**
     * A field that is wrong, found while mapping the tree (which has no places): the message and the path of the
     * value at fault ("steps[3].stages[0].gates[1].max"; for a missing field, the mapping that lacks it).
     */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        Problem(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    private static void expect(JsonNode root, String key, String value) {
        String found = text(field(root, key, ""), key);
        if (!found.equals(value)) {
            throw new Problem(key, key + " must be " + value + ", was " + found);
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
                        strings(field(critical, "path", "summary.criticalPath"), "summary.criticalPath.path")),
                s.has("start") ? new PlanClock(text(field(s, "start", "summary"), "summary.start"),
                        text(field(s, "timeZone", "summary"), "summary.timeZone"),
                        text(field(s, "end", "summary"), "summary.end"), integer(s, "waitMinutes", "summary")) : null,
                s.has("approvalWaitMinutes") ? integer(s, "approvalWaitMinutes", "summary") : 0,
                capacity(s.get("capacity")),
                s.has("overBudget") ? strings(s.get("overBudget"), "summary.overBudget") : List.of());
    }

    private static List<CapacityLedger.Usage> capacity(JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new Problem("summary.capacity", "summary.capacity must be a list");
        }
        List<CapacityLedger.Usage> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode u = list.get(i);
            String at = "summary.capacity[" + i + "]";
            JsonNode budget = field(u, "budget", at);
            JsonNode peak = field(u, "peak", at);
            if (!budget.isNumber() || !peak.isNumber() || !Double.isFinite(budget.doubleValue())
                    || !Double.isFinite(peak.doubleValue())) {
                throw new Problem(at, at + ".budget and .peak must be finite numbers");
            }
            out.add(new CapacityLedger.Usage(text(field(u, "pool", at), at + ".pool"),
                    text(field(u, "resource", at), at + ".resource"), budget.doubleValue(), peak.doubleValue()));
        }
        return out;
    }

    private static List<StepApproval> approvals(JsonNode s, String at) {
        JsonNode list = s.get("approvals");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new Problem(at + ".approvals", at + ".approvals must be a list");
        }
        List<StepApproval> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String here = at + ".approvals[" + i + "]";
            JsonNode escalation = a.get("escalation");
            out.add(new StepApproval(text(field(a, "rule", here), here + ".rule"),
                    strings(field(a, "approvers", here), here + ".approvers"),
                    escalation == null || escalation.isNull() ? null : text(escalation, here + ".escalation"),
                    integer(a, "minutes", here)));
        }
        return out;
    }

    private static StepClock clock(JsonNode s, String at) {
        if (!s.has("start")) {
            return null;
        }
        List<ChangeCalendar.Wait> waits = new ArrayList<>();
        JsonNode list = s.get("waits");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new Problem(at + ".waits", at + ".waits must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode w = list.get(i);
                String here = at + ".waits[" + i + "]";
                waits.add(new ChangeCalendar.Wait(integer(w, "stage", here), integer(w, "fromMinute", here),
                        integer(w, "minutes", here), text(field(w, "cause", here), here + ".cause")));
            }
        }
        return new StepClock(text(field(s, "start", at), at + ".start"), text(field(s, "end", at), at + ".end"), waits);
    }

    private static List<PlanStep> steps(JsonNode list) {
        if (!list.isArray()) {
            throw new Problem("steps", "steps must be a list");
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
                    blastRadius(field(s, "blastRadius", at), at + ".blastRadius"), clock(s, at), approvals(s, at)));
        }
        checkSteps(steps);
        return steps;
    }

    /**
     * What the exporters rely on: each step advances at least one component, ids are unique, and {@code after}
     * names earlier steps (the writer lists a step after everything it waits for, so the steps form a DAG).
     */
    private static void checkSteps(List<PlanStep> steps) {
        Map<String, Integer> index = new HashMap<>(steps.size() * 2);
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            String at = "steps[" + i + "]";
            if (step.components().isEmpty()) {
                throw new Problem(at + ".components", at + ".components is empty; a step advances at least one component");
            }
            Integer first = index.putIfAbsent(step.id(), i);
            if (first != null) {
                throw new Problem(at + ".id", at + ".id '" + step.id() + "' is also the id of steps[" + first + "]");
            }
            for (int a = 0; a < step.after().size(); a++) {
                String after = step.after().get(a);
                if (!index.containsKey(after) || after.equals(step.id())) {
                    throw new Problem(at + ".after[" + a + "]", at + ".after[" + a + "] '" + after + "' is not the id"
                            + " of an earlier step; a step waits only for steps listed before it");
                }
            }
        }
    }

    private static List<CanaryStage> stages(JsonNode list, String at) {
        if (!list.isArray()) {
            throw new Problem(at, at + " must be a list");
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
                    throw new Problem(gateAt + ".max", gateAt + ".max must be a number");
                }
                if (!Double.isFinite(max.doubleValue())) {
                    throw new Problem(gateAt + ".max", gateAt + ".max is " + max.asText() + ", not a finite number;"
                            + " a gate's max is the highest value of its metric that passes");
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
            throw new Problem(at, (at.isEmpty() ? "" : at + ".") + key + " is missing");
        }
        return value;
    }

    private static int integer(JsonNode parent, String key, String at) {
        JsonNode value = field(parent, key, at);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new Problem(at + "." + key, at + "." + key + " must be a whole number, was " + value);
        }
        return value.intValue();
    }

    private static String text(JsonNode value, String at) {
        if (!value.isValueNode() || value.isNull()) {
            throw new Problem(at, at + " must be text");
        }
        String text = value.asText();
        if (hasUnpairedSurrogate(text)) {
            throw new Problem(at, at + " is not valid Unicode text (it has half of a surrogate pair,"
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
            throw new Problem(at, at + " must be a list");
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(text(list.get(i), at + "[" + i + "]"));
        }
        return out;
    }
}
