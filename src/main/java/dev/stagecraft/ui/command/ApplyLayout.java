package dev.stagecraft.ui.command;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Moves components to the positions an automatic layout computed: one model batch, one undo step. */
public final class ApplyLayout implements EditCommand {
    private final ServiceGraph graph;
    private final String description;
    private final Map<String, Position> after;
    private final Map<String, Position> before = new HashMap<>();

    /** @param after centre of each laid-out component, by id (ids no longer in the graph are ignored) */
    public ApplyLayout(ServiceGraph graph, String description, Map<String, Position> after) {
        this.graph = graph;
        this.description = description;
        Map<String, Position> present = new HashMap<>();
        after.forEach((id, p) -> {
            if (graph.contains(id)) {
                present.put(id, p);
                before.put(id, graph.requireComponent(id).position());
            }
        });
        this.after = Map.copyOf(present);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean isExecutable() {
        return after.entrySet().stream().anyMatch(e -> !Objects.equals(before.get(e.getKey()), e.getValue()));
    }

    @Override
    public void apply() {
        setAll(after);
    }

    @Override
    public void revert() {
        setAll(before);
    }

    private void setAll(Map<String, Position> positions) {
        GraphBatch.run(graph, () -> positions.forEach((id, p) -> {
            Component c = graph.requireComponent(id);
            graph.replaceComponent(id, c.withPosition(p));
        }));
    }
}
