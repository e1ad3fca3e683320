package dev.stagecraft.ui.command;

import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.ServiceGraph;

/** Replaces the graph's metadata (name, description; extra keys ride along). Declines no-ops. */
public final class EditMetadata implements EditCommand {
    private final ServiceGraph graph;
    private final GraphMetadata before;
    private final GraphMetadata after;

    public EditMetadata(ServiceGraph graph, GraphMetadata after) {
        this.graph = graph;
        this.before = graph.metadata();
        this.after = after;
    }

    @Override
    public String description() {
        return "Edit graph name and description";
    }

    @Override
    public boolean isExecutable() {
        return !before.equals(after);
    }

    @Override
    public void apply() {
        graph.setMetadata(after);
    }

    @Override
    public void revert() {
        graph.setMetadata(before);
    }
}
