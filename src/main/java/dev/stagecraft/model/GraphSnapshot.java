package dev.stagecraft.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An immutable, int-indexed copy of a {@link ServiceGraph} for fast analyses: components are
 * numbered 0..n-1 in model order, dependencies are stored as compressed sparse rows in both
 * directions. "Out" edges of {@code v} lead to what {@code v} depends on; "in" edges come from
 * its dependents. Built in O(V + E); safe to share between threads.
 *
 * <p>Arrays are exposed for speed and must not be modified by callers.
 */
public final class GraphSnapshot {
    private final String[] ids;
    private final KeyIndex index;
    private final int[] outStart;
    private final int[] outTarget;
    private final boolean[] outHard;
    private final int[] inStart;
    private final int[] inSource;
    private final boolean[] inHard;
    private final int[] durationMinutes;
    /** Per component, the effective stages' first percent and count and the bake per stage (Step timing). */
    private final int[] firstStage;
    private final int[] stageCount;
    private final int[] bakeMinutes;
    private final boolean[] changing;
    private final ComponentKind[] kinds;
    private final int[] tiers;
    private final String[] groupIds;
    private final int[][] groupMembers;
    /** Component indexes in id order, made on first use (immutable once published). */
    private volatile int[] byIdOrder;

    private GraphSnapshot(String[] ids, KeyIndex index, int[] from, int[] to, boolean[] hard, int[] durationMinutes,
                          int[] firstStage, int[] stageCount, int[] bakeMinutes, boolean[] changing, ComponentKind[] kinds, int[] tiers,
                          String[] groupIds, int[][] groupMembers) {
        int n = ids.length;
        int m = from.length;
        this.ids = ids;
        this.index = index;
        this.durationMinutes = durationMinutes;
        this.firstStage = firstStage;
        this.stageCount = stageCount;
        this.bakeMinutes = bakeMinutes;
        this.changing = changing;
        this.kinds = kinds;
        this.tiers = tiers;
        this.groupIds = groupIds;
        this.groupMembers = groupMembers;
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            outStart[from[e] + 1]++;
            inStart[to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        outTarget = new int[m];
        outHard = new boolean[m];
        inSource = new int[m];
        inHard = new boolean[m];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int e = 0; e < m; e++) {
            int o = outFill[from[e]]++;
            outTarget[o] = to[e];
            outHard[o] = hard[e];
            int i = inFill[to[e]]++;
            inSource[i] = from[e];
            inHard[i] = hard[e];
        }
    }

    /** Snapshot of the graph as it is now. */
    public static GraphSnapshot of(ServiceGraph g) {
        Collection<Component> cs = g.components();
        int n = cs.size();
        String[] ids = new String[n];
        int[] duration = new int[n];
        int[] firstStage = new int[n];
        int[] stageCount = new int[n];
        int[] bake = new int[n];
        boolean[] changing = new boolean[n];
        ComponentKind[] kinds = new ComponentKind[n];
        int[] tiers = new int[n];
        int i = 0;
        for (Component c : cs) {
            ids[i] = c.id();
            RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
            duration[i] = r.durationMinutes();
            firstStage[i] = r.stages().isEmpty() ? 100 : r.stages().get(0);
            stageCount[i] = Math.max(1, r.stages().size());
            bake[i] = r.bakeMinutes();
            changing[i] = c.changing();
            kinds[i] = c.kind();
            tiers[i] = c.effectiveTier();
            i++;
        }
        KeyIndex idx = new KeyIndex(ids);
        int m = g.dependencyCount();
        int[] from = new int[m];
        int[] to = new int[m];
        boolean[] hard = new boolean[m];
        int e = 0;
        for (Dependency d : g.dependencies()) {
            from[e] = idx.indexOf(d.from());
            to[e] = idx.indexOf(d.to());
            hard[e] = d.isHard();
            e++;
        }
        List<ChangeGroup> groups = List.copyOf(g.groups());
        String[] groupIds = new String[groups.size()];
        int[][] members = new int[groups.size()][];
        for (int k = 0; k < groups.size(); k++) {
            groupIds[k] = groups.get(k).id();
            members[k] = groups.get(k).members().stream().mapToInt(idx::indexOf).toArray();
        }
        return new GraphSnapshot(ids, idx, from, to, hard, duration, firstStage, stageCount, bake, changing, kinds, tiers,
                groupIds, members);
    }

