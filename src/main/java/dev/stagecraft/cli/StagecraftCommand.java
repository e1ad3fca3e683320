package dev.stagecraft.cli;

import dev.stagecraft.io.GraphFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stagecraft}: the root of the command line. */
@Command(name = "stagecraft", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan coordinated rollouts across many services: blast radius, waves, critical path, plans.",
        subcommands = {ValidateCommand.class, AnalyzeCommand.class, PlanCommand.class, ConvertCommand.class,
                ExportPlanCommand.class, DiffCommand.class, GenerateCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 ok, 1 the input has problems (validation findings), 2 bad usage or unreadable input."})
public final class StagecraftCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. 'stagecraft analyze shop.yaml'.");
    }

    /** The headless command line with error handling wired: input problems exit 2 with a one-line message. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StagecraftCommand());
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
