package dev.stagecraft.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A pool (a cluster, a database server) that carries both versions of a component while it rolls out (the graph
 * file's {@code governance.capacity}): its {@code budget} per resource (cpu, memoryGi, replicas, iops, ... any name)
 * and what a rollout costs there ({@code surge} entries). A component's cost in this pool is the first entry that
 * names it, else the first that names its team, else the first that names its kind, else the first that names
 * nobody (none: it costs nothing here). A step costs its members' sum from its start to its end; a plan never runs
 * steps whose costs together exceed a budget at once (README, "Capacity budgets").
 */
public record CapacityPool(String pool, Map<String, Double> budget, List<Surge> surges) {
    /**
     * What one rollout costs in the pool while both versions run.
     *
     * @param cost amount per resource
     */
    public record Surge(List<String> components, List<String> teams, List<String> kinds, Map<String, Double> cost) {
        public Surge {
            components = List.copyOf(components);
            teams = List.copyOf(teams);
            kinds = List.copyOf(kinds);
            cost = normalized(cost);
        }

        boolean namesNobody() {
            return components.isEmpty() && teams.isEmpty() && kinds.isEmpty();
        }
    }

    public CapacityPool {
        Objects.requireNonNull(pool, "pool");
        budget = normalized(budget);
        surges = List.copyOf(surges);
    }

    /** Sorted by resource, -0.0 read as 0 (it prints differently and would not survive a save). */
    static Map<String, Double> normalized(Map<String, Double> amounts) {
        TreeMap<String, Double> out = new TreeMap<>();
        amounts.forEach((k, v) -> out.put(k, v + 0.0));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** What a component's rollout costs here (resource to amount), empty when nothing. */
    public Map<String, Double> costOf(Component c) {
        for (Surge s : surges) {
            if (s.components().contains(c.id())) {
                return s.cost();
            }
        }
        for (Surge s : surges) {
            if (c.team() != null && s.teams().contains(c.team())) {
                return s.cost();
            }
        }
        for (Surge s : surges) {
            if (s.kinds().contains(c.kind().id())) {
                return s.cost();
            }
        }
        for (Surge s : surges) {
            if (s.namesNobody()) {
                return s.cost();
            }
        }
        return Map.of();
    }
}