    /**
     * Builds a snapshot straight from arrays (benchmarks and generated graphs); every component has default
     * settings except its duration, and one stage without bake (so its effective duration is its duration).
     */
    public static GraphSnapshot ofArrays(String[] ids, int[] from, int[] to, boolean[] hard, int[] durationMinutes) {
        int n = ids.length;
        ComponentKind[] kinds = new ComponentKind[n];
        Arrays.fill(kinds, ComponentKind.SERVICE);
        int[] tiers = new int[n];
        Arrays.fill(tiers, Component.DEFAULT_TIER);
        int[] first = new int[n];
        Arrays.fill(first, 100);
        int[] one = new int[n];
        Arrays.fill(one, 1);
        String[] own = ids.clone();
        return new GraphSnapshot(own, new KeyIndex(own), from.clone(), to.clone(), hard.clone(), durationMinutes.clone(),
                first, one, new int[n], new boolean[n], kinds, tiers, new String[0], new int[0][]);
    }

    public int size() {
        return ids.length;
    }

    public int edgeCount() {
        return outTarget.length;
    }

    /**
     * Component indexes sorted by id (String order): {@code byIdOrder()[r]} is the component of rank r.
     * Computed once per snapshot, O(V log V), and shared by every analysis that lists ids in order.
     * The array is shared: do not modify it.
     */
    public int[] byIdOrder() {
        int[] order = byIdOrder;
        if (order == null) {
            String[] sorted = ids.clone();
            // sorting the strings themselves is several times faster than sorting indexes by id
            Arrays.sort(sorted);
            order = new int[sorted.length];
            for (int r = 0; r < sorted.length; r++) {
                order[r] = indexOf(sorted[r]);
            }
            byIdOrder = order;
        }
        return order;
    }

    public String id(int v) {
        return ids[v];
    }

    /** Index of a component id, -1 when absent. */
    public int indexOf(String id) {
        return index.indexOf(id);
    }

    /** Edges of v toward what v depends on are {@code outTarget[outStart[v] .. outStart[v+1])}. */
    public int[] outStart() {
        return outStart;
    }

    public int[] outTarget() {
        return outTarget;
    }

    public boolean[] outHard() {
        return outHard;
    }

    /** Edges into v from its dependents are {@code inSource[inStart[v] .. inStart[v+1])}. */
    public int[] inStart() {
        return inStart;
    }

    public int[] inSource() {
        return inSource;
    }

    public boolean[] inHard() {
        return inHard;
    }

    /** Effective {@code durationMinutes} of each component (defaults filled in). */
    public int durationMinutes(int v) {
        return durationMinutes[v];
    }

    /**
     * The effective duration T of a step that advances these components together (DESIGN.md, "Step timing"):
     * {@code max(D, B)} with D the slowest member's duration and B the bake of the step's stages — the stages
     * of the most careful member (smallest first stage, then most stages), each baked for the longest bake of
     * any member; the same rule as the plan's canary stages. O(members).
     *
     * @param members component indexes, at least one
     */
    public int stepMinutes(int[] members, int from, int to) {
        int d = 0;
        int bake = 0;
        int careful = -1;
        for (int i = from; i < to; i++) {
            int v = members[i];
            d = Math.max(d, durationMinutes[v]);
            bake = Math.max(bake, bakeMinutes[v]);
            if (careful < 0 || firstStage[v] < firstStage[careful]
                    || firstStage[v] == firstStage[careful] && stageCount[v] > stageCount[careful]) {
                careful = v;
            }
        }
        return StepTiming.effectiveMinutes(d, (long) stageCount[careful] * bake);
    }

    public boolean changing(int v) {
        return changing[v];
    }

    public ComponentKind kind(int v) {
        return kinds[v];
    }

    public int tier(int v) {
        return tiers[v];
    }

    public int groupCount() {
        return groupIds.length;
    }

    public String groupId(int g) {
        return groupIds[g];
    }

    /** Member indexes of group g. */
    public int[] groupMembers(int g) {
        return groupMembers[g];
    }
}
