package dev.stagecraft.plan.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan export targets, by the name the CLI takes ({@code --to argo-rollouts}) and by how an output file's name
 * ends ({@code release.argo-rollouts.yaml}), each with a one-line summary for {@code export-plan --help}.
 */
public enum PlanExports {
    ARGO_ROLLOUTS("argo-rollouts", ".argo-rollouts.yaml", new ArgoRolloutsExporter(),
            "Rollouts, AnalysisTemplates per gate, Jobs"),
    ARGOCD("argocd", ".argocd.yaml", new ArgoCdExporter(), "Applications, sync-wave = plan wave"),
    HELMFILE("helmfile", ".helmfile.yaml", new HelmfileExporter(), "releases, needs = the plan's after"),
    SPINNAKER("spinnaker", ".spinnaker.json", new SpinnakerExporter(),
            "pipeline: deployManifest, manualJudgment"),
    ARGO_WORKFLOWS("argo-workflows", ".argo-workflow.yaml", new ArgoWorkflowsExporter(),
            "Workflow: promote Rollouts in DAG order"),
    GITHUB_ACTIONS("github-actions", ".github-workflow.yaml", new GithubActionsExporter(),
            "workflow: a job per step, needs, reviewers"),
    MARKDOWN("markdown", ".md", new MarkdownRunbook(), "runbook for people, with checklists");

    private final String id;
    private final String suffix;
    private final PlanExporter exporter;
    private final String summary;

    PlanExports(String id, String suffix, PlanExporter exporter, String summary) {
        this.id = id;
        this.suffix = suffix;
        this.exporter = exporter;
        this.summary = summary;
    }

    /** How a file name of this target ends, e.g. {@code .argo-rollouts.yaml}. */
    public String suffix() {
        return suffix;
    }

    /** What the target makes, at most 42 characters: one line of {@code export-plan --help} in 80 columns. */
    public String summary() {
        return summary;
    }

    /** The target a file name asks for by its ending ({@code shop.helmfile.yaml}), if any. */
    public static Optional<PlanExports> forFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> lower.endsWith(t.suffix)).findFirst();
    }

    public String id() {
        return id;
    }

    public PlanExporter exporter() {
        return exporter;
    }

    public static Optional<PlanExports> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.id.equals(name)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(PlanExports::id).collect(Collectors.joining(", "));
    }
}
