package dev.stagecraft.ui.command;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pastes (or duplicates) a fragment: its components get fresh ids not used in the graph ({@code x-copy},
 * {@code x-copy-2}, …) and positions moved by an offset; dependencies and groups among them follow.
 */
public final class PasteElements implements EditCommand {
    private final ServiceGraph graph;
    private final List<Component> components = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<ChangeGroup> groups = new ArrayList<>();

    public PasteElements(ServiceGraph graph, ServiceGraph fragment, double dx, double dy) {
        this.graph = graph;
        Map<String, String> rename = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Component c : fragment.components()) {
            String id = fresh(c.id(), taken, graph::contains);
            taken.add(id);
            rename.put(c.id(), id);
            Position p = c.position();
            components.add(c.withId(id).withPosition(p == null ? null : new Position(p.x() + dx, p.y() + dy)));
        }
        for (Dependency d : fragment.dependencies()) {
            if (rename.containsKey(d.from()) && rename.containsKey(d.to())) {
                dependencies.add(d.withEnds(rename.get(d.from()), rename.get(d.to())));
            }
        }
        Set<String> takenGroups = new HashSet<>();
        for (ChangeGroup g : fragment.groups()) {
            List<String> members = g.members().stream().filter(rename::containsKey).map(rename::get).toList();
            if (!members.isEmpty()) {
                String id = fresh(g.id(), takenGroups, gid -> graph.group(gid).isPresent());
                takenGroups.add(id);
                groups.add(g.withId(id).withMembers(members));
            }
        }
    }

    private static String fresh(String id, Set<String> taken, java.util.function.Predicate<String> used) {
        if (!used.test(id) && !taken.contains(id)) {
            return id;
        }
        String base = id.replaceFirst("-copy(-\\d+)?$", "") + "-copy";
        String candidate = base;
        for (int n = 2; used.test(candidate) || taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Ids of the pasted components, in order (to select them after pasting). */
    public List<String> pastedIds() {
        return components.stream().map(Component::id).toList();
    }

    @Override
    public String description() {
        return components.size() == 1 ? "Paste " + components.get(0).id() : "Paste " + components.size() + " components";
    }

    @Override
    public boolean isExecutable() {
        return !components.isEmpty();
    }

    @Override
    public void apply() {
        GraphBatch.run(graph, () -> {
            components.forEach(graph::addComponent);
            dependencies.forEach(graph::addDependency);
            groups.forEach(graph::addGroup);
        });
    }

    @Override
    public void revert() {
        GraphBatch.run(graph, () -> {
            for (int i = groups.size() - 1; i >= 0; i--) {
                graph.removeGroup(groups.get(i).id());
            }
            for (int i = components.size() - 1; i >= 0; i--) {
                graph.removeComponent(components.get(i).id());
            }
        });
    }
}
