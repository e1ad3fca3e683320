package dev.stagecraft.model;

import java.util.List;

/**
 * When changes may run (the graph file's top-level {@code governance:} section): weekly {@link ChangeWindow}s and
 * {@link Freeze}s, with the time zone they are read in when they name none ({@code null}: UTC), and who signs off
 * which steps ({@link ApprovalRule}s). A plan made with a
 * start date-time is scheduled within them (README, "Safe windows and freezes"); without one they are not used.
 */
public record Governance(String timeZone, List<ChangeWindow> windows, List<Freeze> freezes,
                         List<ApprovalRule> approvals, List<CapacityPool> capacity) {
    public static final Governance NONE = new Governance(null, List.of(), List.of(), List.of(), List.of());

    public Governance {
        windows = List.copyOf(windows);
        freezes = List.copyOf(freezes);
        approvals = List.copyOf(approvals);
        capacity = List.copyOf(capacity);
    }

    /** Without approval rules or capacity budgets. */
    public Governance(String timeZone, List<ChangeWindow> windows, List<Freeze> freezes) {
        this(timeZone, windows, freezes, List.of(), List.of());
    }

    /** Without capacity budgets. */
    public Governance(String timeZone, List<ChangeWindow> windows, List<Freeze> freezes, List<ApprovalRule> approvals) {
        this(timeZone, windows, freezes, approvals, List.of());
    }

    public Governance withApprovals(List<ApprovalRule> value) {
        return new Governance(timeZone, windows, freezes, value, capacity);
    }

    public Governance withCapacity(List<CapacityPool> value) {
        return new Governance(timeZone, windows, freezes, approvals, value);
    }

    public boolean isEmpty() {
        return timeZone == null && windows.isEmpty() && freezes.isEmpty() && approvals.isEmpty() && capacity.isEmpty();
    }

    /** The approval rules a step with these members needs, in file order. */
    public List<ApprovalRule> approvalsOf(List<Component> members) {
        return approvals.stream().filter(r -> members.stream().anyMatch(r::matches)).toList();
    }

    /** The windows that govern a component: those naming it, else those naming its team, else the graph-wide ones. */
    public List<ChangeWindow> windowsOf(Component c) {
        List<ChangeWindow> own = windows.stream().filter(w -> w.components().contains(c.id())).toList();
        if (!own.isEmpty()) {
            return own;
        }
        List<ChangeWindow> team = c.team() == null ? List.of()
                : windows.stream().filter(w -> w.components().isEmpty() && w.teams().contains(c.team())).toList();
        return !team.isEmpty() ? team
                : windows.stream().filter(w -> w.components().isEmpty() && w.teams().isEmpty()).toList();
    }

    /** The freezes that apply to a component: those naming it or its team, and those naming nobody. */
    public List<Freeze> freezesOf(Component c) {
        return freezes.stream().filter(f -> f.appliesToAll() || f.components().contains(c.id())
                || c.team() != null && f.teams().contains(c.team())).toList();
    }

    /** "business-hours: Mon–Thu 09:00–16:00 Europe/Berlin" (days in runs, the zone in force). */
    public String describe(ChangeWindow w) {
        List<java.time.DayOfWeek> days = w.sortedDays();
        StringBuilder d = new StringBuilder();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            if (d.length() > 0) {
                d.append(", ");
            }
            d.append(day(days.get(i)));
            if (j > i) {
                d.append(j == i + 1 ? ", " : "\u2013").append(day(days.get(j)));
            }
            i = j + 1;
        }
        return w.id() + ": " + d + " " + w.from() + "\u2013" + w.to() + (w.overnight() ? " (next day)" : "") + " "
                + zoneOr(w.timeZone());
    }

    /** "year-end: 2026-12-21 00:00 → 2027-01-04 09:00 Europe/Berlin, Year-end change freeze". */
    public String describe(Freeze f) {
        return f.label() + ": " + f.from().toString().replace('T', ' ') + " \u2192 " + f.to().toString().replace('T', ' ')
                + " " + zoneOr(f.timeZone()) + (f.reason() != null && f.id() != null ? ", " + f.reason() : "");
    }

    private static String day(java.time.DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }

    /** The zone id to read a window or freeze in that names none: this governance's, else UTC. */
    public String zoneOr(String own) {
        return own != null ? own : timeZone != null ? timeZone : "UTC";
    }
}
