package dev.stagecraft.plan.export;

import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Argo Rollouts: for each component that rolls out (services, gateways) a complete {@code Rollout} of its existing
 * Deployment, with one {@code AnalysisTemplate} per gate as its background analysis; for a database with a
 * {@code migration-image} a {@code Job}; every other component is listed in the header as not exported, with why
 * (see {@link RolloutManifests} and {@link Workloads}). Documents in plan order, wave by wave; a step that waits for
 * others holds at {@code pause: {}} until promoted, so applying the whole file never advances a dependent before
 * what it depends on (the Argo Workflows export promotes them in the plan's order).
 */
public final class ArgoRolloutsExporter implements PlanExporter {
    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        Workloads workloads = new Workloads(plan, settings);
        RolloutManifests manifests = new RolloutManifests(plan, settings, workloads, true);
        List<Object> docs = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            for (String component : step.components()) {
                docs.addAll(manifests.of(component));
            }
        }
        List<String> warnings = new ArrayList<>(workloads.warnings());
        warnings.addAll(manifests.warnings());
        String header = Yaml.header(List.of(
                "Argo Rollouts Rollouts, AnalysisTemplates and Jobs from plan " + plan.metadata().name() + " ("
                        + plan.metadata().digest() + ")",
                "Each Rollout takes over its Deployment (workloadRef): scale the Deployment to 0 once the Rollout is",
                "healthy. Steps that wait for others start at 'pause: {}' and advance on 'kubectl argo rollouts promote'.",
                "Gates query Prometheus at " + settings.metrics().address() + " (--metrics-map FILE to change)."), warnings);
        return new PlanExport(Yaml.documents(header, docs), warnings);
    }
}
