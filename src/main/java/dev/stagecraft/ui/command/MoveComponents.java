package dev.stagecraft.ui.command;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Moves components to new positions (the end of one drag), as one model batch and one undo step. */
public final class MoveComponents implements EditCommand {
    private final ServiceGraph graph;
    private final Map<String, Position> after;
    private final Map<String, Position> before = new LinkedHashMap<>();

    /** @param after new centre of each moved component, by id */
    public MoveComponents(ServiceGraph graph, Map<String, Position> after) {
        this.graph = graph;
        this.after = Map.copyOf(after);
        for (String id : after.keySet()) {
            before.put(id, graph.requireComponent(id).position());
        }
    }

    @Override
    public String description() {
        return after.size() == 1 ? "Move " + after.keySet().iterator().next() : "Move " + after.size() + " components";
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
        graph.beginUpdate();
        try {
            positions.forEach((id, p) -> {
                Component c = graph.requireComponent(id);
                graph.replaceComponent(id, c.withPosition(p));
            });
        } finally {
            graph.endUpdate();
        }
    }
}
