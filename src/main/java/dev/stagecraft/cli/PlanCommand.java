package dev.stagecraft.cli;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.Severity;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.UnschedulableException;
import dev.stagecraft.policy.PolicyEngine;
import dev.stagecraft.policy.PolicyFinding;
import java.io.PrintWriter;
import java.util.List;
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

/** {@code stagecraft plan FILE}: the sequenced rollout plan of DESIGN.md, as YAML or JSON. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Build the sequenced rollout plan (waves, steps, canary stages, gates, rollback) of the changing components.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN", description = "Write the plan here (default: standard output).")
    Path output;

    @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
    PlanFormat format;

    @Option(names = "--max-parallel", paramLabel = "N",
            description = "At most N steps at once; 0 = unlimited (default: unlimited). The plan's summary.maxParallel"
                    + " is this limit (left out when unlimited), summary.maxParallelism the most steps the schedule"
                    + " runs at once.")
    Integer maxParallel;

    enum PlanFormat { yaml, json }

    @Option(names = "--start", paramLabel = "DATE-TIME",
            description = "Schedule in calendar time from this date-time, e.g. 2026-12-07T09:00[Europe/Berlin]: every"
                    + " canary stage starts inside the graph's change windows and runs outside its freezes; steps"
                    + " carry start/end date-times and the waits they cost. Without it the plan is in relative minutes.")
    String start;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "Check the plan against this policy file's rules (see README, Policy as code): findings go to"
                    + " standard error; the plan is still written, and the exit code is 1 when a rule of severity"
                    + " error fails (for CI).")
    Path policy;

    /** A negative {@code --max-parallel} is bad usage, said before any file is read. */
    static void checkLimit(CommandSpec spec, Integer maxParallel) {
        if (maxParallel != null && maxParallel < 0) {
            throw new ParameterException(spec.commandLine(), "--max-parallel must be 0 (unlimited) or more, was "
                    + maxParallel);
        }
    }

    /**
     * The plan options of {@code --max-parallel N} (0 or none: unlimited; a negative N is bad usage) and
     * {@code --start DATE-TIME} (null: relative minutes; read in the governance's zone when it names none).
     */
    static PlanOptions options(CommandSpec spec, Integer maxParallel, String start, Governance governance) {
        checkLimit(spec, maxParallel);
        PlanOptions options = PlanOptions.defaults()
                .withMaxParallel(maxParallel == null || maxParallel == 0 ? PlanOptions.UNLIMITED : maxParallel);
        return start == null ? options : options.withStart(StartTime.parse(start, governance));
    }

    /** The plan; a calendar that never lets a step start is bad input (exit 2) naming the step and why. */
    static RolloutPlan build(GraphAnalysis analysis, PlanOptions options) {
        try {
            return new PlanBuilder(analysis, options).build();
        } catch (UnschedulableException e) {
            throw new InputException(e.getMessage());
        }
    }

    @Override
    public Integer call() throws IOException {
        checkLimit(spec, maxParallel);
        PolicyEngine rules = policy == null ? null : PolicyInput.load(policy);
        LoadResult loaded = GraphInput.load(file);
        if (loaded.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            spec.commandLine().getErr().printf("stagecraft: warning: %s has errors, planned as repaired;"
                    + " run 'stagecraft validate %s'%n", file, file);
        }
        PlanOptions options = options(spec, maxParallel, start, loaded.graph().metadata().governance());
        GraphAnalysis analysis = GraphAnalysis.of(loaded.graph());
        RolloutPlan plan = build(analysis, options);
        List<PolicyFinding> broken = rules == null ? List.of() : PolicyInput.check(rules, loaded, analysis, plan);
        String text = format == PlanFormat.json ? PlanWriter.toJson(plan) : PlanWriter.toYaml(plan);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write(output, text.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf("wrote %s: %s in %s, about %s%s%n", output,
                    Plural.of(plan.steps().size(), "step"), Plural.of(plan.summary().waves(), "wave"),
                    Plural.of(plan.summary().estimatedMinutes(), "minute"), plan.summary().clock() == null ? ""
                            : ", " + plan.summary().clock().start() + " to " + plan.summary().clock().end() + " ("
                            + Plural.of(plan.summary().clock().waitMinutes(), "minute") + " waiting for windows,"
                            + " freezes and sign-offs)");
        }
        if (rules != null) {
            PrintWriter err = spec.commandLine().getErr();
            broken.forEach(f -> err.println(f.describe()));
            long errors = broken.stream().filter(f -> f.finding().severity() == Severity.ERROR).count();
            err.printf("%s: %s, %s of %s%n", policy, Plural.of(errors, "error"),
                    Plural.of(broken.size() - errors, "other finding"), Plural.of(rules.policy().rules().size(), "rule"));
            err.flush();
            return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
        return ExitCodes.OK;
    }
}
