package dev.stagecraft.ui.command;

import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;

/**
 * Replaces the scenarios saved with the graph (the file's {@code scenarios:} section); the rest of the metadata
 * stays. Declines no-ops.
 */
public final class EditScenarios implements EditCommand {
    private final ServiceGraph graph;
    private final GraphMetadata before;
    private final GraphMetadata after;
    private final String description;

    /** @param description the Edit menu's words ("Save scenario db-down with the graph") */
    public EditScenarios(ServiceGraph graph, List<SavedScenario> after, String description) {
        this.graph = graph;
        this.before = graph.metadata();
        this.after = before.withScenarios(after);
        this.description = description;
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
