package dev.stagecraft.plan.export;

import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helmfile: one release per deployed component (all but external components and libraries, which are listed as not
 * exported), in plan order, with its {@code namespace}, its {@code chart} (the extras {@code helm-chart}, else the
 * {@code --chart} template, else {@code ./charts/{name}} with a warning; {@code helm-chart-version} its
 * {@code version}) and {@code needs} naming, as {@code namespace/name}, the releases of the steps its step waits for
 * ({@code after}), so {@code helmfile apply} deploys in dependency order. Components of one step do not need each
 * other: they advance together. Release names are valid DNS labels of at most 53 characters.
 */
public final class HelmfileExporter implements PlanExporter {
    static final String DEFAULT_CHART = "./charts/{name}";

    @Override
    public PlanExport export(RolloutPlan plan, ExportSettings settings) {
        List<String> warnings = new ArrayList<>();
        KubeNames names = new KubeNames("Helm release", KubeNames.HELM_RELEASE);
        Map<String, List<String>> releasesOfStep = new HashMap<>();
        Map<String, String> releaseOf = new HashMap<>();
        for (PlanStep step : plan.steps()) {
            List<String> own = new ArrayList<>();
            for (String component : step.components()) {
                if (deployed(settings, component)) {
                    String source = settings.extra(component, "k8s-name") != null ? settings.extra(component, "k8s-name") : component;
                    String release = settings.namespaceOf(component) + "/" + names.of(source);
                    releaseOf.put(component, release);
                    own.add(release);
                } else {
                    warnings.add("'" + component + "' has no release: " + settings.component(component).orElseThrow().kind().id()
                            + " components are not deployed from here");
                }
            }
            releasesOfStep.put(step.id(), own);
        }
        boolean defaultChart = false;
        List<Object> releases = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            List<String> needs = new ArrayList<>();
            for (String after : step.after()) {
                needs.addAll(releasesOfStep.getOrDefault(after, List.of()));
            }
            for (String component : step.components()) {
                String release = releaseOf.get(component);
                if (release == null) {
                    continue;
                }
                String namespace = release.substring(0, release.indexOf('/'));
                String name = release.substring(release.indexOf('/') + 1);
                String chart = settings.extra(component, "helm-chart");
                if (chart == null) {
                    defaultChart |= settings.chart() == null;
                    chart = (settings.chart() == null ? DEFAULT_CHART : settings.chart()).replace("{name}", name)
                            .replace("{id}", component);
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", name);
                r.put("namespace", namespace);
                r.put("chart", chart);
                String version = settings.extra(component, "helm-chart-version");
                if (version != null) {
                    r.put("version", version);
                }
                r.put("labels", Yaml.ordered("stagecraft-step", step.id(), "stagecraft-wave", Integer.toString(step.wave())));
                if (!needs.isEmpty()) {
                    r.put("needs", needs);
                }
                releases.add(r);
            }
        }
        if (defaultChart) {
            warnings.add("charts default to " + DEFAULT_CHART + ": set --chart TEMPLATE (e.g. 'oci://registry/charts/{name}')"
                    + " or a component's extras helm-chart");
        }
        warnings.addAll(names.changes());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("releases", releases);
        String header = Yaml.header(List.of("Helmfile releases with needs from plan " + plan.metadata().name() + " ("
                + plan.metadata().digest() + ")"), warnings);
        return new PlanExport(header + Yaml.document(root), warnings);
    }

    private static boolean deployed(ExportSettings settings, String component) {
        ComponentKind kind = settings.component(component).map(c -> c.kind()).orElse(ComponentKind.SERVICE);
        return kind != ComponentKind.EXTERNAL && kind != ComponentKind.LIBRARY;
    }
}
