package dev.stagecraft.cli;

import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.PlanExports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stagecraft export-plan PLAN --to TARGET -o OUT}: a plan for the tools that run it, or a runbook for people. */
@Command(name = "export-plan", mixinStandardHelpOptions = true,
        description = {"Export a rollout plan (from 'stagecraft plan') for Argo Rollouts, Argo CD, Helmfile, Spinnaker,"
                + " or as a Markdown runbook with a checklist."})
final class ExportPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "Plan file (YAML or JSON, as written by 'stagecraft plan').")
    Path planFile;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "argo-rollouts, argocd, helmfile, spinnaker or markdown.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PlanExports target = PlanExports.parse(to).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--to " + to + " is not a target; choose one of " + PlanExports.choices()));
        RolloutPlan plan = PlanInput.read(planFile);
        String text = target.exporter().export(plan);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write(output, text.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf("wrote %s (%s): %s%n", output, target.id(),
                    Plural.of(plan.steps().size(), "step"));
        }
        return ExitCodes.OK;
    }
}
