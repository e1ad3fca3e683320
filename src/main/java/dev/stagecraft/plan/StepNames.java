package dev.stagecraft.plan;

import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.model.GraphSnapshot;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Readable, deterministic step ids: the component id for a step of one component, the (smallest) declared
 * group id for a unit that holds a change group, {@code cycle-<first id>} otherwise. Component and group ids
 * can coincide, so {@link #unique} adds {@code -2}, {@code -3}, ... to later repeats, in plan order.
 */
final class StepNames {
    private StepNames() {
    }

    /** Base id of every step; not necessarily unique. O(V + group members). */
    static String[] of(StepGraph steps, RolloutUnits units) {
        GraphSnapshot s = units.snapshot();
        String[] groupOfUnit = new String[units.count()];
        for (int g = 0; g < s.groupCount(); g++) {
            int[] members = s.groupMembers(g);
            if (members.length == 0) {
                continue;
            }
            int u = units.unitOf(members[0]);
            String id = s.groupId(g);
            if (groupOfUnit[u] == null || id.compareTo(groupOfUnit[u]) < 0) {
                groupOfUnit[u] = id;
            }
        }
        String[] ids = new String[steps.count()];
        for (int k = 0; k < ids.length; k++) {
            int[] members = steps.members(k);
            String group = groupOfUnit[steps.unit(k)];
            ids[k] = members.length == 1 ? s.id(members[0])
                    : group != null ? group
                    : "cycle-" + s.id(members[0]);
        }
        return ids;
    }

    /** Unique ids: the first step (in {@code order}) keeps its base id, repeats get the first free suffix. */
    static String[] unique(String[] base, Integer[] order) {
        Set<String> bases = new HashSet<>(Arrays.asList(base));
        Set<String> used = new HashSet<>(base.length * 2);
        String[] unique = new String[base.length];
        for (int k : order) {
            String id = base[k];
            for (int suffix = 2; used.contains(id); suffix++) {
                String candidate = base[k] + "-" + suffix;
                if (!bases.contains(candidate)) {
                    id = candidate;
                }
            }
            used.add(id);
            unique[k] = id;
        }
        return unique;
    }
}
