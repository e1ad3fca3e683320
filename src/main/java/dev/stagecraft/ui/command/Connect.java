package dev.stagecraft.ui.command;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import java.util.Optional;

/**
 * Adds a new dependency {@code from → to} (sync, hard by default). Refuses self-loops, unknown ends and
 * duplicates; {@link #refusal()} says why in words for the status bar.
 */
public final class Connect implements EditCommand {
    private final ServiceGraph graph;
    private final Dependency dependency;
    private final String refusal;

    public Connect(ServiceGraph graph, String from, String to) {
        this(graph, Dependency.of(from, to));
    }

    public Connect(ServiceGraph graph, Dependency dependency) {
        this.graph = graph;
        this.dependency = dependency;
        this.refusal = refusalFor(graph, dependency.from(), dependency.to());
    }

    private static String refusalFor(ServiceGraph graph, String from, String to) {
        if (!graph.contains(from) || !graph.contains(to)) {
            return "Cannot connect: unknown component";
        }
        if (from.equals(to)) {
            return "Cannot connect " + from + " to itself";
        }
        if (graph.dependency(from, to).isPresent()) {
            return from + " already depends on " + to;
        }
        return null;
    }

    /** Why this connection is refused, empty when it can be made. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String description() {
        return "Connect " + dependency.from() + " \u2192 " + dependency.to();
    }

    @Override
    public boolean isExecutable() {
        return refusal == null;
    }

    @Override
    public void apply() {
        graph.addDependency(dependency);
    }

    @Override
    public void revert() {
        graph.removeDependency(dependency.from(), dependency.to());
    }
}
