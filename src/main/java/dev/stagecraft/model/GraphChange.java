package dev.stagecraft.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one change of a {@link ServiceGraph} was, as told to its {@link GraphListener}s, with the elements it
 * touched, so that a listener can follow it without looking at the whole graph (the diagram updates one box;
 * the analysis replica of {@code dev.stagecraft.revision} applies it to its own copy). A batch
 * ({@link ServiceGraph#beginUpdate()} .. {@link ServiceGraph#endUpdate()}) is told once: as the one change it
 * held, as one {@link Moved} when it only moved components (a drag, a nudge, a layout), or else as a
 * {@link Batch} of its changes in order. {@link #applyTo} replays a change on another graph that was equal to
 * this one's graph before it: the result is equal to this graph after it.
 */
public sealed interface GraphChange {
    /**
     * Whether a derived analysis (units, waves, critical path, blast radius, findings, plan) can differ after
     * this change. Only positions are read by no analysis, so only a pure move answers false.
     */
    boolean affectsAnalysis();

    /** Makes the same change on {@code target}, a graph equal to the changed one as it was before. */
    void applyTo(ServiceGraph target);

    /** The single changes this one is made of, in order: a batch's, or just this one. */
    default List<GraphChange> parts() {
        return List.of(this);
    }

    /**
     * The components this change renamed, each id before → after, in the order of the renames (an undone rename
     * too: it is a rename back).
     */
    default Map<String, String> renamedComponents() {
        Map<String, String> out = new LinkedHashMap<>();
        for (GraphChange part : parts()) {
            if (part instanceof PropertyChanged p && p.before() instanceof Component before
                    && p.after() instanceof Component after && !before.id().equals(after.id())) {
                out.put(before.id(), after.id());
            }
        }
        return out;
    }

    /** A component, dependency or group was added at {@code index} of its order. */
    record Added(GraphElement element, int index) implements GraphChange {
        public Added {
            Objects.requireNonNull(element);
            if (element instanceof GraphMetadata) {
                throw new IllegalArgumentException("metadata is changed, never added");
            }
        }

        @Override
        public boolean affectsAnalysis() {
            return true;
        }

        @Override
        public void applyTo(ServiceGraph target) {
            if (element instanceof Component c) {
                target.addComponent(c, index);
            } else if (element instanceof Dependency d) {
                target.addDependency(d, index);
            } else {
                target.addGroup((ChangeGroup) element, index);
            }
        }
    }

    /**
     * A component, dependency or group was removed. Removing a component is told as a batch: first the removal
     * of each of its dependencies and the change of each of its groups, then the component's.
     */
    record Removed(GraphElement element) implements GraphChange {
        public Removed {
            Objects.requireNonNull(element);
            if (element instanceof GraphMetadata) {
                throw new IllegalArgumentException("metadata is changed, never removed");
            }
        }

        @Override
        public boolean affectsAnalysis() {
            return true;
        }

        @Override
        public void applyTo(ServiceGraph target) {
            if (element instanceof Component c) {
                target.removeComponent(c.id());
            } else if (element instanceof Dependency d) {
                target.removeDependency(d.from(), d.to());
            } else {
                target.removeGroup(((ChangeGroup) element).id());
            }
        }
    }

    /**
     * Something other than a position changed: a component's, dependency's or group's record (possibly with a
     * new id: a rename, whose dependencies and group memberships follow), or the metadata.
     */
    record PropertyChanged(GraphElement before, GraphElement after) implements GraphChange {
        public PropertyChanged {
            Objects.requireNonNull(before);
            Objects.requireNonNull(after);
            if (before.getClass() != after.getClass()) {
                throw new IllegalArgumentException("a " + before.getClass().getSimpleName() + " cannot become a "
                        + after.getClass().getSimpleName());
            }
        }

        @Override
        public boolean affectsAnalysis() {
            return true;
        }

        @Override
        public void applyTo(ServiceGraph target) {
            if (before instanceof Component c) {
                target.replaceComponent(c.id(), (Component) after);
            } else if (before instanceof Dependency) {
                target.replaceDependency((Dependency) after);
            } else if (before instanceof ChangeGroup g) {
                target.replaceGroup(g.id(), (ChangeGroup) after);
            } else {
                target.setMetadata((GraphMetadata) after);
            }
        }

        /** Whether a component's id changed. */
        public boolean renamed() {
            return before instanceof Component c && !c.id().equals(((Component) after).id());
        }
    }

    /** Only the positions of these components changed; the map holds each one's new position (null: unplaced). */
    record Moved(Map<String, Position> positions) implements GraphChange {
        public Moved {
            positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        }

        /** The moved components' ids. */
        public Set<String> components() {
            return positions.keySet();
        }

        @Override
        public boolean affectsAnalysis() {
            return false;
        }

        @Override
        public void applyTo(ServiceGraph target) {
            target.beginUpdate();
            try {
                positions.forEach((id, p) -> target.replaceComponent(id, target.requireComponent(id).withPosition(p)));
            } finally {
                target.endUpdate();
            }
        }
    }

    /** Several changes made as one edit, in the order they were made. */
    record Batch(List<GraphChange> changes) implements GraphChange {
        public Batch {
            changes = List.copyOf(changes);
        }

        @Override
        public boolean affectsAnalysis() {
            return changes.stream().anyMatch(GraphChange::affectsAnalysis);
        }

        @Override
        public List<GraphChange> parts() {
            return changes;
        }

        @Override
        public void applyTo(ServiceGraph target) {
            target.beginUpdate();
            try {
                changes.forEach(c -> c.applyTo(target));
            } finally {
                target.endUpdate();
            }
        }
    }

    /** The one change that reports these, in order (not empty): the change itself, one merged move, or a batch. */
    static GraphChange of(List<GraphChange> changes) {
        if (changes.size() == 1) {
            return changes.get(0);
        }
        if (changes.stream().allMatch(c -> c instanceof Moved)) {
            Map<String, Position> all = new LinkedHashMap<>();
            changes.forEach(c -> all.putAll(((Moved) c).positions()));
            return new Moved(all);
        }
        return new Batch(changes);
    }
}
