package dev.stagecraft.io.json;

import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON graph written by {@link JsonGraphWriter}, and JGraphT-style JSON in general: {@code nodes}
 * with an {@code id} (a number or text; one that is not a valid component id gets a valid one, reported),
 * {@code edges} with {@code source} and {@code target} (source depends on target). Node keys other than the
 * known ones are kept as extras and reported. Wrong types and dangling edges are errors with line and column.
 */
public final class JsonGraphReader implements GraphReader {
    private static final Set<String> NODE_KEYS = Set.of("id", "label", "name", "kind", "team", "system", "tier", "changing",
            "rollout", "position", "extras");
    private static final Set<String> EDGE_KEYS = Set.of("id", "source", "target", "kind", "strength", "extras");
    /**
     * The fields of each record in the native file: an extra by one of these names cannot be kept (the saved file
     * would have the key twice), so it is skipped and reported.
     */
    private static final Set<String> METADATA_FIELDS = Set.of("name", "description");
    private static final Set<String> COMPONENT_FIELDS = Set.of("id", "name", "kind", "team", "system", "tier", "changing",
            "rollout", "position");
    private static final Set<String> DEPENDENCY_FIELDS = Set.of("from", "to", "kind", "strength");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "members");

    @Override
    public ImportResult read(String text, String file) {
        DocNode.Mapping root = new DocumentReader(file).json(text).asMapping("a JSON graph");
        ImportReport.Builder report = new ImportReport.Builder("json", file);
        ServiceGraph graph = new ServiceGraph();
        graph.setMetadata(new GraphMetadata(root.text("name").orElse(null), root.text("description").orElse(null),
                extras(root, METADATA_FIELDS, report)));
        DocNode.Sequence nodes = root.get("nodes").orElseThrow(() -> root.error("a JSON graph needs a 'nodes' list"))
                .asSequence("'nodes'");
        IdAllocator ids = new IdAllocator();
        Map<String, String> idOf = new HashMap<>(nodes.items().size() * 2);
        Map<String, Integer> extraKeys = new LinkedHashMap<>();
        for (DocNode item : nodes.items()) {
            DocNode.Mapping n = item.asMapping("a node");
            String raw = n.text("id").orElseThrow(() -> n.error("a node needs an 'id'"));
            if (Component.ID_PATTERN.matcher(raw).matches() && !ids.claim(raw, n.location().line(), n.location().column())) {
                throw n.error("the node id '" + raw + "' appears twice");
            }
        }
        for (DocNode item : nodes.items()) {
            DocNode.Mapping n = item.asMapping("a node");
            String raw = n.text("id").orElseThrow(() -> n.error("a node needs an 'id'"));
            if (idOf.containsKey(raw)) {
                throw n.error("the node id '" + raw + "' appears twice");
            }
            String label = n.text("label").or(() -> n.text("name")).orElse(null);
            String id = raw;
            if (!Component.ID_PATTERN.matcher(raw).matches()) {
                String what = "node '" + raw + "'" + (label == null ? "" : " (label '" + label + "')");
                id = ids.fresh(label != null ? label : raw, what, n.location().line(), n.location().column(), report);
                if (id.equals(IdAllocator.sanitize(label != null ? label : raw))) {
                    report.info("renamed-id", "node '" + raw + "' has the id '" + id + "'", n.location().line(),
                            n.location().column(), List.of(id));
                }
            }
            idOf.put(raw, id);
            graph.addComponent(component(id, label, n, extraKeys, report));
        }
        extraKeys.forEach((k, count) -> report.info("skipped", "node key '" + k + "' is not a Stagecraft field;"
                + " kept as an extra on " + count + " node(s)", 0, 0, List.of()));
        root.get("edges").ifPresent(edges -> {
            for (DocNode item : edges.asSequence("'edges'").items()) {
                addEdge(graph, item.asMapping("an edge"), idOf, report);
            }
        });
        root.get("groups").ifPresent(groups -> {
            for (DocNode item : groups.asSequence("'groups'").items()) {
                DocNode.Mapping g = item.asMapping("a group");
                String gid = g.text("id").orElseThrow(() -> g.error("a group needs an 'id'"));
                if (graph.group(gid).isPresent()) {
                    throw g.get("id").get().error("the group id '" + gid + "' appears twice; give each group its own id");
                }
                List<String> members = new ArrayList<>();
                for (DocNode m : g.get("members").orElseThrow(() -> g.error("a group needs 'members'"))
                        .asSequence("'members'").items()) {
                    members.add(resolve(m, idOf));
                }
                graph.addGroup(new ChangeGroup(gid, members, extras(g, GROUP_FIELDS, report)));
            }
        });
        root.get("scenarios").ifPresent(list -> graph.setMetadata(graph.metadata().withScenarios(
                scenarios(list.asSequence("'scenarios'"), idOf))));
        root.get("governance").ifPresent(g -> graph.setMetadata(graph.metadata().withGovernance(
                governance(g.asMapping("'governance'"), idOf))));
        return new ImportResult(graph, report.build());
    }

    /**
     * The {@code governance} object as {@link JsonGraphWriter} writes it (the native section's keys); a wrong day,
     * time, date-time or zone refuses the file at its place, as elsewhere in a JSON graph.
     */
    private static dev.stagecraft.model.Governance governance(DocNode.Mapping m, Map<String, String> idOf) {
        String zone = zone(m);
        List<dev.stagecraft.model.ChangeWindow> windows = new ArrayList<>();
        Set<String> windowIds = new java.util.HashSet<>();
        for (DocNode item : m.get("windows").map(w -> w.asSequence("'windows'").items()).orElse(List.of())) {
            DocNode.Mapping w = item.asMapping("a window");
            String id = w.text("id").orElseThrow(() -> w.error("a window needs an 'id'"));
            if (!windowIds.add(id)) {
                throw w.error("window '" + id + "' appears twice; give each window its own id");
            }
            java.util.EnumSet<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
            for (DocNode d : w.get("days").orElseThrow(() -> w.error("window '" + id + "' needs 'days'"))
                    .asSequence("'days'").items()) {
                String text = d.asText("a day");
                java.time.DayOfWeek day = null;
                for (java.time.DayOfWeek candidate : java.time.DayOfWeek.values()) {
                    if (text != null && text.length() >= 3
                            && candidate.name().toLowerCase(java.util.Locale.ROOT).startsWith(text.toLowerCase(java.util.Locale.ROOT))) {
                        day = candidate;
                    }
                }
                if (day == null) {
                    throw d.error("'" + text + "' is not a day; use mon, tue, wed, thu, fri, sat or sun");
                }
                days.add(day);
            }
            if (days.isEmpty()) {
                throw w.error("window '" + id + "' needs 'days', e.g. [\"mon\", \"tue\"]");
            }
            windows.add(new dev.stagecraft.model.ChangeWindow(id, days, time(w, "from"), time(w, "to"), zone(w),
                    names(w, "teams", null), names(w, "components", idOf)));
        }
        List<dev.stagecraft.model.Freeze> freezes = new ArrayList<>();
        for (DocNode item : m.get("freezes").map(f -> f.asSequence("'freezes'").items()).orElse(List.of())) {
            DocNode.Mapping f = item.asMapping("a freeze");
            java.time.LocalDateTime from = dateTime(f, "from");
            java.time.LocalDateTime to = dateTime(f, "to");
            if (!to.isAfter(from)) {
                throw f.get("to").get().error("a freeze ends (" + to + ") before it starts (" + from + ")");
            }
            freezes.add(new dev.stagecraft.model.Freeze(f.text("id").orElse(null), from, to, zone(f),
                    f.text("reason").orElse(null), names(f, "teams", null), names(f, "components", idOf)));
        }
        List<dev.stagecraft.model.ApprovalRule> approvals = new ArrayList<>();
        Set<String> approvalIds = new java.util.HashSet<>();
        for (DocNode item : m.get("approvals").map(a -> a.asSequence("'approvals'").items()).orElse(List.of())) {
            DocNode.Mapping a = item.asMapping("an approval");
            String id = a.text("id").orElseThrow(() -> a.error("an approval needs an 'id'"));
            if (!approvalIds.add(id)) {
                throw a.error("approval '" + id + "' appears twice; give each approval its own id");
            }
            List<String> kinds = names(a, "kinds", null);
            for (String kind : kinds) {
                if (java.util.Arrays.stream(ComponentKind.values()).noneMatch(k -> k.id().equals(kind))) {
                    throw a.error("approval '" + id + "': '" + kind + "' is not a kind");
                }
            }
            if (names(a, "approvers", null).isEmpty()) {
                throw a.error("approval '" + id + "' names no approvers (roles or teams)");
            }
            List<Integer> tiers = new ArrayList<>();
            for (DocNode t : a.get("tiers").map(x -> x.asSequence("'tiers'").items()).orElse(List.of())) {
                tiers.add(integer(t, "a tier", 0, 3));
            }
            DocNode.Mapping latency = a.get("latencyMinutes").map(x -> x.asMapping("'latencyMinutes'")).orElse(null);
            int median = latency == null ? 0 : latency.get("median").map(x -> integer(x, "median", 0, Integer.MAX_VALUE))
                    .orElse(0);
            int p90 = latency == null ? median : latency.get("p90").map(x -> integer(x, "p90", 0, Integer.MAX_VALUE))
                    .orElse(median);
            if (p90 < median) {
                throw a.error("approval '" + id + "': latencyMinutes needs median <= p90");
            }
            dev.stagecraft.model.ComponentCondition when = null;
            if (a.text("when").isPresent()) {
                try {
                    when = dev.stagecraft.expr.CelCondition.compile(a.text("when").get());
                } catch (dev.stagecraft.expr.CelCondition.InvalidExpression e) {
                    throw a.error("approval '" + id + "': 'when' is not a condition CEL can read: " + e.getMessage());
                }
            }
            approvals.add(new dev.stagecraft.model.ApprovalRule(id, tiers, kinds,
                    names(a, "teams", null), names(a, "approvers", null), a.text("escalation").orElse(null), median, p90,
                    when));
        }
        List<dev.stagecraft.model.CapacityPool> pools = new ArrayList<>();
        for (DocNode item : m.get("capacity").map(c -> c.asSequence("'capacity'").items()).orElse(List.of())) {
            DocNode.Mapping p = item.asMapping("a capacity pool");
            String name = p.text("pool").orElseThrow(() -> p.error("a capacity pool needs a 'pool' name"));
            Map<String, Double> budget = amounts(p.get("budget").orElseThrow(() -> p.error("pool '" + name
                    + "' needs a 'budget'")).asMapping("'budget'"), Set.of());
            List<dev.stagecraft.model.CapacityPool.Surge> surges = new ArrayList<>();
            for (DocNode s : p.get("surge").map(x -> x.asSequence("'surge'").items()).orElse(List.of())) {
                DocNode.Mapping sm = s.asMapping("a surge");
                surges.add(new dev.stagecraft.model.CapacityPool.Surge(names(sm, "components", idOf),
                        names(sm, "teams", null), names(sm, "kinds", null),
                        amounts(sm, Set.of("components", "teams", "kinds"))));
            }
            pools.add(new dev.stagecraft.model.CapacityPool(name, budget, surges));
        }
        return new dev.stagecraft.model.Governance(zone, windows, freezes, approvals, pools);
    }

    /** resource: amount entries (numbers >= 0), the selector keys left out. */
    private static Map<String, Double> amounts(DocNode.Mapping m, Set<String> selectors) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.values().forEach((k, v) -> {
            if (!selectors.contains(k)) {
                if (!(v instanceof DocNode.Scalar sc && sc.value() instanceof Number n) || n.doubleValue() < 0
                        || !Double.isFinite(n.doubleValue())) {
                    throw v.error("'" + k + "' must be a number >= 0");
                }
                out.put(k, n.doubleValue());
            }
        });
        return out;
    }

    private static String zone(DocNode.Mapping m) {
        String zone = m.text("timeZone").orElse(null);
        if (zone != null) {
            try {
                java.time.ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                throw m.get("timeZone").get().error("'" + zone + "' is not a time zone (an IANA id such as Europe/Berlin)");
            }
        }
        return zone;
    }

    private static java.time.LocalTime time(DocNode.Mapping m, String key) {
        String text = m.text(key).orElseThrow(() -> m.error("a window needs '" + key + "' (HH:MM)"));
        try {
            return java.time.LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw m.get(key).get().error("'" + text + "' is not a time (HH:MM)");
        }
    }

    private static java.time.LocalDateTime dateTime(DocNode.Mapping m, String key) {
        String text = m.text(key).orElseThrow(() -> m.error("a freeze needs '" + key + "' (a date-time)"));
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay() : java.time.LocalDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw m.get(key).get().error("'" + text + "' is not a local date-time (2026-12-21T00:00)");
        }
    }

    /** Team names as written; component ids through the nodes' ids ({@code idOf}) when the graph has them. */
    private static List<String> names(DocNode.Mapping m, String key, Map<String, String> idOf) {
        List<String> out = new ArrayList<>();
        for (DocNode n : m.get(key).map(x -> x.asSequence("'" + key + "'").items()).orElse(List.of())) {
            String name = n.asText("a name");
            out.add(idOf == null ? name : idOf.getOrDefault(name, name));
        }
        return out;
    }

    /**
     * The {@code scenarios} list as {@link JsonGraphWriter} writes it, with the native section's keys. A component
     * named by its node id is mapped to the id it got; one the file does not have is kept, and the simulation reports
     * it when the scenario is run, as for the native file.
     */
    private static List<SavedScenario> scenarios(DocNode.Sequence list, Map<String, String> idOf) {
        List<SavedScenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DocNode item : list.items()) {
            DocNode.Mapping m = item.asMapping("a scenario");
            String name = m.text("name").orElseThrow(() -> m.error("a scenario needs a 'name'"));
            if (!SavedScenario.NAME_PATTERN.matcher(name).matches()) {
                throw m.get("name").get().error("scenario name '" + name + "' must match [a-z0-9][a-z0-9._-]*");
            }
            if (!names.add(name)) {
                throw m.get("name").get().error("scenario '" + name + "' appears twice; give each scenario its own name");
            }
            List<SavedScenario.BadVersion> inject = new ArrayList<>();
            m.get("inject").ifPresent(s -> s.asSequence("'inject'").items().forEach(i -> {
                DocNode.Mapping b = i.asMapping("a bad version");
                String c = scenarioComponent(b, idOf);
                Integer stage = b.get("stage").map(v -> integer(v, "stage", 1, Integer.MAX_VALUE)).orElse(null);
                Integer minute = b.get("minute").map(v -> integer(v, "minute", 0, Integer.MAX_VALUE)).orElse(null);
                if ((stage == null) == (minute == null)) {
                    throw b.error("a bad version of '" + c + "' needs either a 'stage' or a 'minute', not "
                            + (stage == null ? "neither" : "both"));
                }
                inject.add(new SavedScenario.BadVersion(c, stage, minute));
            }));
            List<SavedScenario.Outage> faults = new ArrayList<>();
            m.get("faults").ifPresent(s -> s.asSequence("'faults'").items().forEach(i -> {
                DocNode.Mapping f = i.asMapping("a fault");
                String c = scenarioComponent(f, idOf);
                int from = integer(f.get("from").orElseThrow(() -> f.error("a fault needs 'from'")), "from", 0,
                        Integer.MAX_VALUE);
                int to = integer(f.get("to").orElseThrow(() -> f.error("a fault needs 'to'")), "to", 0, Integer.MAX_VALUE);
                if (to <= from) {
                    throw f.error("the fault on '" + c + "' ends at minute " + to + ", not after it starts (" + from + ")");
                }
                faults.add(new SavedScenario.Outage(c, from, to));
            }));
            String policy = m.text("onFailure").orElse(null);
            if (policy != null && !SavedScenario.POLICIES.contains(policy)) {
                throw m.get("onFailure").get().error("on-failure policy '" + policy + "' is not one of "
                        + String.join(", ", SavedScenario.POLICIES));
            }
            Integer detection = m.get("detectionMinutes").map(v -> integer(v, "detectionMinutes", 0, Integer.MAX_VALUE))
                    .orElse(null);
            out.add(new SavedScenario(name, inject, faults, policy, detection));
        }
        return out;
    }

    private static String scenarioComponent(DocNode.Mapping m, Map<String, String> idOf) {
        String raw = m.text("component").orElseThrow(() -> m.error("it needs a 'component'"));
        return idOf.getOrDefault(raw, raw);
    }

    private static Component component(String id, String label, DocNode.Mapping n, Map<String, Integer> extraKeys,
                                       ImportReport.Builder report) {
        ComponentKind kind = n.text("kind").map(k -> ComponentKind.parse(k).orElseThrow(() -> n.get("kind").get()
                .error("kind '" + k + "' is not one of " + ComponentKind.choices()))).orElse(ComponentKind.SERVICE);
        Integer tier = n.get("tier").map(t -> integer(t, "tier", 0, 3)).orElse(null);
        boolean changing = n.get("changing").map(c -> bool(c, "changing")).orElse(false);
        Rollout rollout = n.get("rollout").map(r -> rollout(r.asMapping("'rollout'"))).orElse(Rollout.NONE);
        Position position = n.get("position").map(p -> {
            DocNode.Mapping m = p.asMapping("'position'");
            return new Position(number(m.get("x").orElseThrow(() -> m.error("a position needs x")), "x"),
                    number(m.get("y").orElseThrow(() -> m.error("a position needs y")), "y"));
        }).orElse(null);
        Map<String, Object> extras = new LinkedHashMap<>(extras(n, COMPONENT_FIELDS, report));
        n.values().forEach((k, v) -> {
            if (!NODE_KEYS.contains(k)) {
                extras.put(k, v.toPlain());
                extraKeys.merge(k, 1, Integer::sum);
            }
        });
        return new Component(id, label == null || label.equals(id) ? null : label, kind, n.text("team").orElse(null),
                n.text("system").orElse(null), tier, changing, rollout, position, extras);
    }

    private static Rollout rollout(DocNode.Mapping r) {
        List<Integer> stages = r.get("stages").map(s -> {
            List<Integer> out = new ArrayList<>();
            s.asSequence("'stages'").items().forEach(i -> out.add(integer(i, "a stage", 1, 100)));
            return out;
        }).orElse(null);
        List<Gate> gates = r.get("gates").map(s -> {
            List<Gate> out = new ArrayList<>();
            for (DocNode i : s.asSequence("'gates'").items()) {
                DocNode.Mapping g = i.asMapping("a gate");
                out.add(new Gate(g.text("metric").orElseThrow(() -> g.error("a gate needs a metric")),
                        number(g.get("max").orElseThrow(() -> g.error("a gate needs a max")), "max")));
            }
            return out;
        }).orElse(null);
        List<String> rollback = r.get("rollback").map(s -> {
            List<String> out = new ArrayList<>();
            s.asSequence("'rollback'").items().forEach(i -> out.add(i.asText("a rollback step")));
            return out;
        }).orElse(null);
        return new Rollout(r.get("durationMinutes").map(d -> integer(d, "durationMinutes", 0, Integer.MAX_VALUE)).orElse(null),
                stages, r.get("bakeMinutes").map(d -> integer(d, "bakeMinutes", 0, Integer.MAX_VALUE)).orElse(null),
                r.get("failureProbability").map(p -> number(p, "failureProbability")).orElse(null), gates, rollback,
                r.get("rollbackMinutes").map(d -> integer(d, "rollbackMinutes", 0, Integer.MAX_VALUE)).orElse(null));
    }

    private static void addEdge(ServiceGraph graph, DocNode.Mapping e, Map<String, String> idOf, ImportReport.Builder report) {
        String from = resolve(e.get("source").orElseThrow(() -> e.error("an edge needs a 'source'")), idOf);
        String to = resolve(e.get("target").orElseThrow(() -> e.error("an edge needs a 'target'")), idOf);
        if (graph.dependency(from, to).isPresent()) {
            report.warning("duplicate", "a second edge " + from + " -> " + to + " was merged into the first",
                    e.location().line(), e.location().column(), List.of(from, to));
            return;
        }
        DependencyKind kind = e.text("kind").map(k -> DependencyKind.parse(k).orElseThrow(() -> e.get("kind").get()
                .error("dependency kind '" + k + "' is not one of " + DependencyKind.choices()))).orElse(null);
        Strength strength = e.text("strength").map(s -> Strength.parse(s).orElseThrow(() -> e.get("strength").get()
                .error("strength '" + s + "' is not hard or soft"))).orElse(null);
        Map<String, Object> extras = new LinkedHashMap<>(extras(e, DEPENDENCY_FIELDS, report));
        e.values().forEach((k, v) -> {
            if (!EDGE_KEYS.contains(k)) {
                keep(extras, k, v, e, DEPENDENCY_FIELDS, report);
            }
        });
        graph.addDependency(new Dependency(from, to, kind, strength, extras));
    }

    private static String resolve(DocNode ref, Map<String, String> idOf) {
        String raw = ref.asText("a node reference");
        String id = idOf.get(raw);
        if (id == null) {
            throw ref.error("'" + raw + "' is not the id of a node in this file");
        }
        return id;
    }

    /** The record's {@code extras} mapping, without keys named like one of its native {@code fields}. */
    private static Map<String, Object> extras(DocNode.Mapping m, Set<String> fields, ImportReport.Builder report) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.get("extras").ifPresent(x -> {
            DocNode.Mapping extras = x.asMapping("'extras'");
            extras.values().forEach((k, v) -> keep(out, k, v, extras, fields, report));
        });
        return out;
    }

    private static void keep(Map<String, Object> extras, String key, DocNode value, DocNode.Mapping owner,
                             Set<String> fields, ImportReport.Builder report) {
        if (fields.contains(key)) {
            SourceLocation at = owner.keyLocation(key);
            report.warning("skipped", "the extra '" + key + "' has the name of a Stagecraft field and was left out",
                    at == null ? 0 : at.line(), at == null ? 0 : at.column(), List.of());
        } else {
            extras.put(key, value.toPlain());
        }
    }

    private static int integer(DocNode n, String what, int min, int max) {
        if (n instanceof DocNode.Scalar s && s.value() instanceof Long v && v >= min && v <= max) {
            return v.intValue();
        }
        throw n.error(what + " must be a whole number in " + min + ".." + (max == Integer.MAX_VALUE ? "" : max)
                + ", found " + n.describe());
    }

    private static double number(DocNode n, String what) {
        if (n instanceof DocNode.Scalar s && s.value() instanceof Number v) {
            if (!Double.isFinite(v.doubleValue())) {
                throw n.error(what + " is " + s.text() + ", not a finite number");
            }
            return v.doubleValue();
        }
        throw n.error(what + " must be a number, found " + n.describe());
    }

    private static boolean bool(DocNode n, String what) {
        if (n instanceof DocNode.Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        throw n.error(what + " must be true or false, found " + n.describe());
    }
}
