package dev.stagecraft.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A time when no change may run (the graph file's {@code governance.freezes}): from {@code from} to {@code to},
 * local date-times in {@code timeZone}, with the {@code reason} people are told. It applies to the listed
 * {@code components} and the components of the listed {@code teams}; to every component when both are empty.
 *
 * @param id       optional name ({@code null} when not given)
 * @param timeZone an IANA zone id; {@code null} for the governance's default zone
 */
public record Freeze(String id, LocalDateTime from, LocalDateTime to, String timeZone, String reason,
                     List<String> teams, List<String> components) {
    public Freeze {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        teams = List.copyOf(teams);
        components = List.copyOf(components);
    }

    /** The id, or the reason, or "freeze from …": how messages name it. */
    public String label() {
        return id != null ? id : reason != null ? reason : "freeze from " + from;
    }

    public boolean appliesToAll() {
        return teams.isEmpty() && components.isEmpty();
    }
}
