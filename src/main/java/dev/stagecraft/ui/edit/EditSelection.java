package dev.stagecraft.ui.edit;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.document.AnalysisViewModel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the editor acts on: a set of selected components (in selection order), or one dependency, or one
 * group. The analysis view model keeps the single "primary" component (the one whose blast radius is
 * shown); this class follows it when something else selects (a click, the find bar) and drives it when
 * the selection grows by Ctrl-click or rubber band.
 */
public final class EditSelection {
    private final AnalysisViewModel analysis;
    private final ReadOnlyObjectWrapper<List<String>> components = new ReadOnlyObjectWrapper<>(this, "components", List.of());
    private final ObjectProperty<Dependency.Key> dependency = new SimpleObjectProperty<>(this, "dependency");
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(this, "group");
    private final GraphListener pruner = (g, change) -> prune();
    private ServiceGraph graph;
    private boolean driving;

    public EditSelection(AnalysisViewModel analysis, ReadOnlyObjectProperty<ServiceGraph> graphProperty) {
        this.analysis = analysis;
        analysis.selectionProperty().addListener((o, was, now) -> {
            if (!driving) {
                components.set(now == null ? List.of() : List.of(now));
                if (now != null) {
                    dependency.set(null);
                    group.set(null);
                }
            }
        });
        graphProperty.addListener((o, was, now) -> attach(now));
        attach(graphProperty.get());
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

    private void prune() {
        List<String> kept = components.get().stream().filter(graph::contains).toList();
        if (kept.size() != components.get().size()) {
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
        driving = true;
        try {
            components.set(List.copyOf(set));
            dependency.set(null);
            group.set(null);
            if (set.isEmpty()) {
                analysis.clearSelection();
            } else {
                analysis.select(components.get().get(set.size() - 1));
            }
        } finally {
            driving = false;
        }
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
