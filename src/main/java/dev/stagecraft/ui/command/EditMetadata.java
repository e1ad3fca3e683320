package dev.stagecraft.ui.command;

import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;

/**
 * Replaces the graph's metadata (name, description, the scenarios saved with it; extra keys ride along).
 * Declines no-ops.
 */
public final class EditMetadata implements EditCommand {
    private final ServiceGraph graph;
    private final GraphMetadata before;
    private final GraphMetadata after;
    private final String description;

    public EditMetadata(ServiceGraph graph, GraphMetadata after) {
        this(graph, after, "Edit graph name and description");
    }

    /** @param description the Edit menu's words ("Save scenario db-down with the graph") */
    public EditMetadata(ServiceGraph graph, GraphMetadata after, String description) {
        this.graph = graph;
        this.before = graph.metadata();
        this.after = after;
        this.description = description;
    }

    /** Replaces only the scenarios saved with the graph (the file's {@code scenarios:} section). */
    public static EditMetadata scenarios(ServiceGraph graph, List<SavedScenario> scenarios, String description) {
        return new EditMetadata(graph, graph.metadata().withScenarios(scenarios), description);
    }

    @Override
    public String description() {
        return description;
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
