package dev.stagecraft.io.nativeyaml;

import dev.stagecraft.model.ApprovalRule;
import dev.stagecraft.model.CapacityPool;
import dev.stagecraft.model.ChangeWindow;
import dev.stagecraft.model.Freeze;
import dev.stagecraft.model.Governance;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes the top-level {@code governance:} section (README, "Safe windows and freezes"): a default
 * {@code timeZone}, weekly {@code windows} and {@code freezes}. A window or freeze that cannot be understood (no
 * id, an unknown day, a time that is not HH:MM, a zone that is not an IANA id, a freeze that ends before it
 * starts) is an error finding at its place and is left out; unknown keys are warnings (dropped on save); a
 * component or team nobody has is a warning and kept. O(size of the section).
 */
final class GovernanceDecoder {
    static final List<String> KEYS = List.of("timeZone", "windows", "freezes", "approvals", "capacity");
    static final List<String> POOL_KEYS = List.of("pool", "budget", "surge");
    static final List<String> SURGE_SELECTORS = List.of("components", "teams", "kinds");
    static final List<String> APPROVAL_KEYS = List.of("id", "tiers", "kinds", "teams", "approvers", "escalation",
            "latencyMinutes", "when");
    static final List<String> WINDOW_KEYS = List.of("id", "days", "from", "to", "timeZone", "teams", "components");
    static final List<String> FREEZE_KEYS = List.of("id", "from", "to", "timeZone", "reason", "teams", "components");
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final FieldReader fields;
    private final ServiceGraph graph;

    GovernanceDecoder(FieldReader fields, ServiceGraph graph) {
        this.fields = fields;
        this.graph = graph;
    }

