package dev.stagecraft.cli;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.model.Finding;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.policy.PolicyEngine;
import dev.stagecraft.policy.PolicyException;
import dev.stagecraft.policy.PolicyFacts;
import dev.stagecraft.policy.PolicyFinding;
import dev.stagecraft.policy.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** {@code --policy FILE} of {@code validate} and {@code plan}: the policy read and compiled, then evaluated. */
final class PolicyInput {
    private PolicyInput() {
    }

    /** The compiled policy; a missing file, a bad file or an expression that does not compile is exit 2. */
    static PolicyEngine load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputException(file + (Files.exists(file) ? ": not a readable file" : ": no such file"));
        }
        try {
            return PolicyEngine.compile(PolicyReader.read(file));
        } catch (PolicyException e) {
            throw new InputException(e.problems().stream().map(Finding::describe).collect(Collectors.joining(
                    System.lineSeparator())) + System.lineSeparator() + file + ": the policy does not compile ("
                    + Plural.of(e.problems().size(), "problem") + ")");
        }
    }

    /** The policy's findings for a loaded graph and its plan, each at its element in the graph file. */
    static List<PolicyFinding> check(PolicyEngine policy, LoadResult loaded, GraphAnalysis analysis, RolloutPlan plan) {
        return policy.evaluate(new PolicyFacts(analysis, plan), loaded.sourceMap());
    }
}
