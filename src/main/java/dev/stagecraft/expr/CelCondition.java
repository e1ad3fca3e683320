package dev.stagecraft.expr;

import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentCondition;
import java.util.Map;
import java.util.Objects;

/**
 * A condition on one component in CEL (the language of Kubernetes ValidatingAdmissionPolicy and of the policy
 * files), over the variable {@code component} ({@link ComponentFacts}): {@code component.tier == 0 &&
 * "payments" in component.team}. It must give a bool. Compiled once; thread-safe; a component it cannot be
 * evaluated for (a key it does not have) does not match.
 */
public final class CelCondition implements ComponentCondition {
    private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.math(OPTIONS))
            .setResultType(SimpleType.BOOL)
            .addVar("component", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(OPTIONS)
            .addLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS), CelExtensions.math(OPTIONS))
            .build();

    /** Why an expression does not compile, and where in it (line from 1, column from 0 of the expression). */
    public static final class InvalidExpression extends Exception {
        private final int line;
        private final int column;

        InvalidExpression(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private final String expression;
    private final CelRuntime.Program program;

    private CelCondition(String expression, CelRuntime.Program program) {
        this.expression = expression;
        this.program = program;
    }

    /** @throws InvalidExpression when the text is not CEL, names what {@code component} lacks in type, or is no bool */
    public static CelCondition compile(String expression) throws InvalidExpression {
        Objects.requireNonNull(expression, "expression");
        try {
            return new CelCondition(expression, RUNTIME.createProgram(COMPILER.compile(expression).getAst()));
        } catch (CelValidationException e) {
            CelIssue first = e.getErrors().get(0);
            String message = first.getMessage();
            if (message.contains("expected type") || message.contains("but got")) {
                message += " (the expression must give true or false)";
            }
            throw new InvalidExpression(message, first.getSourceLocation().getLine(),
                    first.getSourceLocation().getColumn());
        } catch (CelEvaluationException e) {
            throw new InvalidExpression(e.getMessage(), 0, 0);
        }
    }

    @Override
    public String expression() {
        return expression;
    }

    @Override
    public boolean test(Component component) {
        try {
            return Boolean.TRUE.equals(program.eval(Map.of("component", ComponentFacts.of(component))));
        } catch (CelEvaluationException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComponentCondition c && c.expression().equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
