package dev.stagecraft.plan;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Migration;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ordering rules of data-layer steps ({@link Migration}), as dependencies the plan is ordered by (not the
 * graph's: blast radius and analysis do not see them). For each data store S with migrations:
 * <ul>
 *   <li>every reader or writer of S (a component that depends on S directly, not itself one of S's migrations)
 *       after each of S's {@code expand} steps: the new shape exists before code that may use it;</li>
 *   <li>every other phase of S ({@code shadow-writes}, {@code dual-reads}, {@code backfill}, {@code switch-reads})
 *       after its {@code expand} steps;</li>
 *   <li>each {@code contract} of S after every reader and writer of S and every other phase of S: nothing still
 *       uses the old shape when it is dropped (a late reader holds it back).</li>
 * </ul>
 */
public final class MigrationOrder {
    private MigrationOrder() {
    }

    /** The analysis to order a plan by: this one when the graph has no migrations, else one with the rules' edges. */
    public static GraphAnalysis of(GraphAnalysis analysis) {
        ServiceGraph g = analysis.graph();
        Map<String, List<Component>> byStore = new LinkedHashMap<>();
        Map<String, Migration> migrationOf = new LinkedHashMap<>();
        for (Component c : g.components()) {
            Migration.of(c).filter(m -> g.contains(m.store())).ifPresent(m -> {
                byStore.computeIfAbsent(m.store(), k -> new ArrayList<>()).add(c);
                migrationOf.put(c.id(), m);
            });
        }
        if (byStore.isEmpty()) {
            return analysis;
        }
        List<Dependency> extra = new ArrayList<>();
        Set<Dependency.Key> present = new java.util.HashSet<>();
        g.dependencies().forEach(d -> present.add(d.key()));
        for (Map.Entry<String, List<Component>> e : byStore.entrySet()) {
            String store = e.getKey();
            Set<String> phases = new java.util.HashSet<>();
            e.getValue().forEach(c -> phases.add(c.id()));
            List<String> readers = new ArrayList<>();
            for (Dependency d : g.dependentsOf(store)) {
                if (!phases.contains(d.from())) {
                    readers.add(d.from());
                }
            }
            List<String> expands = ids(e.getValue(), migrationOf, Migration.Phase.EXPAND);
            List<String> contracts = ids(e.getValue(), migrationOf, Migration.Phase.CONTRACT);
            List<String> middle = new ArrayList<>();
            for (Component c : e.getValue()) {
                Migration.Phase p = migrationOf.get(c.id()).phase();
                if (p != Migration.Phase.EXPAND && p != Migration.Phase.CONTRACT) {
                    middle.add(c.id());
                }
            }
            for (String x : expands) {
                readers.forEach(r -> add(extra, present, r, x));
                middle.forEach(m -> add(extra, present, m, x));
            }
            for (String c : contracts) {
                readers.forEach(r -> add(extra, present, c, r));
                middle.forEach(m -> add(extra, present, c, m));
                expands.forEach(x -> add(extra, present, c, x));
            }
        }
        if (extra.isEmpty()) {
            return analysis;
        }
        ServiceGraph ordered = g.copy();
        ordered.beginUpdate();
        try {
            extra.forEach(ordered::addDependency);
        } finally {
            ordered.endUpdate();
        }
        return GraphAnalysis.of(ordered);
    }

    private static List<String> ids(List<Component> cs, Map<String, Migration> migrationOf, Migration.Phase phase) {
        List<String> out = new ArrayList<>();
        for (Component c : cs) {
            if (migrationOf.get(c.id()).phase() == phase) {
                out.add(c.id());
            }
        }
        return out;
    }

    private static void add(List<Dependency> extra, Set<Dependency.Key> present, String from, String to) {
        Dependency d = Dependency.of(from, to);
        if (!from.equals(to) && present.add(d.key())) {
            extra.add(d);
        }
    }
}
