package dev.stagecraft.io.nativeyaml;

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
    static final List<String> KEYS = List.of("timeZone", "windows", "freezes");
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
        return new Governance(zone, windows, freezes);
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
