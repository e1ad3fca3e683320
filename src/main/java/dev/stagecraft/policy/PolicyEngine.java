package dev.stagecraft.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;
import dev.stagecraft.io.SourceMap;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy compiled once: each rule's expression (which must be a bool) and message expression (a string) checked
 * against the variables of its scope ({@link PolicyFacts}); then {@link #evaluate} runs every rule over every
 * element of its scope. Besides CEL's standard functions and macros (all, exists, exists_one, filter, map, has,
 * size, in, matches, timestamps), the strings, sets, math and bindings extensions (join, split, lowerAscii,
 * sets.contains, math.greatest, cel.bind: as Kubernetes offers them) there is {@code peakConcurrent(steps)}: the most steps of the list running at one minute (each from
 * its startMinute to its endMinute). Thread-safe after construction.
 */
public final class PolicyEngine {
    private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    private static final CelType FACTS = MapType.create(SimpleType.STRING, SimpleType.DYN);
    private static final String PEAK = "peakConcurrent";
    private static final String PEAK_OVERLOAD = "peakConcurrent_list";
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(OPTIONS)
            .addLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.math(OPTIONS))
            .addFunctionBindings(CelFunctionBinding.from(PEAK_OVERLOAD, List.class, PolicyEngine::peakConcurrent))
            .build();

    private final Policy policy;
    private final List<Compiled> rules;

    private record Compiled(PolicyRule rule, CelRuntime.Program condition, CelRuntime.Program message) {
    }

    private PolicyEngine(Policy policy, List<Compiled> rules) {
        this.policy = policy;
        this.rules = rules;
    }

    /** Compiles every rule; a {@link PolicyException} lists every expression that does not, at its place. */
    public static PolicyEngine compile(Policy policy) {
        Map<PolicyScope, CelCompiler> bool = new EnumMap<>(PolicyScope.class);
        Map<PolicyScope, CelCompiler> text = new EnumMap<>(PolicyScope.class);
        List<Finding> problems = new ArrayList<>();
        List<Compiled> compiled = new ArrayList<>();
        for (PolicyRule rule : policy.rules()) {
            CelCompiler condition = bool.computeIfAbsent(rule.scope(), s -> compiler(s, SimpleType.BOOL));
            CelRuntime.Program check = program(condition, rule, rule.expression(), rule.expressionAt(), problems,
                    "a true or false (bool)");
            CelRuntime.Program message = null;
            if (rule.messageExpression() != null) {
                CelCompiler words = text.computeIfAbsent(rule.scope(), s -> compiler(s, SimpleType.STRING));
                message = program(words, rule, rule.messageExpression(), rule.messageExpressionAt(), problems,
                        "a string");
            }
            compiled.add(new Compiled(rule, check, message));
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new PolicyEngine(policy, List.copyOf(compiled));
    }

    private static CelCompiler compiler(PolicyScope scope, CelType result) {
        CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.math(OPTIONS),
                        CelExtensions.bindings())
                .setResultType(result)
                .addVar("graph", FACTS)
                .addVar("components", MapType.create(SimpleType.STRING, FACTS))
                .addVar("steps", MapType.create(SimpleType.STRING, FACTS))
                .addVar("plan", FACTS)
                .addVar("freezes", ListType.create(FACTS))
                .addVar("windows", ListType.create(FACTS))
                .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration(PEAK,
                        CelOverloadDecl.newGlobalOverload(PEAK_OVERLOAD, SimpleType.INT, ListType.create(SimpleType.DYN))));
        if (scope != PolicyScope.PLAN) {
            b.addVar(scope.id(), FACTS);
        }
        return b.build();
    }

    private static CelRuntime.Program program(CelCompiler compiler, PolicyRule rule, String expression,
                                              SourceLocation at, List<Finding> problems, String wanted) {
        CelValidationResult result = compiler.compile(expression);
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            return RUNTIME.createProgram(ast);
        } catch (CelValidationException e) {
            for (CelIssue issue : e.getErrors()) {
                problems.add(new Finding(Severity.ERROR, "policy-expression", "rule '" + rule.id() + "': "
                        + explain(issue.getMessage(), wanted), List.of(), place(at, expression, issue)));
            }
            return null;
        } catch (CelEvaluationException e) {
            problems.add(new Finding(Severity.ERROR, "policy-expression", "rule '" + rule.id() + "': "
                    + e.getMessage(), List.of(), at));
            return null;
        }
    }

    /** CEL's message, with the result type said in the policy's words. */
    private static String explain(String message, String wanted) {
        if (message.contains("expected type") || message.contains("but got")) {
            return message + " (the expression must give " + wanted + ")";
        }
        return message;
    }

    /** Where a CEL issue is in the policy file: CEL's line (from 1) and column (from 0) from the text's start. */
    static SourceLocation place(SourceLocation start, String expression, CelIssue issue) {
        if (start == null) {
            return null;
        }
        int line = issue.getSourceLocation().getLine();
        int column = issue.getSourceLocation().getColumn();
        if (line <= 0) {
            return start;
        }
        if (line == 1) {
            return new SourceLocation(start.file(), start.line(), start.column() + Math.max(0, column));
        }
        // a block scalar: the expression's later lines are the file's next lines, at the block's indentation
        return new SourceLocation(start.file(), start.line() + line - 1, start.column() + Math.max(0, column));
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Every rule over every element of its scope, in rule order then element order (components and dependencies
     * as the graph lists them, steps as the plan does); {@code places} puts each finding at its element in the
     * graph file. A rule that cannot be evaluated for an element (a missing key, a type mismatch) gives one
     * error finding naming the first such element and how many more there were.
     */
    public List<PolicyFinding> evaluate(PolicyFacts facts, SourceMap places) {
        List<PolicyFinding> out = new ArrayList<>();
        Map<String, Object> shared = new HashMap<>();
        shared.put("graph", facts.graph());
        shared.put("components", facts.components());
        shared.put("steps", facts.steps());
        shared.put("plan", facts.plan());
        shared.put("freezes", facts.freezes());
        shared.put("windows", facts.windows());
        List<Map<String, Object>> components = new ArrayList<>(facts.components().values());
        List<Map<String, Object>> steps = new ArrayList<>(facts.steps().values());
        for (Compiled c : rules) {
            PolicyRule rule = c.rule();
            List<Map<String, Object>> elements = switch (rule.scope()) {
                case COMPONENT -> components;
                case DEPENDENCY -> facts.dependencies();
                case STEP -> steps;
                case PLAN -> java.util.Collections.singletonList(null);
            };
            // the conditions on every element, on all cores (programs are immutable); the findings in element order
            String[] errors = new String[elements.size()];
            boolean[] failed = new boolean[elements.size()];
            java.util.stream.IntStream.range(0, elements.size()).parallel().forEach(i -> {
                try {
                    failed[i] = !Boolean.TRUE.equals(c.condition().eval(resolver(rule, shared, elements.get(i))));
                } catch (CelEvaluationException | RuntimeException e) {
                    errors[i] = firstLine(e.getMessage());
                }
            });
            int errorCount = 0;
            int firstError = -1;
            for (int i = 0; i < elements.size(); i++) {
                if (errors[i] != null) {
                    errorCount++;
                    firstError = firstError < 0 ? i : firstError;
                } else if (failed[i]) {
                    Element e = element(rule.scope(), elements.get(i), i, facts, places);
                    out.add(finding(c, shared, elements.get(i), e));
                }
            }
            if (firstError >= 0) {
                Element e = element(rule.scope(), elements.get(firstError), firstError, facts, places);
                String more = errorCount > 1 ? " (and " + (errorCount - 1) + " more)" : "";
                out.add(new PolicyFinding(new Finding(Severity.ERROR, "policy-evaluation", "rule '" + rule.id()
                        + "' could not be evaluated for " + e.what() + more + ": " + errors[firstError],
                        e.subjects(), e.at()), rule.id(), rule.expressionAt()));
            }
        }
        return out;
    }

    /** What a finding about an element says of it: its words, its subjects and its place in the graph file. */
    private record Element(String what, List<String> subjects, SourceLocation at) {
    }

    private static Element element(PolicyScope scope, Map<String, Object> element, int index, PolicyFacts facts,
                                   SourceMap places) {
        return switch (scope) {
            case COMPONENT -> {
                String id = (String) element.get("id");
                yield new Element("component " + id, List.of(id), places.component(id).orElse(null));
            }
            case DEPENDENCY -> {
                Dependency.Key key = facts.dependencyKeys().get(index);
                yield new Element("dependency " + key.from() + " \u2192 " + key.to(), List.of(key.from(), key.to()),
                        places.dependency(key).orElse(null));
            }
            case STEP -> {
                @SuppressWarnings("unchecked")
                List<String> members = (List<String>) element.get("components");
                String id = (String) element.get("id");
                SourceLocation at = places.group(id)
                        .or(() -> members.isEmpty() ? java.util.Optional.empty() : places.component(members.get(0)))
                        .orElse(null);
                yield new Element("step " + id, members, at);
            }
            case PLAN -> new Element("the plan", List.of(), null);
        };
    }

    /** No map per element: the element's variable, else the shared ones. */
    private static CelVariableResolver resolver(PolicyRule rule, Map<String, Object> shared, Map<String, Object> element) {
        String name = rule.scope().id();
        return element == null ? key -> Optional.ofNullable(shared.get(key))
                : key -> Optional.ofNullable(key.equals(name) ? element : shared.get(key));
    }

    private static PolicyFinding finding(Compiled c, Map<String, Object> shared, Map<String, Object> element, Element e) {
        String message = c.rule().message();
        if (c.message() != null) {
            try {
                message = String.valueOf(c.message().eval(resolver(c.rule(), shared, element)));
            } catch (CelEvaluationException | RuntimeException ex) {
                message = c.rule().message() + " (messageExpression failed: " + firstLine(ex.getMessage()) + ")";
            }
        }
        String about = element == null ? "" : e.what() + ": ";
        return new PolicyFinding(new Finding(c.rule().severity(), c.rule().id(), about + message, e.subjects(), e.at()),
                c.rule().id(), c.rule().location());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The most of the steps running at one minute: a sweep over their [startMinute, endMinute) intervals. */
    static long peakConcurrent(List<?> steps) {
        long[] starts = new long[steps.size()];
        long[] ends = new long[steps.size()];
        int n = 0;
        for (Object o : steps) {
            if (o instanceof Map<?, ?> m && m.get("startMinute") instanceof Number s && m.get("endMinute") instanceof Number e) {
                if (e.longValue() > s.longValue()) {
                    starts[n] = s.longValue();
                    ends[n] = e.longValue();
                    n++;
                }
            }
        }
        java.util.Arrays.sort(starts, 0, n);
        java.util.Arrays.sort(ends, 0, n);
        long peak = 0;
        long running = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            while (j < n && ends[j] <= starts[i]) {
                running--;
                j++;
            }
            running++;
            peak = Math.max(peak, running);
        }
        return peak;
    }
}
