package dev.stagecraft.model;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One deployable or depended-upon thing: a service, database, queue, cache, ...
 * Immutable; an edit replaces the whole record in the {@link ServiceGraph}.
 *
 * @param id       unique, {@code [a-z0-9][a-z0-9._-]*}
 * @param name     display name, {@code null} when not given (then the id is shown)
 * @param team     owning team, {@code null} when not given
 * @param system   the system it belongs to (a Backstage System, a yEd group, a compose project, a Kubernetes
 *                 namespace): drawn as a hull around its members, never changing the plan; {@code null} for none
 * @param tier     0 (most critical) .. 3, {@code null} when not given (default {@value #DEFAULT_TIER})
 * @param changing part of this release
 * @param rollout  rollout settings as written; never null ({@link Rollout#NONE} when absent)
 * @param position editor layout, {@code null} when not placed yet
 * @param extras   unknown keys kept from the file
 */
public record Component(String id, String name, ComponentKind kind, String team, String system, Integer tier,
                        boolean changing, Rollout rollout, Position position, Map<String, Object> extras) implements GraphElement {

    public static final int DEFAULT_TIER = 2;
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        rollout = rollout == null ? Rollout.NONE : rollout;
        extras = Extras.copy(extras);
        system = system == null || system.isBlank() ? null : system;
    }

    /** A component in no system. */
    public Component(String id, String name, ComponentKind kind, String team, Integer tier, boolean changing,
                     Rollout rollout, Position position, Map<String, Object> extras) {
        this(id, name, kind, team, null, tier, changing, rollout, position, extras);
    }

    /** A component with only an id and a kind, everything else default. */
    public static Component of(String id, ComponentKind kind) {
        return new Component(id, null, kind, null, null, false, Rollout.NONE, null, Map.of());
    }

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    public int effectiveTier() {
        return tier == null ? DEFAULT_TIER : tier;
    }

    public Component withId(String value) {
        return new Component(value, name, kind, team, system, tier, changing, rollout, position, extras);
    }

    public Component withName(String value) {
        return new Component(id, value, kind, team, system, tier, changing, rollout, position, extras);
    }

    public Component withKind(ComponentKind value) {
        return new Component(id, name, value, team, system, tier, changing, rollout, position, extras);
    }

    public Component withTeam(String value) {
        return new Component(id, name, kind, value, system, tier, changing, rollout, position, extras);
    }

    public Component withSystem(String value) {
        return new Component(id, name, kind, team, value, tier, changing, rollout, position, extras);
    }

    public Component withTier(Integer value) {
        return new Component(id, name, kind, team, system, value, changing, rollout, position, extras);
    }

    public Component withChanging(boolean value) {
        return new Component(id, name, kind, team, system, tier, value, rollout, position, extras);
    }

    public Component withRollout(Rollout value) {
        return new Component(id, name, kind, team, system, tier, changing, value, position, extras);
    }

    public Component withPosition(Position value) {
        return new Component(id, name, kind, team, system, tier, changing, rollout, value, extras);
    }
}
