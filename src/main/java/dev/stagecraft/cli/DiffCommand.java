package dev.stagecraft.cli;

import dev.stagecraft.diff.GraphChanges;
import dev.stagecraft.diff.GraphChangesJson;
import dev.stagecraft.diff.GraphChangesText;
import dev.stagecraft.diff.GraphDiff;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stagecraft diff OLD NEW}: what changed in rollout terms; exit 1 when something did, like diff(1). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a graph in rollout terms: components and dependencies added, removed"
                + " or changed, waves that moved, blast radius and critical path that grew or shrank.",
                "Exit code 0 when nothing changed, 1 when something did (like diff), 2 when a file cannot be read."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The graph before (any format 'convert' reads).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The graph after.")
    Path after;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        ServiceGraph a = GraphFormats.read(before, null).graph();
        ServiceGraph b = GraphFormats.read(after, null).graph();
        GraphChanges changes = new GraphDiff(a, b).changes();
        spec.commandLine().getOut().print(format == OutputFormat.json ? GraphChangesJson.render(changes)
                : GraphChangesText.render(changes));
        spec.commandLine().getOut().flush();
        return changes.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
