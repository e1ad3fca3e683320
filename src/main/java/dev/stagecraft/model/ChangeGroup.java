package dev.stagecraft.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Components that must advance together in one step of the rollout. */
public record ChangeGroup(String id, List<String> members, Map<String, Object> extras) implements GraphElement {
    public ChangeGroup {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        extras = Extras.copy(extras);
    }

    public static ChangeGroup of(String id, List<String> members) {
        return new ChangeGroup(id, members, Map.of());
    }

    public ChangeGroup withMembers(List<String> value) {
        return new ChangeGroup(id, value, extras);
    }

    public ChangeGroup withId(String value) {
        return new ChangeGroup(value, members, extras);
    }
}
