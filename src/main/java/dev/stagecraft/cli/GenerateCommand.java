package dev.stagecraft.cli;

import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stagecraft generate}: a realistic synthetic graph of any size, for trying the tool at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic service graph: layered tiers, heavy-tailed fan-in, a few cycles, mixed kinds.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--components", required = true, paramLabel = "N", description = "Number of components.")
    int components;

    @Option(names = "--dependencies", required = true, paramLabel = "M", description = "Number of dependencies.")
    int dependencies;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Graph file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ServiceGraph graph;
        try {
            graph = GraphGenerator.generate(components, dependencies, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String header = "# Synthetic graph: stagecraft generate --components " + components + " --dependencies "
                + dependencies + " --seed " + seed + "\n";
        NativeGraphWriter.save(output, graph, header);
        spec.commandLine().getErr().printf("wrote %s: %s, %s%n", output,
                Plural.of(graph.componentCount(), "component"), Plural.of(graph.dependencyCount(), "dependency"));
        return ExitCodes.OK;
    }
}
