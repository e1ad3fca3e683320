package dev.stagecraft.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The graph's name and description ({@code null} when absent), unknown metadata keys, and the simulation
 * scenarios saved with the graph (the file's top-level {@code scenarios:} section, in file order, names unique).
 * Scenarios ride here because, like the name, they belong to the whole graph and are edited as one value; so do the
 * {@link Governance} (change windows and freezes, the top-level {@code governance:} section).
 */
public record GraphMetadata(String name, String description, Map<String, Object> extras,
                            List<SavedScenario> scenarios, Governance governance) implements GraphElement {
    public static final GraphMetadata EMPTY = new GraphMetadata(null, null, Map.of());

    public GraphMetadata {
        extras = Extras.copy(extras);
        scenarios = List.copyOf(scenarios);
        governance = governance == null ? Governance.NONE : governance;
        Set<String> names = new HashSet<>();
        for (SavedScenario s : scenarios) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two scenarios are named '" + s.name() + "'");
            }
        }
    }

    /** Without saved scenarios. */
    public GraphMetadata(String name, String description, Map<String, Object> extras) {
        this(name, description, extras, List.of());
    }

    /** Without governance. */
    public GraphMetadata(String name, String description, Map<String, Object> extras, List<SavedScenario> scenarios) {
        this(name, description, extras, scenarios, Governance.NONE);
    }

    public GraphMetadata withName(String value) {
        return new GraphMetadata(value, description, extras, scenarios, governance);
    }

    public GraphMetadata withDescription(String value) {
        return new GraphMetadata(name, value, extras, scenarios, governance);
    }

    public GraphMetadata withScenarios(List<SavedScenario> value) {
        return new GraphMetadata(name, description, extras, value, governance);
    }

    public GraphMetadata withGovernance(Governance value) {
        return new GraphMetadata(name, description, extras, scenarios, value);
    }

    public Optional<SavedScenario> scenario(String scenarioName) {
        return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst();
    }
}
