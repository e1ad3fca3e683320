package dev.stagecraft.plan.export;

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
 * Argo Workflows: one {@code Workflow} that executes the plan's {@code after} DAG across services, which Argo
 * Rollouts alone cannot: its entry template is a {@code dag} with one task per plan step and {@code dependencies}
 * the step's {@code after}. A step's task runs, in parallel for its components:
 * <ol>
 *   <li>for a step that needs sign-offs: a {@code suspend} naming the approvers (one of them resumes it:
 *       {@code argo resume});</li>
 *   <li>for a Rollout of a step that waits for others or for a sign-off (held at {@code pause: {}} by the Argo Rollouts export):
 *       {@code kubectl argo rollouts promote NAME}; for a Job: a resource template that applies it and succeeds when
 *       it has succeeded; for a component not exported: a {@code suspend} (a person does it, then
 *       {@code argo resume});</li>
 *   <li>then for every Rollout {@code kubectl argo rollouts status NAME --timeout T}, which fails when the Rollout
 *       is degraded or aborted (a gate failed) or not healthy within T = 2 x the step's planned minutes + 10, so the
 *       DAG starts no dependent of a failed step.</li>
 * </ol>
 * Run it after the new versions are applied (Argo CD sync, or {@code kubectl apply} of the argo-rollouts export).
 * The workflow's service account ({@value #SERVICE_ACCOUNT}) must be allowed to get, watch and patch
 * {@code rollouts} and to create and get {@code jobs} in the workloads' namespaces.
 */
public final class ArgoWorkflowsExporter implements PlanExporter {
    static final String SERVICE_ACCOUNT = "stagecraft-rollouts";

    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        Workloads workloads = new Workloads(plan, settings);
        RolloutManifests manifests = new RolloutManifests(plan, settings, workloads, true);
        List<String> warnings = new ArrayList<>(workloads.warnings());
        warnings.addAll(manifests.warnings());
        KubeNames tasks = new KubeNames("Workflow task", KubeNames.LABEL);
        Map<String, String> taskOf = new HashMap<>();
        plan.steps().forEach(s -> taskOf.put(s.id(), tasks.of(s.id())));
        warnings.addAll(tasks.changes());

