package dev.stagecraft.analysis;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.RolloutDefaults.EffectiveRollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validation rules over a well-formed graph (reading already reported malformed input). Each rule has a
 * stable code and a severity, listed in docs/validation-rules.md. Findings carry subjects (component ids,
 * sorted, the first one being where the problem is best located); the caller adds file locations.
 *
 * <p>Findings come out sorted by severity (errors first), then code, then subjects. O(V + E + groups).
 */
public final class Validator {
    /** A tier-0 canary may start with at most this share of traffic, in percent. */
    public static final int TIER0_MAX_FIRST_STAGE = 5;

    /** Kinds that roll out in one step by nature (RolloutDefaults gives them [100]). */
    private static final Set<ComponentKind> SINGLE_STEP_KINDS =
            Set.of(ComponentKind.DATABASE, ComponentKind.CONFIG, ComponentKind.LIBRARY, ComponentKind.EXTERNAL);

    private Validator() {
    }

    /** The findings of a graph that has no analysis yet; prefer {@link GraphAnalysis#findings()}. */
    public static List<Finding> validate(ServiceGraph graph) {
        return GraphAnalysis.of(graph).findings();
    }

    /** The findings of one revision, reusing its strongly connected components. */
    static List<Finding> validate(GraphAnalysis analysis) {
        ServiceGraph graph = analysis.graph();
        GraphSnapshot s = analysis.snapshot();
        List<Finding> findings = new ArrayList<>();
        undeclaredCycles(s, analysis.stronglyConnected(), findings);
        new GroupConnectivity(s).check(findings);
        for (Component c : graph.components()) {
            EffectiveRollout r = RolloutDefaults.effective(c);
            tier0CanaryTooLarge(c, r, findings);
            databaseWithoutRollback(c, r, findings);
            canaryWithoutGates(c, r, findings);
            durationShorterThanBake(c, r, findings);
        }
        tier0HardDependsOnTier3(s, findings);
        isolatedComponents(s, findings);
        surgeExceedsBudget(graph, findings);
        migrations(graph, findings);
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code)
                .thenComparing(f -> String.join(",", f.subjects())));
        return List.copyOf(findings);
    }

    /**
     * {@code surge-exceeds-budget} (ERROR): a changing component whose rollout alone costs more of a pool's resource
     * than the pool's budget (governance.capacity). Why: no schedule can fit it; the plan runs its step alone and is
     * still over the budget, so the budget or the surge is wrong. (A step of several components can exceed a budget
     * together: the plan reports those as {@code overBudget}.)
     */
    /**
     * Data-layer steps: {@code migration-invalid} (ERROR) for a {@code migration:} without a store the graph has or a
     * known phase — the plan cannot order it; {@code backfill-not-idempotent} (WARNING) for a backfill marked
     * {@code idempotent: false} — a retried or resumed run would copy rows twice; {@code contract-without-expand}
     * (WARNING) for a store contracted with no expand step — nothing prepared the new shape first;
     * {@code reader-depends-on-contract} (WARNING) for a reader of the store that depends on its contract — the contract
     * must wait for it, so the plan merges them into one step.
     */
    private static void migrations(ServiceGraph graph, List<Finding> out) {
        java.util.Set<String> expanded = new java.util.HashSet<>();
        java.util.List<dev.stagecraft.model.Migration> contracts = new ArrayList<>();
        java.util.List<String> contractIds = new ArrayList<>();
        for (Component c : graph.components()) {
            Object raw = c.extras().get(dev.stagecraft.model.Migration.KEY);
            if (raw == null) {
                continue;
            }
            var m = dev.stagecraft.model.Migration.of(c);
            if (m.isEmpty() || !graph.contains(m.get().store())) {
                out.add(new Finding(Severity.ERROR, "migration-invalid", "'" + c.id() + "': a migration needs 'store'"
                        + " (a component of the graph) and 'phase' (" + String.join(", ",
                        dev.stagecraft.model.Migration.Phase.ids()) + "); the plan cannot order it", List.of(c.id()),
                        null));
                continue;
            }
            var mig = m.get();
            if (mig.phase() == dev.stagecraft.model.Migration.Phase.EXPAND) {
                expanded.add(mig.store());
            }
            if (mig.phase() == dev.stagecraft.model.Migration.Phase.CONTRACT) {
                contracts.add(mig);
                contractIds.add(c.id());
            }
            if (mig.phase() == dev.stagecraft.model.Migration.Phase.BACKFILL && !mig.idempotent()) {
                out.add(new Finding(Severity.WARNING, "backfill-not-idempotent", "backfill '" + c.id() + "' of '"
                        + mig.store() + "' is not idempotent: a retried or resumed run copies rows twice; make it"
                        + " idempotent or plan its retry by hand", List.of(c.id()), null));
            }
        }
        for (int i = 0; i < contracts.size(); i++) {
            String store = contracts.get(i).store();
            String contract = contractIds.get(i);
            for (var d : graph.dependentsOf(store)) {
                String reader = d.from();
                if (!reader.equals(contract) && reaches(graph, reader, contract)) {
                    out.add(new Finding(Severity.WARNING, "reader-depends-on-contract", "'" + reader + "' reads '"
                            + store + "' and depends on its contract '" + contract + "', which must wait for every"
                            + " reader: the plan can only advance them as one step", List.of(reader, contract), null));
                }
            }
            if (!expanded.contains(contracts.get(i).store())) {
                out.add(new Finding(Severity.WARNING, "contract-without-expand", "'" + contractIds.get(i)
                        + "' contracts '" + contracts.get(i).store() + "', which no expand step prepared; an"
                        + " expand/contract change starts with an expand", List.of(contractIds.get(i)), null));
            }
        }
    }

    /** Whether {@code from} depends on {@code to}, directly or through others. */
    private static boolean reaches(ServiceGraph graph, String from, String to) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String c = queue.poll();
            for (var d : graph.dependenciesOf(c)) {
                if (d.to().equals(to)) {
                    return true;
                }
                if (seen.add(d.to())) {
                    queue.add(d.to());
                }
            }
        }
        return false;
    }

    private static String amount(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void surgeExceedsBudget(ServiceGraph graph, List<Finding> out) {
        for (dev.stagecraft.model.CapacityPool pool : graph.metadata().governance().capacity()) {
            for (Component c : graph.components()) {
                if (!c.changing()) {
                    continue;
                }
                for (var e : pool.costOf(c).entrySet()) {
                    Double budget = pool.budget().get(e.getKey());
                    if (budget != null && e.getValue() > budget + 1e-9) {
                        out.add(new Finding(Severity.ERROR, "surge-exceeds-budget", "'" + c.id() + "' needs "
                                + amount(e.getValue())
                                + " " + e.getKey() + " in pool '" + pool.pool() + "' while both versions run, more than"
                                + " its budget of " + amount(budget) + "; no schedule fits it", List.of(c.id()), null));
                    }
                }
            }
        }
    }

    /**
     * {@code undeclared-cycle} (WARNING): components that depend on each other in a cycle (or one that
     * depends on itself) without all being in one declared change group. Why: a cycle forces its members to
     * advance together, since neither can go first; the file should say so, so the plan holds no surprise.
     */
    private static void undeclaredCycles(GraphSnapshot s, StronglyConnected scc, List<Finding> out) {
        int[][] sortedGroups = new int[s.groupCount()][];
        for (int g = 0; g < sortedGroups.length; g++) {
            sortedGroups[g] = s.groupMembers(g).clone();
            Arrays.sort(sortedGroups[g]);
        }
        for (int c = 0; c < scc.count(); c++) {
            if (!scc.isCycle(c)) {
                continue;
            }
            int[] members = scc.members(c);
            if (inOneGroup(sortedGroups, members)) {
                continue;
            }
            List<String> ids = ids(s, members);
            String what = ids.size() == 1
                    ? "'" + ids.get(0) + "' depends on itself"
                    : "components " + String.join(", ", ids) + " depend on each other in a cycle";
            out.add(new Finding(Severity.WARNING, "undeclared-cycle", what
                    + " but are not declared as one change group; they will have to advance together", ids, null));
        }
    }

    private static boolean inOneGroup(int[][] sortedGroups, int[] members) {
        for (int[] group : sortedGroups) {
            boolean all = true;
            for (int m : members) {
                all &= Arrays.binarySearch(group, m) >= 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code tier0-canary-too-large} (ERROR): a changing tier-0 component whose first canary stage (as
     * effective, defaults filled in) sends more than {@value #TIER0_MAX_FIRST_STAGE}% of traffic to the new
     * version. Why: tier 0 is what everything else needs; a bad version must meet few users first. Kinds that
     * roll out in one step by nature (database, config, library, external) are judged only when the file
     * writes their stages.
     */
    private static void tier0CanaryTooLarge(Component c, EffectiveRollout r, List<Finding> out) {
        if (!c.changing() || c.effectiveTier() != 0 || r.stages().isEmpty()) {
            return;
        }
        if (SINGLE_STEP_KINDS.contains(c.kind()) && c.rollout().stages() == null) {
            return;
        }
        int first = r.stages().get(0);
        if (first > TIER0_MAX_FIRST_STAGE) {
            out.add(new Finding(Severity.ERROR, "tier0-canary-too-large", "tier-0 component '" + c.id()
                    + "' starts its canary at " + first + "% of traffic; start at " + TIER0_MAX_FIRST_STAGE
                    + "% or less", List.of(c.id()), null));
        }
    }

    /**
     * {@code database-without-rollback} (ERROR): a changing database with no explicit rollback steps. Why:
     * a schema or data change is the hardest thing to undo under pressure; the steps must be written before
     * the rollout, not during the incident.
     */
    private static void databaseWithoutRollback(Component c, EffectiveRollout r, List<Finding> out) {
        if (c.changing() && c.kind() == ComponentKind.DATABASE && r.rollback().isEmpty()) {
            out.add(new Finding(Severity.ERROR, "database-without-rollback", "database '" + c.id()
                    + "' changes without rollback steps; add rollout.rollback", List.of(c.id()), null));
        }
    }

    /**
     * {@code duration-shorter-than-bake} (WARNING): the file gives a {@code durationMinutes} D shorter than the
     * total bake B of the component's stages (one {@code bakeMinutes} per stage, defaults in force). Why: bake
     * time is a safety requirement and D an estimate, so the rollout takes B (DESIGN.md, "Step timing"); the
     * file's estimate is wrong and every schedule built on it would be. Defaults never trigger it.
     */
    private static void durationShorterThanBake(Component c, EffectiveRollout r, List<Finding> out) {
        Integer given = c.rollout().durationMinutes();
        long bake = r.totalBakeMinutes();
        if (given != null && given < bake) {
            int n = Math.max(1, r.stages().size());
            out.add(new Finding(Severity.WARNING, "duration-shorter-than-bake", "'" + c.id() + "' has durationMinutes "
                    + given + " but its " + n + (n == 1 ? " stage bakes " : " stages bake ") + bake
                    + " minutes in total; its rollout takes " + bake + " minutes (set durationMinutes to at least "
                    + bake + ", or shorten bakeMinutes)", List.of(c.id()), null));
        }
    }

    /**
     * {@code canary-without-gates} (WARNING): a changing component whose file asks for a staged rollout
     * (several stages) or writes {@code gates: []}, and which ends up with several stages but no gate. Why:
     * without a gate nothing can halt the canary, so the stages only add time. Defaults alone never trigger
     * it (they are the documented baseline).
     */
    private static void canaryWithoutGates(Component c, EffectiveRollout r, List<Finding> out) {
        boolean written = c.rollout().stages() != null || c.rollout().gates() != null;
        if (c.changing() && written && r.stages().size() > 1 && r.gates().isEmpty()) {
            out.add(new Finding(Severity.WARNING, "canary-without-gates", "'" + c.id() + "' rolls out in "
                    + r.stages().size() + " stages but has no gate to halt it; add rollout.gates",
                    List.of(c.id()), null));
        }
    }

    /**
     * {@code tier0-hard-depends-on-tier3} (WARNING): a tier-0 component with a hard dependency on a tier-3
     * one. Why: a hard dependency turns the dependency's outage into one's own, so the tier-0 component is
     * only as available as the tier-3 one; make the dependency soft or raise its tier.
     */
    private static void tier0HardDependsOnTier3(GraphSnapshot s, List<Finding> out) {
        int[] start = s.outStart();
        int[] target = s.outTarget();
        boolean[] hard = s.outHard();
        for (int v = 0; v < s.size(); v++) {
            if (s.tier(v) != 0) {
                continue;
            }
            for (int e = start[v]; e < start[v + 1]; e++) {
                int w = target[e];
                if (hard[e] && s.tier(w) >= 3) {
                    out.add(new Finding(Severity.WARNING, "tier0-hard-depends-on-tier3", "tier-0 '" + s.id(v)
                            + "' hard-depends on tier-3 '" + s.id(w) + "'; make the dependency soft or raise '"
                            + s.id(w) + "' to a higher tier", List.of(s.id(v), s.id(w)), null));
                }
            }
        }
    }

    /**
     * {@code component-isolated} (INFO): in a graph of several components, one with no dependency to or from
     * any other. Why: usually a forgotten edge, which would make blast radius and waves look safer than they
     * are; harmless when the component really stands alone.
     */
    private static void isolatedComponents(GraphSnapshot s, List<Finding> out) {
        if (s.size() < 2) {
            return;
        }
        for (int v = 0; v < s.size(); v++) {
            if (!touchesOther(s.outStart(), s.outTarget(), v) && !touchesOther(s.inStart(), s.inSource(), v)) {
                out.add(new Finding(Severity.INFO, "component-isolated", "'" + s.id(v)
                        + "' has no dependencies and nothing depends on it", List.of(s.id(v)), null));
            }
        }
    }

    private static boolean touchesOther(int[] start, int[] ends, int v) {
        for (int e = start[v]; e < start[v + 1]; e++) {
            if (ends[e] != v) {
                return true;
            }
        }
        return false;
    }

    static List<String> ids(GraphSnapshot s, int[] members) {
        List<String> ids = new ArrayList<>(members.length);
        for (int m : members) {
            ids.add(s.id(m));
        }
        ids.sort(null);
        return ids.stream().distinct().toList();
    }
}
