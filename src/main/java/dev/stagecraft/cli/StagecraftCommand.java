package dev.stagecraft.cli;

import dev.stagecraft.io.GraphFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code stagecraft}: the root of the command line. */
@Command(name = "stagecraft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan coordinated rollouts across many services: blast radius, waves, critical path, plans.",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 ok, 1 the input has problems (validation findings), 2 bad usage or unreadable input."})
public final class StagecraftCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'stagecraft analyze shop.yaml'.");
    }

    /** The headless subcommands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("validate", ValidateCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("convert", ConvertCommand::new);
        m.put("export-plan", ExportPlanCommand::new);
        m.put("diff", DiffCommand::new);
        m.put("generate", GenerateCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** Names of the headless subcommands. */
    public static Set<String> subcommandNames() {
        return SUBCOMMANDS.keySet();
    }

    /** The headless command line with every subcommand and error handling wired: input problems exit 2 with a one-line message. */
    public static CommandLine commandLine() {
        return commandLine(name -> true);
    }

    /**
     * The command line with only the subcommands {@code wanted} accepts. Building a picocli model reads
     * each command's annotations by reflection, about 0.1 s for all of them at start-up, so a run that
     * names its subcommand builds that one alone (see {@code dev.stagecraft.Launcher}).
     */
    public static CommandLine commandLine(Predicate<String> wanted) {
        CommandLine cl = new CommandLine(new StagecraftCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (wanted.test(name)) {
                cl.addSubcommand(name, command.get());
            }
            if (wanted.test(name) && name.equals("export-plan")) {
                ExportPlanCommand.describeTargets(cl.getSubcommands().get(name));
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("stagecraft: " + describe(ex));
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    private static String describe(Exception ex) {
        if (ex instanceof GraphFormatException || ex instanceof InputException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            return u.getCause().getMessage();
        }
        if (ex instanceof IOException) {
            return ex.getMessage();
        }
        return ex.toString();
    }
}
