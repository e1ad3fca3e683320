package dev.stagecraft.plan.export;

import dev.stagecraft.model.Gate;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Argo Rollouts: one {@code Rollout} patch per component, in plan order, carrying the canary
 * {@code strategy.canary.steps} of its plan step ({@code setWeight} per stage, then {@code pause} for the
 * bake time; no pause after 100%). Merge each into the component's Rollout manifest. The step, wave and
 * gates ride along as annotations, so the order between components (which Argo Rollouts does not know)
 * stays visible.
 */
public final class ArgoRolloutsExporter implements PlanExporter {
    @Override
    public String export(RolloutPlan plan) {
        List<Object> docs = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            for (String component : step.components()) {
                Map<String, Object> annotations = new LinkedHashMap<>();
                annotations.put("stagecraft.dev/plan", plan.metadata().name());
                annotations.put("stagecraft.dev/step", step.id());
                annotations.put("stagecraft.dev/wave", Integer.toString(step.wave()));
                annotations.put("stagecraft.dev/after", String.join(",", step.after()));
                String gates = step.stages().isEmpty() ? "" : step.stages().get(0).gates().stream()
                        .map(g -> g.metric() + "<=" + number(g)).collect(Collectors.joining(","));
                annotations.put("stagecraft.dev/gates", gates);
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("name", component);
                metadata.put("annotations", annotations);
                Map<String, Object> rollout = new LinkedHashMap<>();
                rollout.put("apiVersion", "argoproj.io/v1alpha1");
                rollout.put("kind", "Rollout");
                rollout.put("metadata", metadata);
                rollout.put("spec", Yaml.ordered("strategy", Yaml.ordered("canary", Yaml.ordered("steps", steps(step)))));
                docs.add(rollout);
            }
        }
        return Yaml.documents("# Argo Rollouts canary steps from plan " + plan.metadata().name()
                + " (" + plan.metadata().digest() + ")\n# Merge each document into the component's Rollout;"
                + " apply in this order (wave by wave).\n", docs);
    }

    private static List<Object> steps(PlanStep step) {
        List<Object> out = new ArrayList<>();
        for (CanaryStage stage : step.stages()) {
            out.add(Yaml.ordered("setWeight", stage.percent()));
            if (stage.percent() < 100 && stage.bakeMinutes() > 0) {
                out.add(Yaml.ordered("pause", Yaml.ordered("duration", stage.bakeMinutes() + "m")));
            }
        }
        return out;
    }

    private static String number(Gate g) {
        return java.math.BigDecimal.valueOf(g.max()).stripTrailingZeros().toPlainString();
    }
}
