package dev.stagecraft.plan.export;

import dev.stagecraft.model.Gate;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.Workloads.Kind;
import dev.stagecraft.plan.export.Workloads.Workload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Kubernetes manifests of a plan's components, as Argo Rollouts and Spinnaker apply them.
 *
 * <p>A {@link Kind#ROLLOUT} is a complete {@code Rollout} whose {@code workloadRef} names the existing Deployment, whose
 * {@code selector.matchLabels} is the extras {@code k8s-selector} (a mapping), else
 * {@code app.kubernetes.io/name: <name>}, and whose {@code strategy.canary.steps} are the step's stages
 * ({@code setWeight}, then {@code pause} for the bake minutes; none after 100 %). A step that waits for others
 * ({@code after}) starts with {@code pause: {}}: the Rollout holds at 0 % until it is promoted (by the Argo
 * Workflows export, or a person following the runbook). Each gate is an {@code AnalysisTemplate} (Prometheus, from
 * the {@link MetricsMap}) run as the canary's background analysis from its first {@code setWeight}: a measurement
 * above the gate's {@code max} more often than {@code failureLimit} aborts the Rollout, so a failing gate halts the
 * canary. A metric the stages judge with different maxima is held to the smallest.
 *
 * <p>A {@link Kind#JOB} is a {@code batch/v1 Job} running the component's {@code migration-image} once.
 */
final class RolloutManifests {
    private final Map<String, List<Object>> byComponent = new LinkedHashMap<>();
    private final Map<String, List<Gate>> gatesByComponent = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Workloads workloads;

    /**
     * @param hold whether Rollouts of steps that wait for others start at {@code pause: {}}: yes where nothing else
     *             orders the steps (a file applied at once), no where the tool applies each step after its
     *             {@code after} (Spinnaker)
     */
    RolloutManifests(RolloutPlan plan, ExportSettings settings, Workloads workloads, boolean hold) {
        this.workloads = workloads;
        KubeNames templates = new KubeNames("AnalysisTemplate", KubeNames.LABEL, false);
        List<String> unmapped = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            List<Gate> gates = strictestGates(step);
            for (Workload w : workloads.of(step)) {
                List<Object> docs = new ArrayList<>();
                if (w.kind() == Kind.ROLLOUT) {
                    List<String> templateNames = new ArrayList<>();
                    for (Gate g : gates) {
                        String name = templates.of(w.name() + "-" + g.metric());
                        templateNames.add(name);
                        MetricsMap.Measure m = settings.metrics().measure(g.metric());
                        if (m.placeholder() && !unmapped.contains(g.metric())) {
                            unmapped.add(g.metric());
                        }
                        docs.add(analysisTemplate(name, w, step, g, m, settings.metrics().address()));
                    }
                    docs.add(rollout(plan, step, w, templateNames, settings, hold));
                } else if (w.kind() == Kind.JOB) {
                    docs.add(job(plan, step, w, settings));
                }
                byComponent.put(w.id(), docs);
                gatesByComponent.put(w.id(), gates);
            }
        }
        for (String metric : unmapped) {
            warnings.add("gate metric '" + metric + "' has no query: its AnalysisTemplates query the placeholder"
                    + " stagecraft_unmapped_metric, which returns no data, so the analysis fails; map it in --metrics-map FILE");
        }
        warnings.addAll(templates.changes());
    }

    /** The manifests of one component, AnalysisTemplates before the Rollout; empty when it is not exported. */
    List<Object> of(String id) {
        return byComponent.getOrDefault(id, List.of());
    }

    Workloads workloads() {
        return workloads;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The gates of a step, one per metric (the smallest max where stages differ), sorted by metric. */
    static List<Gate> strictestGates(PlanStep step) {
        Map<String, Double> max = new TreeMap<>();
        for (CanaryStage s : step.stages()) {
            for (Gate g : s.gates()) {
                max.merge(g.metric(), g.max(), Math::min);
            }
        }
        return max.entrySet().stream().map(e -> new Gate(e.getKey(), e.getValue())).toList();
    }

    static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String gatesText(List<Gate> gates) {
        return gates.stream().map(g -> g.metric() + " <= " + number(g.max())).collect(Collectors.joining(", "));
    }

    private static Map<String, Object> metadata(String name, String namespace, Map<String, Object> annotations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("namespace", namespace);
        m.put("annotations", annotations);
        return m;
    }

    private static Map<String, Object> annotations(RolloutPlan plan, PlanStep step, Workload w) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("stagecraft.dev/plan", plan.metadata().name());
        a.put("stagecraft.dev/component", w.id());
        a.put("stagecraft.dev/step", step.id());
        a.put("stagecraft.dev/wave", Integer.toString(step.wave()));
        a.put("stagecraft.dev/after", String.join(",", step.after()));
        return a;
    }

    private static Map<String, Object> analysisTemplate(String name, Workload w, PlanStep step, Gate g,
                                                        MetricsMap.Measure m, String address) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("stagecraft.dev/component", w.id());
        a.put("stagecraft.dev/step", step.id());
        a.put("stagecraft.dev/gate", g.metric() + " <= " + number(g.max()));
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("name", g.metric());
        metric.put("interval", m.interval());
        metric.put("failureLimit", m.failureLimit());
        // A query over no traffic gives no sample or NaN (0/0): neither condition holds, so the measurement is
        // Inconclusive and Argo pauses the Rollout for a person instead of failing or passing it unseen.
        String measured = "len(result) > 0 && !isNaN(result[0]) && ";
        metric.put("successCondition", measured + "result[0] <= " + number(g.max()));
        metric.put("failureCondition", measured + "result[0] > " + number(g.max()));
        metric.put("provider", Yaml.ordered("prometheus", Yaml.ordered("address", address, "query", m.query())));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "argoproj.io/v1alpha1");
        doc.put("kind", "AnalysisTemplate");
        doc.put("metadata", metadata(name, w.namespace(), a));
        doc.put("spec", Yaml.ordered("args", List.of(Yaml.ordered("name", "service")), "metrics", List.of(metric)));
        return doc;
    }

    private static Map<String, Object> rollout(RolloutPlan plan, PlanStep step, Workload w, List<String> templates,
                                               ExportSettings settings, boolean hold) {
        Map<String, Object> a = annotations(plan, step, w);
        a.put("stagecraft.dev/gates", gatesText(strictestGates(step)));
        Map<String, Object> spec = new LinkedHashMap<>();
        Object replicas = settings.component(w.id()).map(c -> c.extras().get("replicas")).orElse(null);
        if (replicas instanceof Integer n) {
            spec.put("replicas", n);
        }
        spec.put("selector", Yaml.ordered("matchLabels", selector(w, settings)));
        spec.put("workloadRef", Yaml.ordered("apiVersion", "apps/v1", "kind", "Deployment", "name", w.name()));
        List<Object> steps = new ArrayList<>();
        if (hold && !step.after().isEmpty() || !step.approvals().isEmpty()) {
            // a step that waits for others, or for a sign-off, holds at 0 % until someone promotes it
            steps.add(Yaml.ordered("pause", Map.of()));
        }
        if (!step.approvals().isEmpty()) {
            a.put("stagecraft.dev/approvers", step.approvals().stream()
                    .flatMap(x -> x.approvers().stream()).distinct().collect(java.util.stream.Collectors.joining(", ")));
            a.put("stagecraft.dev/approval-rules", step.approvals().stream().map(x -> x.rule())
                    .collect(java.util.stream.Collectors.joining(", ")));
            String escalation = step.approvals().stream().map(x -> x.escalation()).filter(java.util.Objects::nonNull)
                    .distinct().collect(java.util.stream.Collectors.joining(", "));
            if (!escalation.isEmpty()) {
                a.put("stagecraft.dev/escalation", escalation);
            }
        }
        int firstWeight = steps.size();
        for (CanaryStage stage : step.stages()) {
            steps.add(Yaml.ordered("setWeight", stage.percent()));
            if (stage.percent() < 100 && stage.bakeMinutes() > 0) {
                steps.add(Yaml.ordered("pause", Yaml.ordered("duration", stage.bakeMinutes() + "m")));
            }
        }
        Map<String, Object> canary = new LinkedHashMap<>();
        if (!templates.isEmpty()) {
            Map<String, Object> analysis = new LinkedHashMap<>();
            analysis.put("templates", templates.stream().map(t -> (Object) Yaml.ordered("templateName", t)).toList());
            analysis.put("args", List.of(Yaml.ordered("name", "service", "value", w.name())));
            if (firstWeight > 0) {
                analysis.put("startingStep", firstWeight);
            }
            canary.put("analysis", analysis);
        }
        canary.put("steps", steps);
        spec.put("strategy", Yaml.ordered("canary", canary));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "argoproj.io/v1alpha1");
        doc.put("kind", "Rollout");
        doc.put("metadata", metadata(w.name(), w.namespace(), a));
        doc.put("spec", spec);
        return doc;
    }

    private static Map<String, Object> selector(Workload w, ExportSettings settings) {
        Object own = settings.component(w.id()).map(c -> c.extras().get("k8s-selector")).orElse(null);
        Map<String, Object> labels = new LinkedHashMap<>();
        if (own instanceof Map<?, ?> m && !m.isEmpty()) {
            m.forEach((k, v) -> labels.put(String.valueOf(k), String.valueOf(v)));
        } else {
            labels.put("app.kubernetes.io/name", w.name());
        }
        return labels;
    }

    private static Map<String, Object> job(RolloutPlan plan, PlanStep step, Workload w, ExportSettings settings) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", "migrate");
        container.put("image", settings.extra(w.id(), "migration-image"));
        List<String> command = settings.extraList(w.id(), "migration-command");
        if (!command.isEmpty()) {
            container.put("command", command);
        }
        Map<String, Object> podSpec = new LinkedHashMap<>();
        podSpec.put("restartPolicy", "Never");
        podSpec.put("containers", List.of(container));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("backoffLimit", 0);
        spec.put("template", Yaml.ordered("spec", podSpec));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "batch/v1");
        doc.put("kind", "Job");
        doc.put("metadata", metadata(w.name(), w.namespace(), annotations(plan, step, w)));
        doc.put("spec", spec);
        return doc;
    }
}
