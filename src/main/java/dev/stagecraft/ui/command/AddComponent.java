package dev.stagecraft.ui.command;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;

/** Adds one new component at the end of the order. Declines when the id is already taken. */
public final class AddComponent implements EditCommand {
    private final ServiceGraph graph;
    private final Component component;
    private final boolean free;

    public AddComponent(ServiceGraph graph, Component component) {
        this.graph = graph;
        this.component = component;
        this.free = !graph.contains(component.id());
    }

    public Component component() {
        return component;
    }

    @Override
    public String description() {
        return "Add " + component.id();
    }

    @Override
    public boolean isExecutable() {
        return free;
    }

    @Override
    public void apply() {
        graph.addComponent(component);
    }

    @Override
    public void revert() {
        graph.removeComponent(component.id());
    }
}
