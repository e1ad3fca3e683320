package dev.stagecraft.ui.command;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.ServiceGraph;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Creates a change group from the selected components, named with the first free {@code group-N}. */
public final class CreateGroup implements EditCommand {
    private final ServiceGraph graph;
    private final ChangeGroup group;
    private final String refusal;

    public CreateGroup(ServiceGraph graph, Collection<String> members) {
        this.graph = graph;
        int n = 1;
        while (graph.group("group-" + n).isPresent()) {
            n++;
        }
        this.group = ChangeGroup.of("group-" + n, List.copyOf(members));
        this.refusal = EditGroup.refusalFor(graph, null, group);
    }

    public ChangeGroup group() {
        return group;
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String description() {
        return "Create group " + group.id();
    }

    @Override
    public boolean isExecutable() {
        return refusal == null;
    }

    @Override
    public void apply() {
        graph.addGroup(group);
    }

    @Override
    public void revert() {
        graph.removeGroup(group.id());
    }
}
