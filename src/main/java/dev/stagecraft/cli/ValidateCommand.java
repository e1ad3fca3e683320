package dev.stagecraft.cli;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Severity;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.policy.PolicyEngine;
import dev.stagecraft.policy.PolicyFinding;
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

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "Also check the rules of this policy file (CEL expressions over components, dependencies,"
                    + " plan steps and the plan; see README, Policy as code). Each finding names the element's place"
                    + " and the rule's.")
    Path policy;

    @Option(names = "--max-parallel", paramLabel = "N",
            description = "With --policy: the plan the rules see has at most N steps at once (0 = unlimited, the"
                    + " default), as 'stagecraft plan' would build it.")
    Integer maxParallel;

    @Option(names = "--start", paramLabel = "DATE-TIME",
            description = "With --policy: the plan the rules see is scheduled in calendar time from this date-time"
                    + " (as 'stagecraft plan --start'), so rules can check steps against freezes and windows.")
    String start;

    @Override
    public Integer call() {
        PlanCommand.checkLimit(spec, maxParallel);
        PolicyEngine rules = policy == null ? null : PolicyInput.load(policy);
        LoadResult loaded = GraphInput.load(file);
        GraphAnalysis analysis = GraphAnalysis.of(loaded.graph());
        List<PolicyFinding> findings = new ArrayList<>();
        for (Finding f : findings(loaded, analysis)) {
            findings.add(new PolicyFinding(f, f.code(), null));
        }
        if (rules != null) {
            RolloutPlan plan = PlanCommand.build(analysis, PlanCommand.options(spec, maxParallel, start,
                    loaded.graph().metadata().governance()));
            findings.addAll(PolicyInput.check(rules, loaded, analysis, plan));
            findings.sort(Comparator.comparing(PolicyFinding::finding, BY_SEVERITY_AND_PLACE));
        }
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
        boolean problems = findings.stream().anyMatch(f -> f.finding().severity() != Severity.INFO);
        return problems ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Most severe first, then by place in the file (unplaced last). */
    private static final Comparator<Finding> BY_SEVERITY_AND_PLACE = Comparator.comparing(Finding::severity)
            .thenComparingInt((Finding f) -> f.location() == null ? Integer.MAX_VALUE : f.location().line())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().column());

    /** Reader findings plus rule findings, located in the file, most severe first then by place. */
    static List<Finding> findings(LoadResult loaded, GraphAnalysis analysis) {
        List<Finding> all = new ArrayList<>(loaded.findings());
        for (Finding f : analysis.findings()) {
            all.add(loaded.sourceMap().locate(f));
        }
        all.sort(BY_SEVERITY_AND_PLACE);
        return all;
    }

    private static long count(List<PolicyFinding> findings, Severity s) {
        return findings.stream().filter(f -> f.finding().severity() == s).count();
    }

    /** Each finding as an object; a policy rule's also with {@code rule}: its id, file, line and column. */
    static List<Map<String, Object>> toJson(List<PolicyFinding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PolicyFinding pf : findings) {
            Finding f = pf.finding();
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
            if (pf.ruleAt() != null) {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("id", pf.ruleId());
                rule.put("file", pf.ruleAt().file());
                rule.put("line", pf.ruleAt().line());
                rule.put("column", pf.ruleAt().column());
                m.put("rule", rule);
            }
            out.add(m);
        }
        return out;
    }
}
