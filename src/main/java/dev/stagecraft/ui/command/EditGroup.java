package dev.stagecraft.ui.command;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import java.util.Optional;

/** Replaces a change group (id and members). Declines no-ops, taken or malformed ids, unknown members. */
public final class EditGroup implements EditCommand {
    private final ServiceGraph graph;
    private final ChangeGroup before;
    private final ChangeGroup after;
    private final String refusal;

    public EditGroup(ServiceGraph graph, String id, ChangeGroup after) {
        this.graph = graph;
        this.before = graph.group(id).orElseThrow(() -> new IllegalArgumentException("no group '" + id + "'"));
        this.after = after;
        this.refusal = refusalFor(graph, before, after);
    }

    static String refusalFor(ServiceGraph graph, ChangeGroup before, ChangeGroup after) {
        if (!Component.ID_PATTERN.matcher(after.id()).matches()) {
            return "Invalid group id '" + after.id() + "'";
        }
        if ((before == null || !before.id().equals(after.id())) && graph.group(after.id()).isPresent()) {
            return "A group '" + after.id() + "' already exists";
        }
        if (after.members().isEmpty()) {
            return "A group needs at least one member";
        }
        for (String m : after.members()) {
            if (!graph.contains(m)) {
                return "No component '" + m + "'";
            }
        }
        return null;
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String description() {
        return "Edit group " + before.id();
    }

    @Override
    public boolean isExecutable() {
        return refusal == null && !before.equals(after);
    }

    @Override
    public void apply() {
        graph.replaceGroup(before.id(), after);
    }

    @Override
    public void revert() {
        graph.replaceGroup(after.id(), before);
    }
}
