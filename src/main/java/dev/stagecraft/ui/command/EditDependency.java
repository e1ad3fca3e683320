package dev.stagecraft.ui.command;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;

/** Replaces a dependency's attributes (kind, strength); its ends stay. Declines no-ops. */
public final class EditDependency implements EditCommand {
    private final ServiceGraph graph;
    private final Dependency before;
    private final Dependency after;

    public EditDependency(ServiceGraph graph, Dependency after) {
        this.graph = graph;
        this.before = graph.dependency(after.from(), after.to())
                .orElseThrow(() -> new IllegalArgumentException("no dependency " + after.key()));
        this.after = after;
    }

    @Override
    public String description() {
        return "Edit dependency " + after.key();
    }

    @Override
    public boolean isExecutable() {
        return !before.equals(after);
    }

    @Override
    public void apply() {
        graph.replaceDependency(after);
    }

    @Override
    public void revert() {
        graph.replaceDependency(before);
    }
}
