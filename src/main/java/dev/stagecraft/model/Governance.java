package dev.stagecraft.model;

import java.util.List;

/**
 * When changes may run (the graph file's top-level {@code governance:} section): weekly {@link ChangeWindow}s and
 * {@link Freeze}s, with the time zone they are read in when they name none ({@code null}: UTC). A plan made with a
 * start date-time is scheduled within them (README, "Safe windows and freezes"); without one they are not used.
 */
public record Governance(String timeZone, List<ChangeWindow> windows, List<Freeze> freezes) {
    public static final Governance NONE = new Governance(null, List.of(), List.of());

    public Governance {
        windows = List.copyOf(windows);
        freezes = List.copyOf(freezes);
    }

    public boolean isEmpty() {
        return timeZone == null && windows.isEmpty() && freezes.isEmpty();
    }

    /** The zone id to read a window or freeze in that names none: this governance's, else UTC. */
    public String zoneOr(String own) {
        return own != null ? own : timeZone != null ? timeZone : "UTC";
    }
}
