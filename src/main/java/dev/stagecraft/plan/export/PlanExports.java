package dev.stagecraft.plan.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The plan export targets, by the name the CLI takes ({@code --to argo-rollouts}). */
public enum PlanExports {
    ARGO_ROLLOUTS("argo-rollouts", new ArgoRolloutsExporter()),
    ARGOCD("argocd", new ArgoCdExporter()),
    HELMFILE("helmfile", new HelmfileExporter()),
    SPINNAKER("spinnaker", new SpinnakerExporter()),
    MARKDOWN("markdown", new MarkdownRunbook());

    private final String id;
    private final PlanExporter exporter;

    PlanExports(String id, PlanExporter exporter) {
        this.id = id;
        this.exporter = exporter;
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
