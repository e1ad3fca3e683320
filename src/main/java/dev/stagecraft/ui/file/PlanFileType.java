package dev.stagecraft.ui.file;

import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.ExportSettings;
import dev.stagecraft.plan.export.PlanExports;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The files Export plan… writes, told apart by how the file name ends: the plan itself (YAML or JSON, as
 * {@code stagecraft plan} writes it) or one of {@code stagecraft export-plan}'s targets, with the same core exporters
 * ({@link PlanExports}). The engine formats are YAML (or JSON) files of another tool, so their names carry the
 * target: {@code release.argo-rollouts.yaml}; the runbook is {@code .md}.
 */
public enum PlanFileType {
    ARGO_ROLLOUTS("Argo Rollouts Rollouts and analyses", PlanExports.ARGO_ROLLOUTS),
    ARGOCD("Argo CD sync waves", PlanExports.ARGOCD),
    HELMFILE("Helmfile", PlanExports.HELMFILE),
    SPINNAKER("Spinnaker pipeline", PlanExports.SPINNAKER),
    ARGO_WORKFLOWS("Argo Workflow of the plan's steps", PlanExports.ARGO_WORKFLOWS),
    GITHUB_ACTIONS("GitHub Actions workflow of the plan's steps", PlanExports.GITHUB_ACTIONS),
    RUNBOOK("Runbook with checklist (Markdown)", PlanExports.MARKDOWN),
    PLAN_JSON("Plan JSON", ".json", (plan, settings) -> PlanWriter.toJson(plan)),
    PLAN_YAML("Plan YAML", ".yaml", (plan, settings) -> PlanWriter.toYaml(plan));

    private final String description;
    private final String suffix;
    private final BiFunction<RolloutPlan, ExportSettings, String> writer;

    PlanFileType(String description, PlanExports target) {
        this(description, target.suffix(), (plan, settings) -> target.exporter().export(plan, settings).text());
    }

    PlanFileType(String description, String suffix, BiFunction<RolloutPlan, ExportSettings, String> writer) {
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

    /** The file's text for this plan, exported with {@link ExportSettings#DEFAULTS}. */
    public String write(RolloutPlan plan) {
        return writer.apply(plan, ExportSettings.DEFAULTS);
    }

    /** The file's text for this plan; the engine formats take component kinds and extras from {@code settings}. */
    public String write(RolloutPlan plan, ExportSettings settings) {
        return writer.apply(plan, settings);
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
