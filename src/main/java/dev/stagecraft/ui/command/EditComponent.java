package dev.stagecraft.ui.command;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import java.util.Optional;

/**
 * Replaces a component's record; a changed id renames it, and its dependencies and group memberships
 * follow. Declines no-ops, malformed ids and ids already taken ({@link #refusal()} says which).
 */
public final class EditComponent implements EditCommand {
    private final ServiceGraph graph;
    private final Component before;
    private final Component after;
    private final String refusal;

    public EditComponent(ServiceGraph graph, String id, Component after) {
        this.graph = graph;
        this.before = graph.requireComponent(id);
        this.after = after;
        this.refusal = refusalFor(graph, before, after);
    }

    private static String refusalFor(ServiceGraph graph, Component before, Component after) {
        if (!Component.ID_PATTERN.matcher(after.id()).matches()) {
            return "Invalid id '" + after.id() + "': use lower-case letters, digits, '.', '_' or '-'";
        }
        if (!before.id().equals(after.id()) && graph.contains(after.id())) {
            return "A component '" + after.id() + "' already exists";
        }
        return null;
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String description() {
        return before.id().equals(after.id()) ? "Edit " + before.id() : "Rename " + before.id() + " to " + after.id();
    }

    @Override
    public boolean isExecutable() {
        return refusal == null && !before.equals(after);
    }

    @Override
    public void apply() {
        graph.replaceComponent(before.id(), after);
    }

    @Override
    public void revert() {
        graph.replaceComponent(after.id(), before);
    }
}
