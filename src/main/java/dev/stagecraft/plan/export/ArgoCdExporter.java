package dev.stagecraft.plan.export;

import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo CD: one {@code Application} per component (app-of-apps style) with the annotation
 * {@code argocd.argoproj.io/sync-wave} set to its plan wave, so Argo CD syncs wave 0 before wave 1 and so on.
 * Source and destination are left for the user to fill (the plan does not know repositories).
 */
public final class ArgoCdExporter implements PlanExporter {
    @Override
    public String export(RolloutPlan plan) {
        List<Object> docs = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            for (String component : step.components()) {
                Map<String, Object> annotations = new LinkedHashMap<>();
                annotations.put("argocd.argoproj.io/sync-wave", Integer.toString(step.wave()));
                annotations.put("stagecraft.dev/step", step.id());
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("name", component);
                metadata.put("namespace", "argocd");
                metadata.put("annotations", annotations);
                Map<String, Object> app = new LinkedHashMap<>();
                app.put("apiVersion", "argoproj.io/v1alpha1");
                app.put("kind", "Application");
                app.put("metadata", metadata);
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("project", "default");
                spec.put("source", Yaml.ordered("repoURL", "REPLACE-ME", "path", component, "targetRevision", "HEAD"));
                spec.put("destination", Yaml.ordered("server", "https://kubernetes.default.svc", "namespace", component));
                app.put("spec", spec);
                docs.add(app);
            }
        }
        return Yaml.documents("# Argo CD Applications with sync waves from plan " + plan.metadata().name()
                + " (" + plan.metadata().digest() + ")\n", docs);
    }
}
