package dev.stagecraft.plan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stagecraft.model.Gate;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.Workloads.Kind;
import dev.stagecraft.plan.export.Workloads.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spinnaker: a pipeline JSON that {@code spin pipeline save --file} takes ({@code application} and {@code name} at
 * the top). Per plan step a {@code deployManifest} stage ({@code refId} the step id; {@code account},
 * {@code cloudProvider: kubernetes}, {@code source: text}, {@code manifests}: the Rollouts with their
 * AnalysisTemplates, or Jobs, of {@link RolloutManifests}; {@code moniker}), so the canary runs as the Rollout's
 * weighted steps; then, where the step has gates or components not exported, a {@code manualJudgment} stage
 * ({@code <step>-gates}) listing each stage's weight, bake and gates and what to do by hand, which fails the pipeline
 * when stopped. A step's {@code requisiteStageRefIds} are the last stages of the steps in its {@code after}, so
 * Spinnaker runs the plan's DAG with its parallelism and no dependent starts before the gates before it were judged.
 */
public final class SpinnakerExporter implements PlanExporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        Workloads workloads = new Workloads(plan, settings);
        RolloutManifests manifests = new RolloutManifests(plan, settings, workloads, false);
        List<String> warnings = new ArrayList<>(workloads.warnings());
        warnings.addAll(manifests.warnings());
        String wanted = settings.application() != null ? settings.application()
                : plan.metadata().graph() != null ? plan.metadata().graph() : plan.metadata().name();
        KubeNames appNames = new KubeNames("Spinnaker application", KubeNames.LABEL);
        String application = appNames.of(wanted);
        warnings.addAll(appNames.changes());
        String account = settings.account();
        if (account == null) {
            account = "REPLACE-ME";
            warnings.add("no Spinnaker account given: every deployManifest stage has account REPLACE-ME; set --account NAME"
                    + " (the Kubernetes account in Spinnaker)");
        }
        Map<String, String> lastStageOf = new HashMap<>();
        List<Object> stages = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            List<String> requisites = step.after().stream().map(a -> lastStageOf.getOrDefault(a, a)).toList();
            List<Object> docs = new ArrayList<>();
            List<Workload> manual = new ArrayList<>();
            for (Workload w : workloads.of(step)) {
                docs.addAll(manifests.of(w.id()));
                if (w.kind() == Kind.MANUAL) {
                    manual.add(w);
                }
            }
            List<Gate> gates = RolloutManifests.strictestGates(step);
            String last = step.id();
            String judgmentRef = step.id();
            if (!step.approvals().isEmpty()) {
                // the sign-off first: a manual judgment naming who approves, before anything is deployed
                Map<String, Object> approval = new LinkedHashMap<>();
                String ref = step.id() + "-approval";
                approval.put("refId", ref);
                approval.put("requisiteStageRefIds", requisites);
                approval.put("type", "manualJudgment");
                approval.put("name", "Sign-off for " + String.join(", ", step.components()));
                approval.put("instructions", step.approvals().stream().map(x -> x.rule() + ": approved by "
                        + String.join(", ", x.approvers()) + (x.escalation() == null ? "" : "; escalate to "
                        + x.escalation())).collect(java.util.stream.Collectors.joining(". ")) + ".");
                approval.put("failPipeline", true);
                approval.put("judgmentInputs", List.of());
                stages.add(approval);
                requisites = List.of(ref);
                last = ref;
            }
            if (!docs.isEmpty()) {
                Map<String, Object> stage = new LinkedHashMap<>();
                stage.put("refId", step.id());
                stage.put("requisiteStageRefIds", requisites);
                stage.put("type", "deployManifest");
                stage.put("name", "Deploy " + String.join(", ", step.components()) + " (wave " + step.wave() + ")");
                stage.put("account", account);
                stage.put("cloudProvider", "kubernetes");
                stage.put("source", "text");
                stage.put("manifests", docs);
                stage.put("moniker", Yaml.ordered("app", application));
                stage.put("skipExpressionEvaluation", true);
                stages.add(stage);
                requisites = List.of(step.id());
                judgmentRef = step.id() + "-gates";
            }
            if (!manual.isEmpty() || !gates.isEmpty()) {
                Map<String, Object> judgment = new LinkedHashMap<>();
                judgment.put("refId", judgmentRef);
                last = judgmentRef;
                judgment.put("requisiteStageRefIds", requisites);
                judgment.put("type", "manualJudgment");
                judgment.put("name", (docs.isEmpty() ? "Advance " : "Gates of ") + String.join(", ", step.components()));
                judgment.put("instructions", instructions(step, gates, manual));
                judgment.put("failPipeline", true);
                judgment.put("judgmentInputs", List.of());
                stages.add(judgment);
            }
            lastStageOf.put(step.id(), last);
        }
        Map<String, Object> pipeline = new LinkedHashMap<>();
        pipeline.put("application", application);
        pipeline.put("name", plan.metadata().name());
        pipeline.put("description", "Generated by Stagecraft from " + plan.metadata().digest());
        pipeline.put("keepWaitingPipelines", false);
        pipeline.put("limitConcurrent", true);
        pipeline.put("stages", stages);
        try {
            return new PlanExport(JSON.writeValueAsString(pipeline) + "\n", warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String instructions(PlanStep step, List<Gate> gates, List<Workload> manual) {
        StringBuilder b = new StringBuilder();
        for (Workload w : manual) {
            b.append("Advance ").append(w.id()).append(" by hand (").append(w.reason()).append("). ");
        }
        if (!gates.isEmpty()) {
            b.append("Continue only when every canary stage held its gates (the Rollout's analysis aborts it when one"
                    + " fails):");
            for (CanaryStage s : step.stages()) {
                b.append(' ').append(s.percent()).append("% for ").append(s.bakeMinutes()).append(" min;");
            }
            b.append(" gates ").append(RolloutManifests.gatesText(gates)).append('.');
        }
        if (!step.rollback().isEmpty()) {
            b.append(b.length() > 0 && b.charAt(b.length() - 1) != ' ' ? " " : "").append("Rollback: ")
                    .append(String.join("; ", step.rollback()));
        }
        return b.toString().trim();
    }
}
