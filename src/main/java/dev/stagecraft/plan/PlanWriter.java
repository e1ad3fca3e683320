package dev.stagecraft.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.stagecraft.model.Gate;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@link RolloutPlan} as YAML or JSON with the same content: {@code apiVersion}, {@code kind},
 * then metadata, summary, steps and rollbackOrder, keys always in the order of DESIGN.md. Whole numbers are
 * written without decimals ({@code max: 500}), other numbers in their shortest form ({@code max: 0.01}).
 * Left out when they say nothing: {@code metadata.graph} when the graph has no name, {@code summary.maxParallel}
 * when unlimited, {@code blastRadius.more} when nothing was left out; a plan made with a start date-time also has
 * {@code summary.start/timeZone/end/waitMinutes} and each step {@code start}, {@code end} and (when it waited)
 * {@code waits}. O(size of the plan).
 */
public final class PlanWriter {
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new NumberAwareQuoting())
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanWriter() {
    }

    public static String toYaml(RolloutPlan plan) {
        return write(YAML, plan);
    }

    /** The same content as {@link #toYaml}, pretty-printed, ending with a newline. */
    public static String toJson(RolloutPlan plan) {
        return write(JSON, plan) + "\n";
    }

    private static String write(ObjectMapper mapper, RolloutPlan plan) {
        try {
            return mapper.writeValueAsString(tree(plan));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a plan tree of maps, lists and scalars always serializes", e);
        }
    }

    /** The plan as ordered maps, lists and scalars: what both formats write. */
    static Map<String, Object> tree(RolloutPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", RolloutPlan.API_VERSION);
        root.put("kind", RolloutPlan.KIND);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", plan.metadata().name());
        putIfPresent(metadata, "graph", plan.metadata().graph());
        metadata.put("digest", plan.metadata().digest());
        root.put("metadata", metadata);
        root.put("summary", summary(plan.summary()));
        List<Object> steps = new ArrayList<>(plan.steps().size());
        for (PlanStep step : plan.steps()) {
            steps.add(step(step));
        }
        root.put("steps", steps);
        root.put("rollbackOrder", plan.rollbackOrder());
        return root;
    }

    private static Map<String, Object> summary(PlanSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("components", s.components());
        out.put("steps", s.steps());
        out.put("waves", s.waves());
        if (s.maxParallel() != PlanOptions.UNLIMITED) {
            out.put("maxParallel", s.maxParallel());
        }
        out.put("estimatedMinutes", s.estimatedMinutes());
        out.put("maxParallelism", s.maxParallelism());
        Map<String, Object> critical = new LinkedHashMap<>();
        critical.put("minutes", s.criticalPath().minutes());
        critical.put("path", s.criticalPath().path());
        out.put("criticalPath", critical);
        if (s.approvalWaitMinutes() > 0) {
            out.put("approvalWaitMinutes", s.approvalWaitMinutes());
        }
        if (!s.capacity().isEmpty()) {
            List<Object> capacity = new ArrayList<>();
            for (CapacityLedger.Usage u : s.capacity()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("pool", u.pool());
                one.put("resource", u.resource());
                one.put("budget", number(u.budget()));
                one.put("peak", number(u.peak()));
                capacity.add(one);
            }
            out.put("capacity", capacity);
            if (!s.overBudget().isEmpty()) {
                out.put("overBudget", s.overBudget());
            }
        }
        if (s.clock() != null) {
            out.put("start", s.clock().start());
            out.put("timeZone", s.clock().timeZone());
            out.put("end", s.clock().end());
            out.put("waitMinutes", s.clock().waitMinutes());
        }
        return out;
    }

    private static Map<String, Object> step(PlanStep step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", step.id());
        out.put("components", step.components());
        out.put("after", step.after());
        out.put("wave", step.wave());
        out.put("startMinute", step.startMinute());
        out.put("endMinute", step.endMinute());
        if (step.clock() != null) {
            out.put("start", step.clock().start());
            out.put("end", step.clock().end());
            if (!step.clock().waits().isEmpty()) {
                List<Object> waits = new ArrayList<>(step.clock().waits().size());
                for (ChangeCalendar.Wait w : step.clock().waits()) {
                    Map<String, Object> wait = new LinkedHashMap<>();
                    wait.put("stage", w.stage());
                    wait.put("fromMinute", w.from());
                    wait.put("minutes", w.minutes());
                    wait.put("cause", w.cause());
                    waits.add(wait);
                }
                out.put("waits", waits);
            }
        }
        out.put("durationMinutes", step.durationMinutes());
        List<Object> stages = new ArrayList<>(step.stages().size());
        for (CanaryStage stage : step.stages()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("percent", stage.percent());
            s.put("bakeMinutes", stage.bakeMinutes());
            List<Object> gates = new ArrayList<>(stage.gates().size());
            for (Gate g : stage.gates()) {
                Map<String, Object> gate = new LinkedHashMap<>();
                gate.put("metric", g.metric());
                gate.put("max", number(g.max()));
                gates.add(gate);
            }
            s.put("gates", gates);
            stages.add(s);
        }
        out.put("stages", stages);
        if (!step.approvals().isEmpty()) {
            List<Object> approvals = new ArrayList<>(step.approvals().size());
            for (StepApproval a : step.approvals()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("rule", a.rule());
                one.put("approvers", a.approvers());
                putIfPresent(one, "escalation", a.escalation());
                one.put("minutes", a.minutes());
                approvals.add(one);
            }
            out.put("approvals", approvals);
        }
        out.put("acceptance", step.acceptance());
        out.put("rollback", step.rollback());
        out.put("rollbackMinutes", step.rollbackMinutes());
        StepBlastRadius radius = step.blastRadius();
        Map<String, Object> blast = new LinkedHashMap<>();
        blast.put("outage", radius.outage());
        blast.put("degraded", radius.degraded());
        blast.put("mostCritical", radius.mostCritical());
        if (radius.more() > 0) {
            blast.put("more", radius.more());
        }
        out.put("blastRadius", blast);
        return out;
    }

    /** A whole number as a long (no ".0"), anything else as the double itself. */
    private static Object number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }

    /**
     * Jackson's quoting rules, plus quotes around any text that a YAML reader might take for a number
     * ({@code 0x1f}, {@code 1e5}, {@code 12:30}, {@code .inf}; the id {@code 1e5} would come back as 100000.0).
     * Errs on the side of quoting: {@code 123-abc} is quoted too, which reads back the same.
     */
    private static final class NumberAwareQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern NUMBER_LIKE = Pattern.compile(
                "[-+]?\\.?[0-9][0-9a-fA-FxXoO_.:+-]*|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
