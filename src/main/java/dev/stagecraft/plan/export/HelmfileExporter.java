package dev.stagecraft.plan.export;

import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helmfile: one release per component, in plan order, whose {@code needs} are the releases of the steps its
 * step waits for ({@code after}), so {@code helmfile apply} deploys in dependency order. Components of one
 * step do not need each other: they advance together. Charts default to {@code ./charts/<id>}.
 */
public final class HelmfileExporter implements PlanExporter {
    @Override
    public String export(RolloutPlan plan) {
        Map<String, List<String>> componentsOf = new HashMap<>();
        plan.steps().forEach(s -> componentsOf.put(s.id(), s.components()));
        List<Object> releases = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            List<String> needs = new ArrayList<>();
            for (String after : step.after()) {
                needs.addAll(componentsOf.getOrDefault(after, List.of()));
            }
            for (String component : step.components()) {
                Map<String, Object> release = new LinkedHashMap<>();
                release.put("name", component);
                release.put("chart", "./charts/" + component);
                release.put("labels", Yaml.ordered("stagecraft-step", step.id(), "stagecraft-wave",
                        Integer.toString(step.wave())));
                if (!needs.isEmpty()) {
                    release.put("needs", needs);
                }
                releases.add(release);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("releases", releases);
        return "# Helmfile releases with needs from plan " + plan.metadata().name() + " (" + plan.metadata().digest()
                + ")\n" + Yaml.document(root);
    }
}
