package dev.stagecraft.policy;

import dev.stagecraft.model.Finding;
import java.util.List;

/** A policy whose expressions do not compile: every problem, each at its line and column in the policy file. */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Finding> problems;

    public PolicyException(List<Finding> problems) {
        super(problems.isEmpty() ? "the policy does not compile" : problems.get(0).describe());
        this.problems = List.copyOf(problems);
    }

    public List<Finding> problems() {
        return problems;
    }
}
