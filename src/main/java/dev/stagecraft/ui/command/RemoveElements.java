package dev.stagecraft.ui.command;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes components (with every dependency touching them and their group memberships), dependencies
 * and groups, as one step. Undo puts every element back at its former place in the order.
 */
public final class RemoveElements implements EditCommand {
    private record Placed<T>(int index, T value) {
    }

    private final ServiceGraph graph;
    private final List<Placed<Component>> components = new ArrayList<>();
    private final List<Placed<Dependency>> dependencies = new ArrayList<>();
    private final List<Placed<ChangeGroup>> groups = new ArrayList<>();
    private final Set<String> removedGroups = new LinkedHashSet<>();

    public RemoveElements(ServiceGraph graph, Collection<String> componentIds,
                          Collection<Dependency.Key> dependencyKeys, Collection<String> groupIds) {
        this.graph = graph;
        Set<String> ids = new LinkedHashSet<>();
        for (String id : componentIds) {
            if (graph.contains(id)) {
                ids.add(id);
            }
        }
        Map<Dependency.Key, Dependency> deps = new LinkedHashMap<>();
        for (Dependency.Key k : dependencyKeys) {
            graph.dependency(k.from(), k.to()).ifPresent(d -> deps.put(k, d));
        }
        for (String id : ids) {
            // through the adjacency: O(degree) per component, not a walk of every dependency
            graph.dependenciesOf(id).forEach(d -> deps.put(d.key(), d));
            graph.dependentsOf(id).forEach(d -> deps.put(d.key(), d));
        }
        for (ChangeGroup g : graph.groups()) {
            boolean touched = g.members().stream().anyMatch(ids::contains);
            boolean named = groupIds.contains(g.id());
            if (named || touched) {
                groups.add(new Placed<>(graph.indexOfGroup(g.id()), g));
            }
            if (named || ids.containsAll(g.members())) {
                removedGroups.add(g.id());
            }
        }
        List<String> idList = List.copyOf(ids);
        int[] componentPlaces = graph.indexesOfComponents(idList);
        for (int k = 0; k < idList.size(); k++) {
            components.add(new Placed<>(componentPlaces[k], graph.requireComponent(idList.get(k))));
        }
        List<Dependency> depList = List.copyOf(deps.values());
        int[] dependencyPlaces = graph.indexesOfDependencies(depList.stream().map(Dependency::key).toList());
        for (int k = 0; k < depList.size(); k++) {
            dependencies.add(new Placed<>(dependencyPlaces[k], depList.get(k)));
        }
        components.sort(Comparator.comparingInt(Placed::index));
        dependencies.sort(Comparator.comparingInt(Placed::index));
        groups.sort(Comparator.comparingInt(Placed::index));
    }

    @Override
    public String description() {
        int n = components.size();
        if (n == 1 && dependencies.isEmpty() && groups.isEmpty()) {
            return "Delete " + components.get(0).value().id();
        }
        return n > 0 ? "Delete " + n + " components" : "Delete " + (dependencies.size() + removedGroups.size()) + " elements";
    }

    @Override
    public boolean isExecutable() {
        return !components.isEmpty() || !dependencies.isEmpty() || !removedGroups.isEmpty();
    }

    @Override
    public void apply() {
        GraphBatch.run(graph, () -> {
            removedGroups.forEach(graph::removeGroup);
            dependencies.forEach(p -> graph.removeDependency(p.value().from(), p.value().to()));
            components.forEach(p -> graph.removeComponent(p.value().id()));
        });
    }

    @Override
    public void revert() {
        GraphBatch.run(graph, () -> {
            components.forEach(p -> graph.addComponent(p.value(), p.index()));
            dependencies.forEach(p -> graph.addDependency(p.value(), p.index()));
            for (Placed<ChangeGroup> p : groups) {
                if (graph.group(p.value().id()).isPresent()) {
                    graph.replaceGroup(p.value().id(), p.value());
                } else {
                    graph.addGroup(p.value(), p.index());
                }
            }
        });
    }
}
