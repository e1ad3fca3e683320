package dev.stagecraft.diff;

import java.util.List;

/**
 * What changed between two versions of a graph, in rollout terms. Lists are sorted by id (blast radius
 * changes by the size of the change, largest first).
 *
 * @param wavesBefore number of waves of the old graph
 * @param wavesAfter  number of waves of the new graph
 */
public record GraphChanges(List<String> componentsAdded, List<String> componentsRemoved,
                           List<ComponentChange> componentsChanged, List<String> dependenciesAdded,
                           List<String> dependenciesRemoved, List<DependencyChange> dependenciesChanged,
                           List<String> groupsAdded, List<String> groupsRemoved, List<String> groupsChanged,
                           int wavesBefore, int wavesAfter, List<WaveMove> wavesMoved,
                           List<BlastRadiusChange> blastRadiusChanged, CriticalPathChange criticalPath) {
    public GraphChanges {
        componentsAdded = List.copyOf(componentsAdded);
        componentsRemoved = List.copyOf(componentsRemoved);
        componentsChanged = List.copyOf(componentsChanged);
        dependenciesAdded = List.copyOf(dependenciesAdded);
        dependenciesRemoved = List.copyOf(dependenciesRemoved);
        dependenciesChanged = List.copyOf(dependenciesChanged);
        groupsAdded = List.copyOf(groupsAdded);
        groupsRemoved = List.copyOf(groupsRemoved);
        groupsChanged = List.copyOf(groupsChanged);
        wavesMoved = List.copyOf(wavesMoved);
        blastRadiusChanged = List.copyOf(blastRadiusChanged);
    }

    /** True when nothing that matters to a rollout changed (layout-only edits give an empty diff). */
    public boolean isEmpty() {
        return componentsAdded.isEmpty() && componentsRemoved.isEmpty() && componentsChanged.isEmpty()
                && dependenciesAdded.isEmpty() && dependenciesRemoved.isEmpty() && dependenciesChanged.isEmpty()
                && groupsAdded.isEmpty() && groupsRemoved.isEmpty() && groupsChanged.isEmpty()
                && wavesMoved.isEmpty() && blastRadiusChanged.isEmpty() && !criticalPath.changed();
    }

    /** One field of a component or dependency, before and after, as text ({@code null} when absent). */
    public record FieldChange(String field, String before, String after) {
    }

    public record ComponentChange(String id, List<FieldChange> fields) {
        public ComponentChange {
            fields = List.copyOf(fields);
        }
    }

    /** @param dependency {@code from -> to} */
    public record DependencyChange(String dependency, List<FieldChange> fields) {
        public DependencyChange {
            fields = List.copyOf(fields);
        }
    }

    /** A component present in both versions whose wave changed. */
    public record WaveMove(String id, int before, int after) {
    }

    /** A component present in both versions whose blast radius grew (after &gt; before) or shrank. */
    public record BlastRadiusChange(String id, int before, int after) {
        public int delta() {
            return after - before;
        }
    }

    /** The critical path before and after, minutes and components in deployment order. */
    public record CriticalPathChange(int minutesBefore, int minutesAfter, List<String> pathBefore, List<String> pathAfter) {
        public CriticalPathChange {
            pathBefore = List.copyOf(pathBefore);
            pathAfter = List.copyOf(pathAfter);
        }

        public boolean changed() {
            return minutesBefore != minutesAfter || !pathBefore.equals(pathAfter);
        }
    }
}
