package dev.stagecraft.plan;

import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.model.GraphSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The steps of a plan as a DAG, before naming and ordering. A rollout unit with at least one advancing
 * component is a step; steps are numbered in the units' topological order, so every step's {@code after}
 * holds smaller numbers only.
 *
 * <p>{@code after(k)}: walking from step k's unit along "depends on" edges, the first step units met on
 * each path (units that advance nothing are walked through). Computed once for all steps in topological
 * order: every non-step unit keeps the set of steps it leads to, as a bit set over steps.
 * O(U + D · S / 64) for U units, D unit dependencies and S steps; with every unit a step, O(U + D).
 */
final class StepGraph {
    private final int[] unitOfStep;
    private final int[][] members;
    private final int[][] after;
    private final int[] wave;
    private final int[] durationMinutes;
    private final int[] effectiveMinutes;

    /** @param all advance every component (the graph marks none as changing) */
    StepGraph(RolloutUnits units, boolean all) {
        GraphSnapshot s = units.snapshot();
        int unitCount = units.count();
        int[] order = units.topologicalOrder();
        int[] stepOfUnit = new int[unitCount];
        Arrays.fill(stepOfUnit, -1);
        List<int[]> memberList = new ArrayList<>();
        List<Integer> unitList = new ArrayList<>();
        for (int u : order) {
            int[] advancing = advancing(s, units.members(u), all);
            if (advancing.length > 0) {
                stepOfUnit[u] = memberList.size();
                memberList.add(advancing);
                unitList.add(u);
            }
        }
        int steps = memberList.size();
        unitOfStep = unitList.stream().mapToInt(Integer::intValue).toArray();
        members = memberList.toArray(new int[0][]);
        after = new int[steps][];
        wave = new int[steps];
        durationMinutes = new int[steps];
        effectiveMinutes = new int[steps];
        BitSet[] leadsTo = new BitSet[unitCount];
        BitSet gathered = new BitSet(steps);
        for (int u : order) {
            gathered.clear();
            for (int d : units.dependenciesOf(u)) {
                if (stepOfUnit[d] >= 0) {
                    gathered.set(stepOfUnit[d]);
                } else if (leadsTo[d] != null) {
                    gathered.or(leadsTo[d]);
                }
            }
            int k = stepOfUnit[u];
            if (k < 0) {
                leadsTo[u] = gathered.isEmpty() ? null : (BitSet) gathered.clone();
                continue;
            }
            after[k] = gathered.stream().toArray();
            int w = 0;
            for (int a : after[k]) {
                w = Math.max(w, wave[a] + 1);
            }
            wave[k] = w;
            int minutes = 0;
            for (int v : members[k]) {
                minutes = Math.max(minutes, s.durationMinutes(v));
            }
            durationMinutes[k] = minutes;
            effectiveMinutes[k] = s.stepMinutes(members[k], 0, members[k].length);
        }
    }

    /** The unit's components that advance, sorted by id. */
    private static int[] advancing(GraphSnapshot s, int[] unitMembers, boolean all) {
        if (unitMembers.length == 1) {
            return all || s.changing(unitMembers[0]) ? unitMembers : new int[0];
        }
        return Arrays.stream(unitMembers).filter(v -> all || s.changing(v)).boxed()
                .sorted(Comparator.comparing(s::id)).mapToInt(Integer::intValue).toArray();
    }

    int count() {
        return members.length;
    }

    int unit(int step) {
        return unitOfStep[step];
    }

    /** Component indexes the step advances, sorted by id. */
    int[] members(int step) {
        return members[step];
    }

    /** Steps this step waits for, ascending (all smaller than {@code step}). */
    int[] after(int step) {
        return after[step];
    }

    int wave(int step) {
        return wave[step];
    }

    /** The largest {@code durationMinutes} among the step's components. */
    int durationMinutes(int step) {
        return durationMinutes[step];
    }

    /** The step DAG's effective durations T (DESIGN.md, "Step timing") and edges, as {@link StepSchedule} takes them. */
    int[] durations() {
        return effectiveMinutes.clone();
    }

    int[][] afterLists() {
        return after.clone();
    }
}
