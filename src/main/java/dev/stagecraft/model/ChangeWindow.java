package dev.stagecraft.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly recurring time when changes may start (the graph file's {@code governance.windows}): on each of
 * {@code days}, from {@code from} to {@code to} local time in {@code timeZone}. A window whose {@code to} is not
 * after its {@code from} runs past midnight into the next day (22:00–06:00 on Friday ends Saturday 06:00).
 * It applies to the listed {@code components}, else to the components of the listed {@code teams}, else (both
 * empty) to every component; a component is governed by the windows naming it, if any, else by those naming its
 * team, else by the graph-wide ones, and by none when there are none (any time).
 *
 * @param timeZone an IANA zone id ({@code Europe/Berlin}); {@code null} for the governance's default zone
 */
public record ChangeWindow(String id, Set<DayOfWeek> days, LocalTime from, LocalTime to, String timeZone,
                           List<String> teams, List<String> components) {
    public ChangeWindow {
        Objects.requireNonNull(id, "id");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        teams = List.copyOf(teams);
        components = List.copyOf(components);
    }

    /** Runs past midnight (its {@code to} is not after its {@code from}). */
    public boolean overnight() {
        return !to.isAfter(from);
    }

    /** The days in week order (Monday first). */
    public List<DayOfWeek> sortedDays() {
        return days.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(days));
    }
}
