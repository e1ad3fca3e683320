package dev.stagecraft.diff;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.RolloutWaves;
import dev.stagecraft.diff.GraphChanges.BlastRadiusChange;
import dev.stagecraft.diff.GraphChanges.ComponentChange;
import dev.stagecraft.diff.GraphChanges.CriticalPathChange;
import dev.stagecraft.diff.GraphChanges.DependencyChange;
import dev.stagecraft.diff.GraphChanges.FieldChange;
import dev.stagecraft.diff.GraphChanges.WaveMove;
import dev.stagecraft.io.nativeyaml.FlowValues;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The semantic diff of two versions of a graph: components, dependencies and groups added, removed or
 * changed (field by field; positions are layout and ignored), then what that does to the rollout: components
 * whose wave moved, components whose blast radius grew or shrank, and the critical path before and after.
 * O(V + E) for the structure plus the cost of the analyses on both graphs.
 */
public final class GraphDiff {
    private final ServiceGraph before;
    private final ServiceGraph after;
    private GraphChanges changes;

    private final GraphAnalysis beforeAnalysis;
    private final GraphAnalysis afterAnalysis;

    public GraphDiff(ServiceGraph before, ServiceGraph after) {
        this(GraphAnalysis.of(before), GraphAnalysis.of(after));
    }

    /** The changes between two revisions, reading their shared analyses (built from their graphs). */
    public GraphDiff(GraphAnalysis before, GraphAnalysis after) {
        this.before = before.graph();
        this.after = after.graph();
        this.beforeAnalysis = before;
        this.afterAnalysis = after;
    }

    public GraphChanges changes() {
        if (changes == null) {
            changes = compute();
        }
        return changes;
    }

    private GraphChanges compute() {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<ComponentChange> changed = new ArrayList<>();
        for (Component c : after.components()) {
            before.component(c.id()).ifPresentOrElse(old -> {
                List<FieldChange> fields = fields(old, c);
                if (!fields.isEmpty()) {
                    changed.add(new ComponentChange(c.id(), fields));
                }
            }, () -> added.add(c.id()));
        }
        before.components().stream().filter(c -> !after.contains(c.id())).forEach(c -> removed.add(c.id()));
        List<String> depsAdded = new ArrayList<>();
        List<String> depsRemoved = new ArrayList<>();
        List<DependencyChange> depsChanged = new ArrayList<>();
        for (Dependency d : after.dependencies()) {
            before.dependency(d.from(), d.to()).ifPresentOrElse(old -> {
                List<FieldChange> fields = new ArrayList<>();
                field(fields, "kind", old.effectiveKind().id(), d.effectiveKind().id());
                field(fields, "strength", old.effectiveStrength().id(), d.effectiveStrength().id());
                if (!fields.isEmpty()) {
                    depsChanged.add(new DependencyChange(d.key().toString(), fields));
                }
            }, () -> depsAdded.add(d.key().toString()));
        }
        before.dependencies().stream().filter(d -> after.dependency(d.from(), d.to()).isEmpty())
                .forEach(d -> depsRemoved.add(d.key().toString()));
        List<String> groupsAdded = new ArrayList<>();
        List<String> groupsChanged = new ArrayList<>();
        for (ChangeGroup g : after.groups()) {
            before.group(g.id()).ifPresentOrElse(old -> {
                if (!List.copyOf(old.members()).stream().sorted().toList().equals(g.members().stream().sorted().toList())) {
                    groupsChanged.add(g.id());
                }
            }, () -> groupsAdded.add(g.id()));
        }
        List<String> groupsRemoved = before.groups().stream().map(ChangeGroup::id)
                .filter(id -> after.group(id).isEmpty()).toList();
        Analysis a = new Analysis(beforeAnalysis);
        Analysis b = new Analysis(afterAnalysis);
        List<WaveMove> moves = new ArrayList<>();
        List<BlastRadiusChange> blast = new ArrayList<>();
        GraphSnapshot sa = a.snapshot;
        GraphSnapshot sb = b.snapshot;
        for (int v = 0; v < sb.size(); v++) {
            int old = sa.indexOf(sb.id(v));
            if (old < 0) {
                continue;
            }
            if (a.waves.waveOf(old) != b.waves.waveOf(v)) {
                moves.add(new WaveMove(sb.id(v), a.waves.waveOf(old), b.waves.waveOf(v)));
            }
            if (a.blastSizes[old] != b.blastSizes[v]) {
                blast.add(new BlastRadiusChange(sb.id(v), a.blastSizes[old], b.blastSizes[v]));
            }
        }
        moves.sort(Comparator.comparing(WaveMove::id));
        blast.sort(Comparator.comparingInt((BlastRadiusChange c) -> -Math.abs(c.delta())).thenComparing(BlastRadiusChange::id));
        CriticalPathChange path = new CriticalPathChange(a.path.minutes(), b.path.minutes(), a.path.path(), b.path.path());
        return new GraphChanges(sorted(added), sorted(removed), sortedChanges(changed), sorted(depsAdded),
                sorted(depsRemoved), depsChanged.stream().sorted(Comparator.comparing(DependencyChange::dependency)).toList(),
                sorted(groupsAdded), sorted(groupsRemoved), sorted(groupsChanged), a.waves.count(), b.waves.count(),
                moves, blast, path);
    }

    /** The analyses of one version. */
    private static final class Analysis {
        final GraphSnapshot snapshot;
        final RolloutWaves waves;
        final CriticalPath path;
        final int[] blastSizes;

        Analysis(GraphAnalysis analysis) {
            this.snapshot = analysis.snapshot();
            this.waves = analysis.waves();
            this.path = analysis.criticalPath();
            this.blastSizes = analysis.blastRadius().sizes();
        }
    }

    private static List<FieldChange> fields(Component a, Component b) {
        List<FieldChange> out = new ArrayList<>();
        field(out, "name", a.name(), b.name());
        field(out, "kind", a.kind().id(), b.kind().id());
        field(out, "team", a.team(), b.team());
        field(out, "system", a.system(), b.system());
        field(out, "tier", a.tier(), b.tier());
        field(out, "changing", a.changing(), b.changing());
        Rollout ra = a.rollout();
        Rollout rb = b.rollout();
        field(out, "rollout.durationMinutes", ra.durationMinutes(), rb.durationMinutes());
        field(out, "rollout.stages", ra.stages(), rb.stages());
        field(out, "rollout.bakeMinutes", ra.bakeMinutes(), rb.bakeMinutes());
        field(out, "rollout.failureProbability", ra.failureProbability(), rb.failureProbability());
        field(out, "rollout.gates", ra.gates(), rb.gates());
        field(out, "rollout.rollback", ra.rollback(), rb.rollback());
        field(out, "rollout.rollbackMinutes", ra.rollbackMinutes(), rb.rollbackMinutes());
        field(out, "extras", a.extras().isEmpty() ? null : a.extras(), b.extras().isEmpty() ? null : b.extras());
        return out;
    }

    private static void field(List<FieldChange> out, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(new FieldChange(name, FlowValues.of(a), FlowValues.of(b)));
        }
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<ComponentChange> sortedChanges(List<ComponentChange> changes) {
        return changes.stream().sorted(Comparator.comparing(ComponentChange::id)).toList();
    }
}
