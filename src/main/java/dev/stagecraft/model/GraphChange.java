package dev.stagecraft.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one change of a {@link ServiceGraph} was, as told to its {@link GraphListener}s. A batch
 * ({@link ServiceGraph#beginUpdate()} .. {@link ServiceGraph#endUpdate()}) is told once: as the one change it
 * held, as one {@link Moved} when it only moved components (a drag, a nudge, a layout), or else as a
 * {@link Batch}.
 */
public sealed interface GraphChange {
    /**
     * Whether a derived analysis (units, waves, critical path, blast radius, findings, plan) can differ after
     * this change. Only positions are read by no analysis, so only a pure move answers false.
     */
    boolean affectsAnalysis();

    /** A component, dependency or group was added. */
    record Added() implements GraphChange {
        @Override
        public boolean affectsAnalysis() {
            return true;
        }
    }

    /** A component, dependency or group was removed. */
    record Removed() implements GraphChange {
        @Override
        public boolean affectsAnalysis() {
            return true;
        }
    }

    /** Something other than a position changed: a component's, dependency's or group's record, or the metadata. */
    record PropertyChanged() implements GraphChange {
        @Override
        public boolean affectsAnalysis() {
            return true;
        }
    }

    /** Only the positions of these components changed. */
    record Moved(Set<String> components) implements GraphChange {
        public Moved {
            components = Set.copyOf(components);
        }

        @Override
        public boolean affectsAnalysis() {
            return false;
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
    }

    /** The one change that reports these, in order (not empty): the change itself, one merged move, or a batch. */
    static GraphChange of(List<GraphChange> changes) {
        if (changes.size() == 1) {
            return changes.get(0);
        }
        if (changes.stream().allMatch(c -> c instanceof Moved)) {
            Set<String> ids = new LinkedHashSet<>();
            changes.forEach(c -> ids.addAll(((Moved) c).components()));
            return new Moved(ids);
        }
        return new Batch(changes);
    }
}
