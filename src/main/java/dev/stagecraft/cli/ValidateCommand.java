package dev.stagecraft.cli;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stagecraft validate FILE}: reading problems and validation rules, each with its place in the file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a graph file: format problems and validation rules. Exit 1 when any error or warning is found.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Graph file (stagecraft YAML).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        LoadResult loaded = GraphInput.load(file);
        List<Finding> findings = findings(loaded);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(Json.write(toJson(findings)));
        } else {
            findings.forEach(f -> out.println(f.describe()));
            long errors = count(findings, Severity.ERROR);
            long warnings = count(findings, Severity.WARNING);
            out.printf("%s: %s, %s, %s in %s, %s%n", file, Plural.of(errors, "error"),
                    Plural.of(warnings, "warning"), Plural.of(count(findings, Severity.INFO), "note"),
                    Plural.of(loaded.graph().componentCount(), "component"),
                    Plural.of(loaded.graph().dependencyCount(), "dependency"));
        }
        out.flush();
        boolean problems = findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
        return problems ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Reader findings plus rule findings, located in the file, most severe first then by place. */
    static List<Finding> findings(LoadResult loaded) {
        List<Finding> all = new ArrayList<>(loaded.findings());
        for (Finding f : GraphAnalysis.of(loaded.graph()).findings()) {
            all.add(loaded.sourceMap().locate(f));
        }
        all.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> f.location() == null ? Integer.MAX_VALUE : f.location().line())
                .thenComparingInt(f -> f.location() == null ? 0 : f.location().column()));
        return all;
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    private static List<Map<String, Object>> toJson(List<Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().id());
            m.put("code", f.code());
            m.put("message", f.message());
            m.put("subjects", f.subjects());
            if (f.location() != null) {
                m.put("file", f.location().file());
                m.put("line", f.location().line());
                m.put("column", f.location().column());
            }
            out.add(m);
        }
        return out;
    }
}
