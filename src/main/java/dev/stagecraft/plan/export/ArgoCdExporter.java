package dev.stagecraft.plan.export;

import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo CD: one {@code Application} per component deployed from git (all but external components and libraries,
 * which are listed as not exported) with the annotation {@code argocd.argoproj.io/sync-wave} set to its plan wave,
 * so an app-of-apps syncs wave 0 before wave 1 and so on. Source, destination and sync policy come from
 * {@link ArgoCdSettings}; without a repository URL the source says {@code REPLACE-ME} and a warning names the option.
 */
public final class ArgoCdExporter implements PlanExporter {
    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        ArgoCdSettings cd = settings.argoCd();
        List<String> warnings = new ArrayList<>();
        if (cd.repoURL() == null) {
            warnings.add("no Git repository given: every source.repoURL is REPLACE-ME; set --repo-url URL"
                    + " (or repoURL in --argocd-config FILE)");
        }
        KubeNames names = new KubeNames("Application", KubeNames.LABEL);
        List<Object> docs = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            for (String component : step.components()) {
                ComponentKind kind = settings.component(component).map(c -> c.kind()).orElse(ComponentKind.SERVICE);
                if (kind == ComponentKind.EXTERNAL || kind == ComponentKind.LIBRARY) {
                    warnings.add("'" + component + "' has no Application: " + (kind == ComponentKind.EXTERNAL
                            ? "external, not deployed from here" : "a library ships inside the components that use it"));
                    continue;
                }
                String source = settings.extra(component, "k8s-name") != null ? settings.extra(component, "k8s-name") : component;
                String name = names.of(source);
                String namespace = cd.namespace() != null ? cd.namespace() : settings.namespaceOf(component);
                Map<String, Object> annotations = new LinkedHashMap<>();
                annotations.put("argocd.argoproj.io/sync-wave", Integer.toString(step.wave()));
                annotations.put("stagecraft.dev/component", component);
                annotations.put("stagecraft.dev/step", step.id());
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("name", name);
                metadata.put("namespace", "argocd");
                metadata.put("annotations", annotations);
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("project", cd.project());
                spec.put("source", Yaml.ordered("repoURL", cd.repoURL() == null ? "REPLACE-ME" : cd.repoURL(),
                        "path", cd.path().replace("{name}", name).replace("{id}", component).replace("{namespace}", namespace),
                        "targetRevision", cd.targetRevision()));
                spec.put("destination", Yaml.ordered("server", cd.server(), "namespace", namespace));
                if (cd.syncPolicy().equals("automated")) {
                    spec.put("syncPolicy", Yaml.ordered("automated", Yaml.ordered("prune", true, "selfHeal", true)));
                }
                Map<String, Object> app = new LinkedHashMap<>();
                app.put("apiVersion", "argoproj.io/v1alpha1");
                app.put("kind", "Application");
                app.put("metadata", metadata);
                app.put("spec", spec);
                docs.add(app);
            }
        }
        warnings.addAll(names.changes());
        String header = Yaml.header(List.of("Argo CD Applications with sync waves from plan " + plan.metadata().name()
                + " (" + plan.metadata().digest() + ")", "Sync policy: " + cd.syncPolicy()
                + (cd.syncPolicy().equals("manual") ? " (argocd app sync NAME, wave by wave)" : " (prune, self-heal)")), warnings);
        return new PlanExport(Yaml.documents(header, docs), warnings);
    }
}
