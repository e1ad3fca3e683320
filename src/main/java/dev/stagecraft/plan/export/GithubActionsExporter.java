package dev.stagecraft.plan.export;

import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.StepApproval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GitHub Actions: one workflow ({@code on: workflow_dispatch}) that executes the plan's {@code after} DAG, a job per
 * step with {@code needs} = the step's {@code after}. A step that needs sign-offs runs in a GitHub
 * <b>environment</b> named after its approval rules ({@code approval-tier0-cab}): give that environment the rule's
 * approvers as required reviewers and the job waits for them. A job promotes its step's held Rollouts (those the
 * argo-rollouts export starts at {@code pause: {}}: the step waits for others or for a sign-off)
 * ({@code kubectl argo rollouts promote}), waits for Jobs to complete, and waits for every Rollout to be healthy
 * ({@code status --timeout}: 2 x the step's planned minutes + 10), so no dependent starts after a failed gate; a
 * component not exported is a by-hand step in an environment {@code by-hand} (a person approves when done). The
 * cluster comes from the {@code KUBECONFIG} secret (a kubeconfig file's content).
 */
public final class GithubActionsExporter implements PlanExporter {
    static final String ROLLOUTS_PLUGIN =
            "https://github.com/argoproj/argo-rollouts/releases/download/v1.7.2/kubectl-argo-rollouts-linux-amd64";

    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        Workloads workloads = new Workloads(plan, settings);
        List<String> warnings = new ArrayList<>(workloads.warnings());
        KubeNames jobs = new KubeNames("GitHub job", 100);
        Map<String, String> jobOf = new HashMap<>();
        plan.steps().forEach(s -> jobOf.put(s.id(), jobId(jobs.of(s.id()))));
        warnings.addAll(jobs.changes());
        Map<String, Object> jobMap = new LinkedHashMap<>();
        Set<String> environments = new LinkedHashSet<>();
        for (PlanStep step : plan.steps()) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("name", "Step " + step.id() + " (wave " + step.wave() + ")");
            if (!step.after().isEmpty()) {
                job.put("needs", step.after().stream().map(jobOf::get).toList());
            }
            String environment = null;
            if (!step.approvals().isEmpty()) {
                environment = "approval-" + String.join("-", step.approvals().stream().map(StepApproval::rule).toList());
                environments.add(environment + ": required reviewers " + String.join(", ", step.approvals().stream()
                        .flatMap(a -> a.approvers().stream()).distinct().toList()));
            }
            List<Object> steps = new ArrayList<>();
            steps.add(Yaml.ordered("name", "Configure kubectl", "run", String.join("\n",
                    "mkdir -p \"$HOME/.kube\" && printf '%s' \"$KUBECONFIG_DATA\" > \"$HOME/.kube/config\"",
                    "curl -sSL -o /usr/local/bin/kubectl-argo-rollouts " + ROLLOUTS_PLUGIN,
                    "chmod +x /usr/local/bin/kubectl-argo-rollouts"), "env",
                    Yaml.ordered("KUBECONFIG_DATA", "${{ secrets.KUBECONFIG }}")));
            String timeout = (2 * Math.max(step.endMinute() - step.startMinute(), step.durationMinutes()) + 10) + "m";
            boolean byHand = false;
            for (Workloads.Workload w : workloads.of(step)) {
                switch (w.kind()) {
                    case ROLLOUT -> {
                        // only a held Rollout (it waits for others or a sign-off: pause {} first) is promoted; a
                        // promote of one that runs would skip its bake
                        if (!step.after().isEmpty() || !step.approvals().isEmpty()) {
                            steps.add(Yaml.ordered("name", "Promote " + w.name(), "run",
                                    "kubectl argo rollouts promote " + w.name() + " --namespace " + w.namespace()));
                        }
                    }
                    case JOB -> steps.add(Yaml.ordered("name", "Wait for job " + w.name(), "run",
                            "kubectl wait --for=condition=complete job/" + w.name() + " --namespace " + w.namespace()
                                    + " --timeout=" + timeout));
                    case MANUAL -> {
                        byHand = true;
                        steps.add(Yaml.ordered("name", "By hand: " + w.id(), "run",
                                "echo '" + (w.id() + ": " + w.reason()).replace("'", "") + " (approved in environment by-hand)'"));
                    }
                }
            }
            for (Workloads.Workload w : workloads.of(step)) {
                if (w.kind() == Workloads.Kind.ROLLOUT) {
                    steps.add(Yaml.ordered("name", "Wait for " + w.name() + " to be healthy", "run",
                            "kubectl argo rollouts status " + w.name() + " --namespace " + w.namespace() + " --timeout "
                                    + timeout));
                }
            }
            if (environment == null && byHand) {
                environment = "by-hand";
                environments.add("by-hand: a person who did the manual steps");
            }
            if (environment != null) {
                job.put("environment", environment);
            }
            job.put("runs-on", "ubuntu-latest");
            job.put("timeout-minutes", 2 * Math.max(step.endMinute() - step.startMinute(), step.durationMinutes()) + 20);
            job.put("steps", steps);
            jobMap.put(jobOf.get(step.id()), job);
        }
        Map<String, Object> workflow = new LinkedHashMap<>();
        workflow.put("name", "Rollout " + plan.metadata().name());
        workflow.put("on", Yaml.ordered("workflow_dispatch", Map.of()));
        workflow.put("permissions", Yaml.ordered("contents", "read"));
        workflow.put("concurrency", Yaml.ordered("group", "rollout-" + plan.metadata().name(), "cancel-in-progress", false));
        workflow.put("jobs", jobMap);
        List<String> header = new ArrayList<>(List.of(
                "GitHub Actions workflow running plan " + plan.metadata().name() + " (" + plan.metadata().digest() + "):",
                "a job per step, needs = the steps it waits for; promote held Rollouts, wait for them to be healthy.",
                "Apply the new versions first (Argo CD or the argo-rollouts export); secret KUBECONFIG: a kubeconfig."));
        if (!environments.isEmpty()) {
            header.add("Create these environments (Settings > Environments) with their required reviewers:");
            environments.forEach(e -> header.add("  " + e));
        }
        return new PlanExport(Yaml.header(header, warnings) + Yaml.document(workflow), warnings);
    }

    /** A GitHub job id: letters, digits, '-' and '_', starting with a letter or '_'. */
    static String jobId(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_-]", "-");
        return Character.isLetter(id.isEmpty() ? '0' : id.charAt(0)) || id.startsWith("_") ? id : "step-" + id;
    }
}
