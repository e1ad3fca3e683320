package dev.stagecraft.ui.command;

import dev.stagecraft.model.ServiceGraph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Marks (or unmarks) components as changing in this rollout. Declines when none would change. */
public final class SetChanging implements EditCommand {
    private final ServiceGraph graph;
    private final boolean value;
    private final Map<String, Boolean> before = new LinkedHashMap<>();

    public SetChanging(ServiceGraph graph, Collection<String> ids, boolean value) {
        this.graph = graph;
        this.value = value;
        for (String id : ids) {
            before.put(id, graph.requireComponent(id).changing());
        }
    }

    @Override
    public String description() {
        return (value ? "Mark " : "Unmark ") + (before.size() == 1 ? before.keySet().iterator().next()
                : before.size() + " components") + " as changing";
    }

    @Override
    public boolean isExecutable() {
        return before.values().stream().anyMatch(b -> b != value);
    }

    @Override
    public void apply() {
        GraphBatch.run(graph, () -> before.keySet().forEach(id -> set(id, value)));
    }

    @Override
    public void revert() {
        GraphBatch.run(graph, () -> before.forEach(this::set));
    }

    private void set(String id, boolean changing) {
        graph.replaceComponent(id, graph.requireComponent(id).withChanging(changing));
    }
}