        List<Object> templates = new ArrayList<>();
        List<Object> dagTasks = new ArrayList<>();
        List<Object> stepTemplates = new ArrayList<>();
        List<Object> jobTemplates = new ArrayList<>();
        boolean anyPromote = false;
        boolean anyStatus = false;
        boolean anyByHand = false;
        boolean anySignOff = false;
        for (PlanStep step : plan.steps()) {
            String task = taskOf.get(step.id());
            List<Object> first = new ArrayList<>();
            List<Object> then = new ArrayList<>();
            KubeNames byHand = new KubeNames("by-hand step", KubeNames.LABEL, false);
            String timeout = (2 * Math.max(step.endMinute() - step.startMinute(), step.durationMinutes()) + 10) + "m";
            for (Workload w : workloads.of(step)) {
                switch (w.kind()) {
                    case ROLLOUT -> {
                        if (!step.after().isEmpty() || !step.approvals().isEmpty()) {
                            first.add(call("promote-" + w.name(), "promote", "rollout", w.name(), "namespace", w.namespace()));
                            anyPromote = true;
                        }
                        then.add(call("status-" + w.name(), "status", "rollout", w.name(), "namespace", w.namespace(),
                                "timeout", timeout));
                        anyStatus = true;
                    }
                    case JOB -> {
                        String template = "job-" + w.name();
                        first.add(Yaml.ordered("name", template, "template", template));
                        jobTemplates.add(jobTemplate(template, manifests.of(w.id()).get(0)));
                    }
                    case MANUAL -> {
                        first.add(call("by-hand-" + byHand.of(w.id()), "by-hand", "component", w.id(),
                                "why", w.reason()));
                        anyByHand = true;
                    }
                }
            }
            List<Object> groups = new ArrayList<>();
            if (!step.approvals().isEmpty()) {
                // the sign-off before anything moves: the workflow suspends until an approver resumes it
                groups.add(List.of(call("sign-off", "sign-off", "approvers", String.join(", ", step.approvals().stream()
                        .flatMap(a -> a.approvers().stream()).distinct().toList()), "rules", String.join(", ",
                        step.approvals().stream().map(a -> a.rule()).toList()))));
                anySignOff = true;
            }
            if (!first.isEmpty()) {
                groups.add(first);
            }
            if (!then.isEmpty()) {
                groups.add(then);
            }
            String template = "step-" + task;
            stepTemplates.add(Yaml.ordered("name", template, "steps", groups));
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", task);
            t.put("template", template);
            if (!step.after().isEmpty()) {
                t.put("dependencies", step.after().stream().map(taskOf::get).toList());
            }
            dagTasks.add(t);
        }
        templates.add(Yaml.ordered("name", "plan", "dag", Yaml.ordered("tasks", dagTasks)));
        templates.addAll(stepTemplates);
        if (anyPromote) {
            templates.add(pluginTemplate("promote", settings.rolloutsImage(), List.of("rollout", "namespace"),
                    List.of("promote", "{{inputs.parameters.rollout}}", "--namespace", "{{inputs.parameters.namespace}}")));
        }
        if (anyStatus) {
            templates.add(pluginTemplate("status", settings.rolloutsImage(), List.of("rollout", "namespace", "timeout"),
                    List.of("status", "{{inputs.parameters.rollout}}", "--namespace", "{{inputs.parameters.namespace}}",
                            "--timeout", "{{inputs.parameters.timeout}}")));
        }
        templates.addAll(jobTemplates);
        if (anyByHand) {
            templates.add(Yaml.ordered("name", "by-hand", "inputs", parameters(List.of("component", "why")),
                    "suspend", Map.of()));
        }
        if (anySignOff) {
            templates.add(Yaml.ordered("name", "sign-off", "inputs", parameters(List.of("approvers", "rules")),
                    "suspend", Map.of()));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("generateName", new KubeNames("Workflow", 50).of(plan.metadata().name()) + "-");
        metadata.put("annotations", Yaml.ordered("stagecraft.dev/plan", plan.metadata().name(),
                "stagecraft.dev/digest", plan.metadata().digest()));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("entrypoint", "plan");
        spec.put("serviceAccountName", SERVICE_ACCOUNT);
        spec.put("templates", templates);
        Map<String, Object> workflow = new LinkedHashMap<>();
        workflow.put("apiVersion", "argoproj.io/v1alpha1");
        workflow.put("kind", "Workflow");
        workflow.put("metadata", metadata);
        workflow.put("spec", spec);
        String header = Yaml.header(List.of(
                "Argo Workflow running plan " + plan.metadata().name() + " (" + plan.metadata().digest() + ") step by step:",
                "a DAG task per step, after the steps it waits for; promote held Rollouts, wait for them to be healthy.",
                "Apply the new versions first (Argo CD or the argo-rollouts export), then: argo submit THIS-FILE",
                "Service account " + SERVICE_ACCOUNT + " needs get/watch/patch on rollouts, create/get on jobs."), warnings);
        return new PlanExport(header + "---\n" + Yaml.document(workflow), warnings);
    }

    private static Map<String, Object> call(String name, String template, String... parameters) {
        List<Object> ps = new ArrayList<>();
        for (int i = 0; i < parameters.length; i += 2) {
            ps.add(Yaml.ordered("name", parameters[i], "value", parameters[i + 1]));
        }
        return Yaml.ordered("name", name, "template", template, "arguments", Yaml.ordered("parameters", ps));
    }

    private static Map<String, Object> parameters(List<String> names) {
        return Yaml.ordered("parameters", names.stream().map(n -> (Object) Yaml.ordered("name", n)).toList());
    }

    /** A container running the image's entry point ({@code kubectl-argo-rollouts}) with these arguments. */
    private static Map<String, Object> pluginTemplate(String name, String image, List<String> inputs, List<String> args) {
        return Yaml.ordered("name", name, "inputs", parameters(inputs),
                "container", Yaml.ordered("image", image, "args", args));
    }

    private static Map<String, Object> jobTemplate(String name, Object job) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("action", "apply");
        resource.put("manifest", Yaml.document(job));
        resource.put("successCondition", "status.succeeded > 0");
        resource.put("failureCondition", "status.failed > 0");
        return Yaml.ordered("name", name, "resource", resource);
    }
}
