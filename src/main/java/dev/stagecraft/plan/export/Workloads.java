package dev.stagecraft.plan.export;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each component of a plan becomes in Kubernetes, shared by the Argo Rollouts, Spinnaker and Argo Workflows
 * exports so that they agree on names. A service or gateway is a {@link Kind#ROLLOUT} of its existing Deployment
 * (named by the extras {@code k8s-name}, else its id, made a valid name by {@link KubeNames}); a database or job
 * whose extras name a {@code migration-image} is a {@link Kind#JOB} (its migration, {@code migration-command} the
 * command); anything else is {@link Kind#MANUAL}, not exported, with the reason. With no graph known every
 * component is taken for a service, and a warning says so.
 */
final class Workloads {
    enum Kind { ROLLOUT, JOB, MANUAL }

    /** One component's workload: its Kubernetes name and namespace, or why it is not exported. */
    record Workload(String id, Kind kind, String name, String namespace, String reason) {
    }

    private final Map<String, Workload> byId = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    Workloads(RolloutPlan plan, ExportSettings settings) {
        KubeNames rollouts = new KubeNames("Rollout", KubeNames.LABEL);
        KubeNames jobs = new KubeNames("Job", KubeNames.LABEL);
        boolean unknownKinds = false;
        for (PlanStep step : plan.steps()) {
            for (String id : step.components()) {
                Component c = settings.component(id).orElse(null);
                unknownKinds |= c == null;
                ComponentKind kind = c == null ? ComponentKind.SERVICE : c.kind();
                String source = settings.extra(id, "k8s-name") != null ? settings.extra(id, "k8s-name") : id;
                String ns = settings.namespaceOf(id);
                Workload w = switch (kind) {
                    case SERVICE, GATEWAY -> new Workload(id, Kind.ROLLOUT, rollouts.of(source), ns, null);
                    case DATABASE, JOB -> settings.extra(id, "migration-image") != null
                            ? new Workload(id, Kind.JOB, jobs.of(source + "-migrate"), ns, null)
                            : new Workload(id, Kind.MANUAL, null, ns, kind.id() + " without a migration-image in its"
                                    + " extras: add one (and migration-command) to run its change as a Kubernetes Job");
                    case CACHE, QUEUE, CONFIG -> new Workload(id, Kind.MANUAL, null, ns, kind.id()
                            + ": not a workload Argo Rollouts advances; change it by hand (see the runbook)");
                    case EXTERNAL -> new Workload(id, Kind.MANUAL, null, ns, "external: not deployed from here");
                    case LIBRARY -> new Workload(id, Kind.MANUAL, null, ns,
                            "library: ships inside the components that use it");
                };
                byId.put(id, w);
            }
        }
        if (unknownKinds) {
            warnings.add(settings.components().isEmpty()
                    ? "no graph given (--graph GRAPH.yaml): every component is taken for a service; databases, caches,"
                    + " queues and the like become Rollouts"
                    : "components missing from the graph are taken for services");
        }
        warnings.addAll(rollouts.changes());
        warnings.addAll(jobs.changes());
        for (Workload w : byId.values()) {
            if (w.kind() == Kind.MANUAL) {
                warnings.add("'" + w.id() + "' is not exported: " + w.reason());
            }
        }
    }

    Workload of(String id) {
        return byId.get(id);
    }

    List<Workload> of(PlanStep step) {
        return step.components().stream().map(byId::get).toList();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
