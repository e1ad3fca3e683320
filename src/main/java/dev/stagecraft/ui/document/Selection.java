package dev.stagecraft.ui.document;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphChange;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.ServiceGraph;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one selection of the open document: a set of selected components (in selection order), or one dependency,
 * or one group. What the editor acts on, what the inspector shows, and, through its {@link #primaryProperty()
 * primary} component (the last one selected), whose blast radius the analysis view model highlights. Components,
 * dependencies and groups that an edit removes leave the selection.
 */
public final class Selection {
    private final ReadOnlyObjectWrapper<String> primary = new ReadOnlyObjectWrapper<>(this, "primary");
    private final ReadOnlyObjectWrapper<List<String>> components = new ReadOnlyObjectWrapper<>(this, "components", List.of());
    private final ObjectProperty<Dependency.Key> dependency = new SimpleObjectProperty<>(this, "dependency");
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(this, "group");
    private final GraphListener pruner = (g, change) -> prune(change);
    private ServiceGraph graph;

    public Selection(ReadOnlyObjectProperty<ServiceGraph> graphProperty) {
        components.addListener((o, was, now) -> primary.set(now.isEmpty() ? null : now.get(now.size() - 1)));
        graphProperty.addListener((o, was, now) -> attach(now));
        attach(graphProperty.get());
    }

    /** The last component selected (whose blast radius is shown), null when no component is. */
    public ReadOnlyObjectProperty<String> primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public String primary() {
        return primary.get();
    }

    private void attach(ServiceGraph g) {
        if (graph != null) {
            graph.removeListener(pruner);
        }
        graph = g;
        components.set(List.of());
        dependency.set(null);
        group.set(null);
        if (g != null) {
            g.addListener(pruner);
        }
    }

    /** Follows renamed components (an undone rename too) and drops what is gone. */
    private void prune(GraphChange change) {
        java.util.Map<String, String> renamed = change.renamedComponents();
        List<String> kept = components.get().stream().map(id -> followed(renamed, id)).filter(graph::contains)
                .distinct().toList();
        if (!kept.equals(components.get())) {
            components.set(kept);
        }
        Dependency.Key k = dependency.get();
        if (k != null && graph.dependency(k.from(), k.to()).isEmpty()) {
            dependency.set(null);
        }
        if (group.get() != null && graph.group(group.get()).isEmpty()) {
            group.set(null);
        }
    }

    private static String followed(java.util.Map<String, String> renamed, String id) {
        String now = id;
        for (int hops = 0; renamed.containsKey(now) && hops <= renamed.size(); hops++) {
            now = renamed.get(now);
        }
        return now;
    }

    /** Selected component ids, in the order they were selected. */
    public ReadOnlyObjectProperty<List<String>> componentsProperty() {
        return components.getReadOnlyProperty();
    }

    public List<String> components() {
        return components.get();
    }

    public ObjectProperty<Dependency.Key> dependencyProperty() {
        return dependency;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    public boolean isSelected(String id) {
        return components.get().contains(id);
    }

    /** Replaces the selection by these components; the last one becomes the primary. */
    public void selectComponents(Collection<String> ids) {
        Set<String> set = new LinkedHashSet<>();
        for (String id : ids) {
            if (graph != null && graph.contains(id)) {
                set.add(id);
            }
        }
        dependency.set(null);
        group.set(null);
        components.set(List.copyOf(set));
    }

    /** Adds a component to the selection or takes it out (Ctrl-click). */
    public void toggle(String id) {
        Set<String> set = new LinkedHashSet<>(components.get());
        if (!set.remove(id)) {
            set.add(id);
        }
        selectComponents(set);
    }

    public void selectDependency(Dependency.Key key) {
        selectComponents(List.of());
        dependency.set(key);
    }

    public void selectGroup(String id) {
        selectComponents(List.of());
        group.set(id);
    }

    public void clear() {
        selectComponents(List.of());
    }
}