    Governance decode(YamlNode section) {
        if (section instanceof YamlNode.Scalar s && s.isNull()) {
            return Governance.NONE;
        }
        YamlNode.Mapping m = fields.asMapping(section, "governance");
        fields.dropUnknown(m, KEYS, "governance", List.of());
        String zone = zone(m, "governance");
        List<ChangeWindow> windows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        YamlNode.Sequence list = fields.list(m, "windows", "governance");
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            ChangeWindow w = window(fields.asMapping(item, "each item of governance.windows"));
            if (w != null && !ids.add(w.id())) {
                fields.error("duplicate-window", "window '" + w.id() + "' is defined twice; this one is skipped",
                        List.of(), item);
            } else if (w != null) {
                windows.add(w);
            }
        }
        List<Freeze> freezes = new ArrayList<>();
        YamlNode.Sequence frozen = fields.list(m, "freezes", "governance");
        for (YamlNode item : frozen == null ? List.<YamlNode>of() : frozen.items()) {
            Freeze f = freeze(fields.asMapping(item, "each item of governance.freezes"));
            if (f != null) {
                freezes.add(f);
            }
        }
        List<ApprovalRule> approvals = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        YamlNode.Sequence rules = fields.list(m, "approvals", "governance");
        for (YamlNode item : rules == null ? List.<YamlNode>of() : rules.items()) {
            ApprovalRule r = approval(fields.asMapping(item, "each item of governance.approvals"));
            if (r != null && !ruleIds.add(r.id())) {
                fields.error("duplicate-approval", "approval '" + r.id() + "' is defined twice; this one is skipped",
                        List.of(), item);
            } else if (r != null) {
                approvals.add(r);
            }
        }
        List<CapacityPool> pools = new ArrayList<>();
        YamlNode.Sequence capacity = fields.list(m, "capacity", "governance");
        for (YamlNode item : capacity == null ? List.<YamlNode>of() : capacity.items()) {
            CapacityPool pool = pool(fields.asMapping(item, "each item of governance.capacity"));
            if (pool != null) {
                pools.add(pool);
            }
        }
        return new Governance(zone, windows, freezes, approvals, pools);
    }

    private CapacityPool pool(YamlNode.Mapping m) {
        String name = fields.text(m, "pool", "a capacity pool");
        if (name == null) {
            fields.error("missing-id", "a capacity pool has no 'pool' name and is skipped", List.of(), m);
            return null;
        }
        String owner = "pool '" + name + "'";
        fields.dropUnknown(m, POOL_KEYS, owner, List.of());
        YamlNode.Mapping budgetNode = fields.mapping(m, "budget", owner);
        if (budgetNode == null) {
            fields.error("invalid-capacity", owner + " needs a 'budget' (resource: amount, e.g. {cpu: 64}); it is"
                    + " skipped", List.of(), m);
            return null;
        }
        java.util.Map<String, Double> budget = amounts(budgetNode, owner + ": budget", List.of());
        List<CapacityPool.Surge> surges = new ArrayList<>();
        YamlNode.Sequence list = fields.list(m, "surge", owner);
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            YamlNode.Mapping s = fields.asMapping(item, owner + ": each item of surge");
            java.util.Map<String, Double> cost = amounts(s, owner + ": surge", SURGE_SELECTORS);
            for (String resource : cost.keySet()) {
                if (!budget.containsKey(resource)) {
                    fields.report(Severity.WARNING, "unbudgeted-resource", owner + ": surge of '" + resource
                            + "', which the budget does not limit; kept, never waited for", List.of(), fields.at(item));
                }
            }
            surges.add(new CapacityPool.Surge(names(s, "components", owner, true), names(s, "teams", owner, false),
                    textList(s, "kinds", owner), cost));
        }
        return new CapacityPool(name, budget, surges);
    }

    /** The numeric entries of a mapping (resource: amount), leaving out the selector keys. */
    private java.util.Map<String, Double> amounts(YamlNode.Mapping m, String what, List<String> selectors) {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            if (selectors.contains(e.key())) {
                continue;
            }
            Double amount = fields.number(e.value(), what + ": " + e.key());
            if (amount < 0 || amount.isNaN() || amount.isInfinite()) {
                fields.error("invalid-capacity", what + ": " + e.key() + " must be a number >= 0; read as 0",
                        List.of(), e.value());
                amount = 0.0;
            }
            out.put(e.key(), amount);
        }
        return out;
    }

    private List<String> textList(YamlNode.Mapping m, String key, String owner) {
        YamlNode.Sequence list = fields.list(m, key, owner);
        List<String> out = new ArrayList<>();
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            out.add(fields.text(item, owner + ": " + key));
        }
        return out;
    }

    private ApprovalRule approval(YamlNode.Mapping m) {
        String id = fields.text(m, "id", "an approval");
        if (id == null) {
            fields.error("missing-id", "an approval has no id and is skipped; add 'id:'", List.of(), m);
            return null;
        }
        String owner = "approval '" + id + "'";
        fields.dropUnknown(m, APPROVAL_KEYS, owner, List.of());
        List<Integer> tiers = new ArrayList<>();
        YamlNode.Sequence tierList = fields.list(m, "tiers", owner);
        for (YamlNode t : tierList == null ? List.<YamlNode>of() : tierList.items()) {
            Integer tier = fields.whole(t, owner + ": a tier");
            if (tier < 0 || tier > 3) {
                fields.error("invalid-approval", owner + ": tiers are 0 to 3, not " + tier + "; it is skipped",
                        List.of(), t);
                return null;
            }
            tiers.add(tier);
        }
        List<String> kinds = new ArrayList<>();
        YamlNode.Sequence kindList = fields.list(m, "kinds", owner);
        for (YamlNode k : kindList == null ? List.<YamlNode>of() : kindList.items()) {
            String kind = fields.text(k, owner + ": a kind");
            if (java.util.Arrays.stream(dev.stagecraft.model.ComponentKind.values()).noneMatch(c -> c.id().equals(kind))) {
                fields.error("invalid-approval", owner + ": '" + kind + "' is not a kind; it is skipped", List.of(), k);
                return null;
            }
            kinds.add(kind);
        }
        List<String> teams = names(m, "teams", owner, false);
        List<String> approvers = new ArrayList<>();
        YamlNode.Sequence who = fields.list(m, "approvers", owner);
        for (YamlNode a : who == null ? List.<YamlNode>of() : who.items()) {
            approvers.add(fields.text(a, owner + ": an approver"));
        }
        if (approvers.isEmpty()) {
            fields.error("invalid-approval", owner + " names no approvers (roles or teams); it is skipped", List.of(), m);
            return null;
        }
        int median = 0;
        int p90 = 0;
        YamlNode latency = fields.value(m, "latencyMinutes");
        if (latency instanceof YamlNode.Mapping l) {
            Integer med = fields.whole(l, "median", owner + ": latencyMinutes");
            Integer high = fields.whole(l, "p90", owner + ": latencyMinutes");
            median = med == null ? 0 : med;
            p90 = high == null ? median : high;
        } else if (latency != null) {
            median = fields.whole(latency, owner + ": latencyMinutes");
            p90 = median;
        }
        if (median < 0 || p90 < median) {
            fields.error("invalid-approval", owner + ": latencyMinutes needs 0 <= median <= p90; it is skipped",
                    List.of(), latency);
            return null;
        }
        dev.stagecraft.model.ComponentCondition when = null;
        YamlNode whenNode = fields.value(m, "when");
        if (whenNode != null) {
            String expression = fields.text(whenNode, owner + ": when");
            try {
                when = dev.stagecraft.expr.CelCondition.compile(expression);
            } catch (dev.stagecraft.expr.CelCondition.InvalidExpression e) {
                fields.error("invalid-approval", owner + ": 'when' is not a condition CEL can read: " + e.getMessage()
                        + (e.line() > 0 ? " (line " + e.line() + ", column " + (e.column() + 1) + " of the expression)"
                        : "") + "; the approval is skipped", List.of(), whenNode);
                return null;
            }
        }
        return new ApprovalRule(id, tiers, kinds, teams, approvers, fields.text(m, "escalation", owner), median, p90,
                when);
    }

    private ChangeWindow window(YamlNode.Mapping m) {
        String id = fields.text(m, "id", "a window");
        if (id == null) {
            fields.error("missing-id", "a window has no id and is skipped; add 'id:'", List.of(), m);
            return null;
        }
        String owner = "window '" + id + "'";
        fields.dropUnknown(m, WINDOW_KEYS, owner, List.of());
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        YamlNode.Sequence dayList = fields.list(m, "days", owner);
        if (dayList == null || dayList.items().isEmpty()) {
            fields.error("invalid-window", owner + " needs 'days', e.g. [mon, tue, wed, thu]; it is skipped",
                    List.of(), m);
            return null;
        }
        for (YamlNode d : dayList.items()) {
            String text = fields.text(d, owner + ": a day").strip().toLowerCase(Locale.ROOT);
            int at = DAY_NAMES.indexOf(text.length() >= 3 ? text.substring(0, 3) : text);
            if (at < 0 || !DayOfWeek.of(at + 1).name().toLowerCase(Locale.ROOT).startsWith(text)) {
                fields.error("invalid-window", owner + ": '" + text + "' is not a day; use mon, tue, wed, thu, fri,"
                        + " sat or sun; the window is skipped", List.of(), d);
                return null;
            }
            days.add(DayOfWeek.of(at + 1));
        }
        LocalTime from = time(m, "from", owner);
        LocalTime to = time(m, "to", owner);
        if (from == null || to == null) {
            return null;
        }
        String zone = zone(m, owner);
        return new ChangeWindow(id, days, from, to, zone, names(m, "teams", owner, false),
                names(m, "components", owner, true));
    }

    private Freeze freeze(YamlNode.Mapping m) {
        String id = fields.text(m, "id", "a freeze");
        String owner = id == null ? "a freeze" : "freeze '" + id + "'";
        fields.dropUnknown(m, FREEZE_KEYS, owner, List.of());
        LocalDateTime from = dateTime(m, "from", owner);
        LocalDateTime to = dateTime(m, "to", owner);
        if (from == null || to == null) {
            return null;
        }
        if (!to.isAfter(from)) {
            fields.error("invalid-freeze", owner + " ends (" + to + ") before it starts (" + from + "); it is skipped",
                    List.of(), fields.value(m, "to"));
            return null;
        }
        return new Freeze(id, from, to, zone(m, owner), fields.text(m, "reason", owner),
                names(m, "teams", owner, false), names(m, "components", owner, true));
    }

    private LocalTime time(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = fields.value(m, key);
        if (v == null) {
            fields.error("invalid-window", owner + " needs '" + key + "' (a time, HH:MM); it is skipped", List.of(), m);
            return null;
        }
        String text = fields.text(v, owner + ": " + key).strip();
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            fields.error("invalid-window", owner + ": " + key + " '" + text + "' is not a time (HH:MM, e.g. \"09:00\");"
                    + " it is skipped", List.of(), v);
            return null;
        }
    }

    private LocalDateTime dateTime(YamlNode.Mapping m, String key, String owner) {
        YamlNode v = fields.value(m, key);
        if (v == null) {
            fields.error("invalid-freeze", owner + " needs '" + key + "' (a date-time, e.g. 2026-12-21T00:00); it is"
                    + " skipped", List.of(), m);
            return null;
        }
        String text = fields.text(v, owner + ": " + key).strip();
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            fields.error("invalid-freeze", owner + ": " + key + " '" + text + "' is not a local date-time"
                    + " (2026-12-21T00:00, or a date); it is skipped", List.of(), v);
            return null;
        }
    }

    private String zone(YamlNode.Mapping m, String owner) {
        YamlNode v = fields.value(m, "timeZone");
        if (v == null) {
            return null;
        }
        String text = fields.text(v, owner + ": timeZone").strip();
        try {
            ZoneId.of(text);
            return text;
        } catch (DateTimeException e) {
            fields.error("invalid-time-zone", owner + ": '" + text + "' is not a time zone (an IANA id such as"
                    + " Europe/Berlin, or UTC); UTC is used", List.of(), v);
            return null;
        }
    }

    private List<String> names(YamlNode.Mapping m, String key, String owner, boolean components) {
        YamlNode.Sequence list = fields.list(m, key, owner);
        List<String> out = new ArrayList<>();
        for (YamlNode item : list == null ? List.<YamlNode>of() : list.items()) {
            String name = fields.text(item, owner + ": " + key);
            boolean known = components ? graph.contains(name)
                    : graph.components().stream().anyMatch(c -> name.equals(c.team()));
            if (!known) {
                fields.report(Severity.WARNING, components ? "unknown-window-component" : "unknown-window-team",
                        owner + " names " + (components ? "component" : "team") + " '" + name + "', which the graph"
                        + " does not have; kept", List.of(), fields.at(item));
            }
            out.add(name);
        }
        return out;
    }
}
