package dev.stagecraft.model;

/**
 * A condition on a component written as an expression in the graph file (an approval rule's {@code when}). The
 * model keeps only its text and asks it; the expression language lives outside the model (CEL, in
 * {@code dev.stagecraft.expr}). Two conditions are equal when their texts are.
 */
public interface ComponentCondition {
    /** The expression as written. */
    String expression();

    boolean test(Component component);
}
