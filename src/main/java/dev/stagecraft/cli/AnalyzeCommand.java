package dev.stagecraft.cli;

import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stagecraft analyze FILE}: blast radius, cycles, waves and the critical path. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Blast radius (outage and degraded), cycles, rollout waves and the critical path of a graph.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--component", paramLabel = "ID", description = "Report the blast radius of this component only.")
    String component;

    /** Where JSON bytes go: standard output, or a test's buffer. */
    OutputStream stdout = System.out;

    @Override
    public Integer call() throws IOException {
        LoadResult loaded = GraphInput.load(file);
        long errors = loaded.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0) {
            spec.commandLine().getErr().printf("stagecraft: warning: %s has %s, analysed as repaired;"
                    + " run 'stagecraft validate %s'%n", file, Plural.of(errors, "error"), file);
        }
        GraphAnalysis analysis = GraphAnalysis.of(loaded.graph());
        GraphSnapshot snapshot = analysis.snapshot();
        int only = -1;
        if (component != null) {
            only = snapshot.indexOf(component);
            if (only < 0) {
                throw new InputException(file + ": no component '" + component + "'");
            }
        }
        if (format == OutputFormat.json) {
            spec.commandLine().getOut().flush();
            // Bytes straight to standard output: the answer can be large and is written through one buffer.
            new AnalysisJsonWriter(analysis).write(stdout, only);
        } else {
            new AnalysisText(analysis).write(spec.commandLine().getOut(), only);
        }
        return ExitCodes.OK;
    }
}
