package dev.stagecraft.cli;

import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.io.FileText;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.ArgoCdSettings;
import dev.stagecraft.plan.export.ExportSettings;
import dev.stagecraft.plan.export.MetricsMap;
import dev.stagecraft.plan.export.PlanExport;
import dev.stagecraft.plan.export.PlanExports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stagecraft export-plan PLAN --to TARGET -o OUT}: a plan for the tools that run it, or a runbook for people.
 * Warnings (renamed objects, components not exported, options to set) go to standard error and into the file's
 * header comment.
 */
@Command(name = "export-plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a rollout plan (from 'stagecraft plan') for the tools that run it, or as a Markdown runbook."},
        footerHeading = "%nTargets (--to, or the ending of -o's file name):%n")
final class ExportPlanCommand implements Callable<Integer> {
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "Plan file (YAML or JSON, as written by 'stagecraft plan').")
    Path planFile;

    @Option(names = "--to", paramLabel = "TARGET", description = "One of the targets below; default: from OUT's name.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (default: standard output).")
    Path output;

    @Option(names = "--graph", paramLabel = "GRAPH",
            description = "The planned graph: component kinds (services and gateways roll out, databases run a Job"
                    + " with extras migration-image, the rest is listed as not exported) and extras (k8s-name,"
                    + " k8s-selector, namespace, replicas, helm-chart, helm-chart-version, migration-command).")
    Path graphFile;

    @Option(names = "--namespace", paramLabel = "NS", description = "Namespace of the workloads (default: extras namespace, else default).")
    String namespace;

    @Option(names = "--metrics-map", paramLabel = "FILE",
            description = "Gate metric -> PromQL query template ({{args.service}}), Prometheus address, interval,"
                    + " failureLimit (YAML; see README). Default: error_rate and pNN_latency[_ms] queries.")
    Path metricsMap;

    @Option(names = "--repo-url", paramLabel = "URL", description = "Argo CD: Git repository of the manifests.")
    String repoUrl;

    @Option(names = "--repo-path", paramLabel = "TEMPLATE",
            description = "Argo CD: path per component, {name} {id} {namespace} filled in (default: {name}).")
    String repoPath;

    @Option(names = "--revision", paramLabel = "REV", description = "Argo CD: target revision (default: HEAD).")
    String revision;

    @Option(names = "--sync-policy", paramLabel = "POLICY", description = "Argo CD: automated or manual (default).")
    String syncPolicy;

    @Option(names = "--argocd-config", paramLabel = "FILE",
            description = "Argo CD: YAML with repoURL, path, targetRevision, project, namespace, server, syncPolicy;"
                    + " the options above win.")
    Path argoCdConfig;

    @Option(names = "--chart", paramLabel = "TEMPLATE",
            description = "Helmfile: chart per component, {name} {id} filled in (default: extras helm-chart, else ./charts/{name}).")
    String chart;

    @Option(names = "--application", paramLabel = "APP", description = "Spinnaker: application (default: the graph's name).")
    String application;

    @Option(names = "--account", paramLabel = "ACCOUNT", description = "Spinnaker: Kubernetes account of deployManifest.")
    String account;

    @Option(names = "--rollouts-image", paramLabel = "IMAGE",
            description = "Argo Workflows: image whose entry point is kubectl-argo-rollouts (default: "
                    + ExportSettings.DEFAULT_ROLLOUTS_IMAGE + ").")
    String rolloutsImage;

    /** The footer of {@code --help}: every target, one line each. */
    static void describeTargets(CommandLine export) {
        List<String> lines = new ArrayList<>();
        for (PlanExports t : PlanExports.values()) {
            lines.add(String.format("  %-14s %-20s %s", t.id(), t.suffix(), t.summary()));
        }
        export.getCommandSpec().usageMessage().footer(lines.toArray(String[]::new));
    }

    @Override
    public Integer call() throws IOException {
        PlanExports target = target();
        ExportSettings settings = settings();
        RolloutPlan plan = PlanInput.read(planFile);
        PlanExport export = target.exporter().export(plan, settings);
        export.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (output == null) {
            spec.commandLine().getOut().print(export.text());
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write(output, export.text().getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf("wrote %s (%s): %s%n", output, target.id(),
                    Plural.of(plan.steps().size(), "step"));
        }
        return ExitCodes.OK;
    }

    private PlanExports target() {
        if (to != null) {
            return PlanExports.parse(to).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--to " + to + " is not a target; choose one of " + PlanExports.choices()));
        }
        if (output != null) {
            return PlanExports.forFileName(output.getFileName().toString()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "say --to TARGET: " + output.getFileName() + " does not end like a target's file ("
                    + String.join(", ", java.util.Arrays.stream(PlanExports.values()).map(PlanExports::suffix).toList()) + ")"));
        }
        throw new ParameterException(spec.commandLine(), "Missing --to TARGET; choose one of " + PlanExports.choices());
    }

    private ExportSettings settings() {
        if (syncPolicy != null && !syncPolicy.equals("automated") && !syncPolicy.equals("manual")) {
            throw new ParameterException(spec.commandLine(), "--sync-policy " + syncPolicy + ": say automated or manual");
        }
        ExportSettings s = ExportSettings.DEFAULTS.withNamespace(namespace).withChart(chart).withApplication(application)
                .withAccount(account);
        if (rolloutsImage != null) {
            s = s.withRolloutsImage(rolloutsImage);
        }
        if (graphFile != null) {
            s = s.withComponents(GraphInput.load(graphFile).graph().components());
        }
        if (metricsMap != null) {
            s = s.withMetrics(config(metricsMap, "metrics map", MetricsMap::parse));
        }
        ArgoCdSettings cd = argoCdConfig == null ? ArgoCdSettings.DEFAULTS : config(argoCdConfig, "Argo CD config", ArgoCdSettings::parse);
        return s.withArgoCd(cd.with(repoUrl, repoPath, revision, namespace, syncPolicy));
    }

    private static <T> T config(Path file, String what, Function<String, T> parse) {
        String text = FileText.read(file, MAX_CONFIG_BYTES, what);
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": not a " + what + ": " + e.getMessage());
        }
    }
}
