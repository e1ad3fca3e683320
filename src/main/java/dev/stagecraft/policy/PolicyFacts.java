package dev.stagecraft.policy;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.expr.ComponentFacts;
import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Freeze;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanClock;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The graph, its analysis and its plan as CEL values (maps with string keys; CEL ints are Java longs), built once
 * and shared by every rule. What a rule can read (also in the README, "Policy as code"):
 * <ul>
 *   <li>{@code component}: id, name, kind, team, system ("" when none), tier (in force), changing, wave,
 *       durationMinutes, stages (percents), bakeMinutes, failureProbability, gates ({metric, max}), rollback,
 *       rollbackMinutes (all in force: defaults filled in), dependsOn and dependents (direct, ids),
 *       blastRadius (how many depend on it, transitively), migration ({store, phase}, "" when none);</li>
 *   <li>{@code dependency}: from, to, kind, strength (in force);</li>
 *   <li>{@code step}: id, components, after, wave, startMinute, endMinute, minutes (T), durationMinutes (D),
 *       stages ({percent, bakeMinutes, gates}), rollback, rollbackMinutes, tier (the most critical member's),
 *       kinds, teams and phases (the members' migration phases; sorted, distinct), blastRadius ({outage, degraded}:
 *       counts), approvals ({rule, approvers,
 *       escalation, minutes});</li>
 *   <li>in every rule: {@code graph} (name, components, dependencies: counts), {@code components} and
 *       {@code steps} (maps by id), {@code plan} (name, steps: the list, waves, estimatedMinutes, maxParallel: 0
 *       when unlimited, maxParallelism, criticalPath: {minutes, steps}; with a start date-time also start, end,
 *       timeZone, waitMinutes), {@code freezes} (id, reason, from, to, all, teams, components; with a start
 *       date-time fromMinute and toMinute of the plan) and {@code windows} (id, days, from, to, timeZone, teams,
 *       components); steps of a plan with a start date-time also have start, end and waitMinutes.</li>
 * </ul>
 */
public final class PolicyFacts {
    private final Map<String, Object> graph = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> components = new LinkedHashMap<>();
    private final List<Map<String, Object>> dependencies = new ArrayList<>();
    private final List<Dependency.Key> dependencyKeys = new ArrayList<>();
    private final Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
    private final Map<String, Object> plan = new LinkedHashMap<>();
    private final List<Map<String, Object>> freezes = new ArrayList<>();
    private final List<Map<String, Object>> windows = new ArrayList<>();
    private final RolloutPlan rolloutPlan;

    public PolicyFacts(GraphAnalysis analysis, RolloutPlan plan) {
        this.rolloutPlan = plan;
        ServiceGraph g = analysis.graph();
        graph.put("name", g.metadata().name() == null ? "" : g.metadata().name());
        graph.put("components", (long) g.componentCount());
        graph.put("dependencies", (long) g.dependencyCount());
        Map<String, List<String>> dependsOn = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        for (Dependency d : g.dependencies()) {
            dependsOn.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d.to());
            dependents.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(d.from());
            // immutable maps: a tenth of a LinkedHashMap's memory, and 100,000 of them at 20,000 components
            dependencies.add(Map.of("from", d.from(), "to", d.to(), "kind", d.effectiveKind().id(),
                    "strength", d.effectiveStrength().id()));
            dependencyKeys.add(d.key());
        }
        var snapshot = analysis.snapshot();
        int[] blast = analysis.blastRadius().sizes();
        var waves = analysis.waves();
        for (Component c : g.components()) {
            int index = snapshot.indexOf(c.id());
            List<Map.Entry<String, Object>> entries = ComponentFacts.entries(c);
            entries.add(Map.entry("wave", index < 0 ? 0L : (long) waves.waveOf(index)));
            entries.add(Map.entry("dependsOn", dependsOn.getOrDefault(c.id(), List.of())));
            entries.add(Map.entry("dependents", dependents.getOrDefault(c.id(), List.of())));
            entries.add(Map.entry("blastRadius", index < 0 ? 0L : (long) blast[index]));
            @SuppressWarnings("unchecked")
            Map<String, Object> m = Map.ofEntries(entries.toArray(Map.Entry[]::new));
            components.put(c.id(), m);
        }
        List<Map<String, Object>> stepList = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            Map<String, Object> m = step(s, g);
            steps.put(s.id(), m);
            stepList.add(m);
        }
        this.plan.put("name", plan.metadata().name());
        this.plan.put("steps", stepList);
        this.plan.put("waves", (long) plan.summary().waves());
        this.plan.put("estimatedMinutes", (long) plan.summary().estimatedMinutes());
        this.plan.put("maxParallel", plan.summary().maxParallel() >= Integer.MAX_VALUE / 2 ? 0L
                : (long) plan.summary().maxParallel());
        this.plan.put("maxParallelism", (long) plan.summary().maxParallelism());
        this.plan.put("approvalWaitMinutes", (long) plan.summary().approvalWaitMinutes());
        List<Object> capacity = new ArrayList<>();
        for (var u : plan.summary().capacity()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("pool", u.pool());
            um.put("resource", u.resource());
            um.put("budget", u.budget());
            um.put("peak", u.peak());
            capacity.add(um);
        }
        this.plan.put("capacity", capacity);
        this.plan.put("overBudget", List.copyOf(plan.summary().overBudget()));
        Map<String, Object> critical = new LinkedHashMap<>();
        critical.put("minutes", (long) plan.summary().criticalPath().minutes());
        critical.put("steps", List.copyOf(plan.summary().criticalPath().path()));
        this.plan.put("criticalPath", critical);
        PlanClock clock = plan.summary().clock();
        java.time.ZonedDateTime origin = null;
        if (clock != null) {
            this.plan.put("start", clock.start());
            this.plan.put("end", clock.end());
            this.plan.put("timeZone", clock.timeZone());
            this.plan.put("waitMinutes", (long) clock.waitMinutes());
            origin = java.time.OffsetDateTime.parse(clock.start()).toZonedDateTime();
        }
        Governance governance = g.metadata().governance();
        for (Freeze f : governance.freezes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id() == null ? "" : f.id());
            m.put("reason", f.reason() == null ? "" : f.reason());
            m.put("from", f.from().toString());
            m.put("to", f.to().toString());
            m.put("all", f.appliesToAll());
            m.put("teams", List.copyOf(f.teams()));
            m.put("components", List.copyOf(f.components()));
            if (origin != null) {
                java.time.ZoneId zone = java.time.ZoneId.of(governance.zoneOr(f.timeZone()));
                m.put("fromMinute", minutesBetween(origin, f.from().atZone(zone)));
                m.put("toMinute", minutesBetween(origin, f.to().atZone(zone)));
            }
            freezes.add(m);
        }
        for (ChangeWindow w : governance.windows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", w.id());
            List<Object> days = new ArrayList<>();
            w.sortedDays().forEach(d -> days.add(d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)));
            m.put("days", days);
            m.put("from", w.from().toString());
            m.put("to", w.to().toString());
            m.put("timeZone", governance.zoneOr(w.timeZone()));
            m.put("teams", List.copyOf(w.teams()));
            m.put("components", List.copyOf(w.components()));
            windows.add(m);
        }
    }

    private static long minutesBetween(java.time.ZonedDateTime from, java.time.ZonedDateTime to) {
        return Math.floorDiv(java.time.Duration.between(from, to).getSeconds(), 60);
    }

    private static Map<String, Object> step(PlanStep s, ServiceGraph g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("components", List.copyOf(s.components()));
        m.put("after", List.copyOf(s.after()));
        m.put("wave", (long) s.wave());
        m.put("startMinute", (long) s.startMinute());
        m.put("endMinute", (long) s.endMinute());
        m.put("minutes", (long) (s.endMinute() - s.startMinute()));
        List<Object> approvals = new ArrayList<>();
        for (var a : s.approvals()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("rule", a.rule());
            am.put("approvers", List.copyOf(a.approvers()));
            am.put("escalation", a.escalation() == null ? "" : a.escalation());
            am.put("minutes", (long) a.minutes());
            approvals.add(am);
        }
        m.put("approvals", approvals);
        if (s.clock() != null) {
            m.put("start", s.clock().start());
            m.put("end", s.clock().end());
            m.put("waitMinutes", (long) s.clock().waitMinutes());
        }
        m.put("durationMinutes", (long) s.durationMinutes());
        List<Object> stages = new ArrayList<>();
        for (CanaryStage st : s.stages()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("percent", (long) st.percent());
            sm.put("bakeMinutes", (long) st.bakeMinutes());
            sm.put("gates", ComponentFacts.gates(st.gates()));
            stages.add(sm);
        }
        m.put("stages", stages);
        m.put("rollback", List.copyOf(s.rollback()));
        m.put("rollbackMinutes", (long) s.rollbackMinutes());
        long tier = Component.DEFAULT_TIER;
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<String> teams = new TreeSet<>();
        boolean first = true;
        for (String id : s.components()) {
            Component c = g.component(id).orElse(null);
            if (c == null) {
                continue;
            }
            tier = first ? c.effectiveTier() : Math.min(tier, c.effectiveTier());
            first = false;
            kinds.add(c.kind().id());
            if (c.team() != null && !c.team().isEmpty()) {
                teams.add(c.team());
            }
        }
        m.put("tier", tier);
        TreeSet<String> phases = new TreeSet<>();
        for (String id : s.components()) {
            g.component(id).flatMap(dev.stagecraft.model.Migration::of).ifPresent(mg -> phases.add(mg.phase().id()));
        }
        m.put("phases", List.copyOf(phases));
        m.put("kinds", List.copyOf(kinds));
        m.put("teams", List.copyOf(teams));
        Map<String, Object> blast = new LinkedHashMap<>();
        blast.put("outage", (long) s.blastRadius().outage());
        blast.put("degraded", (long) s.blastRadius().degraded());
        m.put("blastRadius", blast);
        return m;
    }

    public Map<String, Object> graph() {
        return graph;
    }

    public Map<String, Map<String, Object>> components() {
        return components;
    }

    public List<Map<String, Object>> dependencies() {
        return dependencies;
    }

    /** The key of {@link #dependencies()}'s element at the same index. */
    public List<Dependency.Key> dependencyKeys() {
        return dependencyKeys;
    }

    public Map<String, Map<String, Object>> steps() {
        return steps;
    }

    public Map<String, Object> plan() {
        return plan;
    }

    public List<Map<String, Object>> freezes() {
        return freezes;
    }

    public List<Map<String, Object>> windows() {
        return windows;
    }

    public RolloutPlan rolloutPlan() {
        return rolloutPlan;
    }
}
