package dev.stagecraft.cli;

import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Position;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stagecraft convert IN OUT}: read any supported graph format, write another; the import report goes to
 * stderr. When the target carries positions (native, JSON, GraphML), every component without one gets the place
 * the editor draws it at ({@link DiagramPlacement}, boxes sized by {@link HeadlessTextMeasurer}), so the converted
 * file opens as the imported one looks; components with a position keep it, and the output is the same bytes for
 * the same input.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a graph between formats, chosen from the file names (YAML content decides between"
                + " native, compose, Backstage and Kubernetes manifests).",
                "Reads: native, compose, backstage, kubernetes, dot, graphml, json, csv. Writes: native, dot, graphml, json, csv.",
                "Writing native, JSON or GraphML, components without a position are placed as the editor places"
                + " them on import; positions already in the file are kept.",
                "What the reader inferred, guessed or skipped, and what the target format cannot carry, is printed"
                + " to standard error."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "Graph file to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Graph file to write (written atomically).")
    Path output;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format, overriding the file name.")
    String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Output format, overriding the file name.")
    String to;

    @Override
    public Integer call() throws IOException {
        GraphFormat fromFormat = format(from, "--from", false);
        GraphFormat toFormat = format(to, "--to", true);
        if (toFormat == null && GraphFormats.forOutput(output).isEmpty()) {
            throw new ParameterException(spec.commandLine(), output + ": no known graph format for this file name;"
                    + " name one with --to (" + GraphFormat.choices(true) + ")");
        }
        ImportResult result = GraphFormats.read(input, fromFormat);
        PrintWriter err = spec.commandLine().getErr();
        for (Finding f : result.report().entries()) {
            err.println(f.describe());
        }
        GraphFormat target = toFormat != null ? toFormat : GraphFormats.forOutput(output).orElseThrow();
        if (target.writesPositions()) {
            Map<String, Position> placed = DiagramPlacement.placeUnpositioned(result.graph(),
                    new HeadlessTextMeasurer(), Runnable::run);
            if (!placed.isEmpty()) {
                err.printf("placed %s without a position, as the editor draws %s%n",
                        Plural.of(placed.size(), "component"), placed.size() == 1 ? "it" : "them");
            }
        }
        for (String loss : GraphFormats.writer(target).losses(result.graph())) {
            err.println("note: " + loss);
        }
        GraphFormats.write(output, result.graph(), target);
        err.printf("wrote %s (%s): %s, %s, %s%n", output, target.id(),
                Plural.of(result.graph().componentCount(), "component"),
                Plural.of(result.graph().dependencyCount(), "dependency"),
                Plural.of(result.graph().groups().size(), "group"));
        err.flush();
        return ExitCodes.OK;
    }

    private GraphFormat format(String name, String option, boolean forWriting) {
        if (name == null) {
            return null;
        }
        GraphFormat f = GraphFormat.parse(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                option + " " + name + " is not a format; choose one of " + GraphFormat.choices(forWriting)));
        if (forWriting && !f.writable()) {
            throw new ParameterException(spec.commandLine(), option + " " + name + ": Stagecraft reads " + name
                    + " but does not write it; choose one of " + GraphFormat.choices(true));
        }
        return f;
    }
}
