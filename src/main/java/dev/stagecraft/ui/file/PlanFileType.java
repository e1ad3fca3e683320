package dev.stagecraft.ui.file;

import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.PlanExports;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The files Export plan… writes, told apart by how the file name ends: the plan itself (YAML or JSON, as
 * {@code stagecraft plan} writes it) or one of {@code stagecraft export-plan}'s targets, with the same core exporters
 * ({@link PlanExports}). The engine formats are YAML (or JSON) files of another tool, so their names carry the
 * target: {@code release.argo-rollouts.yaml}; the runbook is {@code .md}.
 */
public enum PlanFileType {
    ARGO_ROLLOUTS("Argo Rollouts steps", ".argo-rollouts.yaml", PlanExports.ARGO_ROLLOUTS.exporter()::export),
    ARGOCD("Argo CD sync waves", ".argocd.yaml", PlanExports.ARGOCD.exporter()::export),
    HELMFILE("Helmfile", ".helmfile.yaml", PlanExports.HELMFILE.exporter()::export),
    SPINNAKER("Spinnaker pipeline", ".spinnaker.json", PlanExports.SPINNAKER.exporter()::export),
    RUNBOOK("Runbook with checklist (Markdown)", ".md", PlanExports.MARKDOWN.exporter()::export),
    PLAN_JSON("Plan JSON", ".json", PlanWriter::toJson),
    PLAN_YAML("Plan YAML", ".yaml", PlanWriter::toYaml);

    private final String description;
    private final String suffix;
    private final Function<RolloutPlan, String> writer;

    PlanFileType(String description, String suffix, Function<RolloutPlan, String> writer) {
        this.description = description;
        this.suffix = suffix;
        this.writer = writer;
    }

    public String description() {
        return description;
    }

    /** How a file name of this type ends, e.g. {@code .argo-rollouts.yaml}. */
    public String suffix() {
        return suffix;
    }

    /** The file's text for this plan. */
    public String write(RolloutPlan plan) {
        return writer.apply(plan);
    }

    /** The type a file name asks for: the longest suffix it ends with; plan YAML for any other name. */
    public static PlanFileType of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yml")) {
            return PLAN_YAML;
        }
        return Arrays.stream(values()).filter(t -> name.endsWith(t.suffix)).findFirst().orElse(PLAN_YAML);
    }
}
