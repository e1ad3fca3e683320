package dev.stagecraft.cli;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import dev.stagecraft.plan.GraphDigest;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.simulation.Fault;
import dev.stagecraft.simulation.Injection;
import dev.stagecraft.simulation.MonteCarlo;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.OnFailure;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationException;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import dev.stagecraft.simulation.report.SimulationReport;
import dev.stagecraft.simulation.report.SimulationReports;
import dev.stagecraft.simulation.report.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stagecraft simulate FILE}: the rollout simulation of DESIGN.md, one scenario or a Monte Carlo batch. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate the rollout plan: canary stages, gates, bad versions, faults, halts and rollbacks.",
                "Without --inject: a seeded Monte Carlo batch (each component bad with its failureProbability).",
                "With --inject: exactly that scenario, one run."})
final class SimulateCommand implements Callable<Integer> {
    private static final Pattern AT_STAGE = Pattern.compile("([^@]+)@(\\d+)");
    private static final Pattern AT_MINUTE = Pattern.compile("([^@]+)@(\\d+)m");
    private static final Pattern FAULT = Pattern.compile("([^@]+)@(\\d+)-(\\d+)m");
    private static final Pattern COMPARE = Pattern.compile("max-parallel=(\\d+(?:,\\d+)+)");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    @Option(names = "--plan", paramLabel = "PLAN", description = "Simulate this plan file as written (made from FILE by 'stagecraft plan').")
    Path planFile;

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo runs (default: 1000; 1 with --inject).")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--inject", paramLabel = "ID@K|ID@Mm", description = "A bad version of ID: at stage K of its step, or from minute M. Repeatable.")
    List<String> inject = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME", description = "Run the scenario FILE saves under NAME (its scenarios: section); --inject and --fault add to it, --on-failure and --detection-minutes replace its own.")
    String scenarioName;

    @Option(names = "--fault", paramLabel = "ID@A-Bm", description = "ID is down from minute A to B. Repeatable.")
    List<String> fault = new ArrayList<>();

    @Option(names = "--on-failure", paramLabel = "POLICY", defaultValue = "halt",
            description = "halt, rollback-dependents or rollback-all (default: ${DEFAULT-VALUE}).")
    String onFailure;

    @Option(names = "--max-parallel", paramLabel = "N", description = "At most N steps at once (default: the plan's; 0 = unlimited).")
    Integer maxParallel;

    @Option(names = "--start", paramLabel = "DATE-TIME",
            description = "Without --plan: plan in calendar time from this date-time (as 'stagecraft plan --start'), so"
                    + " stages wait for the graph's change windows and freezes and the durations include the waits."
                    + " A plan file made with --start is simulated in its calendar time.")
    String start;

    @Option(names = "--detection-minutes", paramLabel = "M", defaultValue = "5",
            description = "Minutes to notice a bad version that appears after its step completed (default: ${DEFAULT-VALUE}).")
    int detectionMinutes;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for the batch (default: the number of cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--compare", paramLabel = "max-parallel=A,B,...", description = "Run the same seeds with each max-parallel and compare.")
    String compare;

    @Option(names = "--compare-with", paramLabel = "OTHER", description = "Run the same seeds on another graph file and compare.")
    Path compareWith;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT", description = "Write a report: .md or .html for meeting notes, or .json / .txt.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Scenario given = scenario();
        SimulationReports reportFormat = output == null ? null : SimulationReports.forFile(output.getFileName().toString())
                .orElseThrow(() -> usage("-o " + output + ": write a report ending in " + SimulationReports.choices()));
        checkRuns(given, "--inject");
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (cores < 1) {
            throw usage("--threads must be at least 1, was " + cores);
        }
        if (compare != null && compareWith != null) {
            throw usage("use --compare or --compare-with, not both");
        }
        LoadResult loaded = load(file);
        ServiceGraph graph = loaded.graph();
        Scenario scenario = scenarioName == null ? given : withSaved(graph, given);
        checkRuns(scenario, "--scenario " + scenarioName);
        int batch = runs != null ? runs : scenario.drawsFailures() ? 1000 : 1;
        RolloutPlan plan = planFile != null ? readPlan(graph) : null;
        GraphAnalysis analysis = GraphAnalysis.of(graph); // one per graph: every variant's plan and simulation share it
        List<Variant> variants = new ArrayList<>();
        try {
            if (compare != null) {
                Matcher m = COMPARE.matcher(compare);
                if (!m.matches()) {
                    throw usage("--compare " + compare + ": write max-parallel=A,B,... (two or more limits, 0 = unlimited)");
                }
                for (String value : m.group(1).split(",")) {
                    int limit = limit(Integer.parseInt(value));
                    variants.add(simulate("max-parallel=" + value, analysis, plan, limit, scenario, batch, cores));
                }
            } else {
                variants.add(simulate(file.getFileName().toString(), analysis, plan, null, scenario, batch, cores));
                if (compareWith != null) {
                    GraphAnalysis other = GraphAnalysis.of(load(compareWith).graph());
                    variants.add(simulate(compareWith.getFileName().toString(), other, null, null, scenario, batch, cores));
                }
            }
        } catch (SimulationException e) {
            throw new InputException(e.getMessage());
        }
        SimulationReport report = new SimulationReport(graph.metadata().name(), scenario, variants);
        String text = (format == OutputFormat.json ? SimulationReports.JSON : SimulationReports.TEXT).render(report);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write(output, reportFormat.render(report).getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf("wrote %s: %s of %s%n", output,
                    Plural.of(report.main().batch().runs(), "run"), Plural.of(report.main().plan().stepCount(), "step"));
        }
        return ExitCodes.OK;
    }

    private Variant simulate(String name, GraphAnalysis analysis, RolloutPlan given, Integer limitOverride,
                             Scenario scenario, int batch, int cores) {
        int limit = limitOverride != null ? limitOverride
                : maxParallel != null ? limit(maxParallel)
                : given != null ? given.summary().maxParallel() : PlanOptions.UNLIMITED;
        PlanOptions options = PlanOptions.defaults().withMaxParallel(limit);
        if (start != null) {
            options = options.withStart(StartTime.parse(start, analysis.graph().metadata().governance()));
        }
        RolloutPlan plan = given != null ? given : PlanCommand.build(analysis, options);
        SimulationPlan compiled = new SimulationPlan(analysis, plan, limit);
        Simulator simulator = new Simulator(compiled, scenario);
        MonteCarloResult result = new MonteCarlo(simulator, batch, seed, cores).run(progress(batch), new AtomicBoolean());
        RunResult single = !scenario.drawsFailures() ? simulator.run() : batch == 1 ? simulator.run(seed, 0) : null;
        return new Variant(name, compiled, result, single);
    }

    /** Progress on standard error while a long batch runs, only when a person is watching a terminal. */
    private IntConsumer progress(int batch) {
        if (batch < 1000 || !stderrIsTerminal()) {
            return done -> { };
        }
        PrintWriter err = spec.commandLine().getErr();
        return done -> {
            err.printf("\r  %,d / %,d runs", done, batch);
            if (done == batch) {
                err.print("\r" + " ".repeat(40) + "\r");
            }
            err.flush();
        };
    }

    /** On Linux, whether file descriptor 2 is a terminal; elsewhere whether the JVM has a console at all. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    private Scenario scenario() {
        OnFailure policy = OnFailure.parse(onFailure).orElseThrow(() -> usage("--on-failure " + onFailure
                + " is not a policy; choose one of " + OnFailure.choices()));
        if (detectionMinutes < 0) {
            throw usage("--detection-minutes cannot be negative, was " + detectionMinutes);
        }
        List<Injection> injections = new ArrayList<>();
        for (String text : inject) {
            Matcher minute = AT_MINUTE.matcher(text);
            Matcher stage = AT_STAGE.matcher(text);
            if (minute.matches()) {
                injections.add(new Injection.AtMinute(minute.group(1), number(minute.group(2), "--inject " + text)));
            } else if (stage.matches()) {
                injections.add(new Injection.AtStage(stage.group(1), number(stage.group(2), "--inject " + text)));
            } else {
                throw usage("--inject " + text + ": write ID@K (stage K, from 1) or ID@Mm (from minute M)");
            }
        }
        List<Fault> faults = new ArrayList<>();
        for (String text : fault) {
            Matcher m = FAULT.matcher(text);
            if (!m.matches()) {
                throw usage("--fault " + text + ": write ID@A-Bm (down from minute A to minute B)");
            }
            int from = number(m.group(2), "--fault " + text);
            int to = number(m.group(3), "--fault " + text);
            if (to <= from) {
                throw usage("--fault " + text + ": the window must end after it starts");
            }
            faults.add(new Fault(m.group(1), from, to));
        }
        return new Scenario(injections, faults, policy, detectionMinutes);
    }

    private void checkRuns(Scenario scenario, String what) {
        if (!scenario.drawsFailures() && runs != null && runs != 1) {
            throw usage("--runs " + runs + " with " + what + ": an injected scenario is one deterministic run; drop --runs");
        }
        if (runs != null && runs < 1) {
            throw usage("--runs must be at least 1, was " + runs);
        }
    }

    /**
     * The scenario saved in the graph file under {@code --scenario NAME}, with the command line's {@code --inject}
     * and {@code --fault} added after its own, and its policy and detection minutes replaced by
     * {@code --on-failure} and {@code --detection-minutes} when they are given.
     */
    private Scenario withSaved(ServiceGraph graph, Scenario given) {
        SavedScenario saved = graph.metadata().scenario(scenarioName).orElseThrow(() -> usage("--scenario "
                + scenarioName + ": " + file + (graph.metadata().scenarios().isEmpty() ? " saves no scenario"
                : " saves no scenario of that name; it has " + String.join(", ",
                graph.metadata().scenarios().stream().map(SavedScenario::name).toList()))));
        Scenario s = Scenario.of(saved);
        List<Injection> injections = new ArrayList<>(s.injections());
        injections.addAll(given.injections());
        List<Fault> faults = new ArrayList<>(s.faults());
        faults.addAll(given.faults());
        s = s.withInjections(injections).withFaults(faults);
        var parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption("--on-failure")) {
            s = s.withOnFailure(given.onFailure());
        }
        if (parsed.hasMatchedOption("--detection-minutes")) {
            s = s.withDetectionMinutes(given.detectionMinutes());
        }
        return s;
    }

    private RolloutPlan readPlan(ServiceGraph graph) {
        String name = planFile.toString();
        RolloutPlan plan = PlanInput.read(planFile);
        String digest = GraphDigest.of(graph);
        if (!digest.equals(plan.metadata().digest())) {
            throw new InputException(name + ": this plan was made from another version of " + file + " (its digest is "
                    + plan.metadata().digest() + ", the graph's " + digest + "); run 'stagecraft plan " + file + " -o "
                    + name + "' again");
        }
        for (var step : plan.steps()) {
            for (String id : step.components()) {
                if (!graph.contains(id)) {
                    throw new InputException(name + ": step '" + step.id() + "' advances '" + id + "', which " + file
                            + " does not have");
                }
            }
        }
        return plan;
    }

    private LoadResult load(Path path) {
        LoadResult loaded = GraphInput.load(path);
        if (loaded.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            spec.commandLine().getErr().printf("stagecraft: warning: %s has errors, simulated as repaired;"
                    + " run 'stagecraft validate %s'%n", path, path);
        }
        return loaded;
    }

    private static int limit(int value) {
        return value == 0 ? PlanOptions.UNLIMITED : value;
    }

    private int number(String digits, String argument) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw usage(argument + ": " + digits + " is too large a number");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
