package dev.stagecraft.model;

import java.util.Map;
import java.util.Objects;

/**
 * {@code from} depends on {@code to}: {@code to} must be upgraded first, and a failure of
 * {@code to} reaches {@code from} (as an outage when {@link Strength#HARD}, degraded when soft).
 * A graph holds at most one dependency per ordered pair.
 *
 * @param kind     {@code null} when not given in the file (default {@link DependencyKind#SYNC})
 * @param strength {@code null} when not given in the file (default {@link Strength#HARD})
 */
public record Dependency(String from, String to, DependencyKind kind, Strength strength, Map<String, Object> extras)
        implements GraphElement {

    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        extras = Extras.copy(extras);
    }

    public static Dependency of(String from, String to) {
        return new Dependency(from, to, null, null, Map.of());
    }

    public static Dependency of(String from, String to, DependencyKind kind, Strength strength) {
        return new Dependency(from, to, kind, strength, Map.of());
    }

    public DependencyKind effectiveKind() {
        return kind == null ? DependencyKind.SYNC : kind;
    }

    public Strength effectiveStrength() {
        return strength == null ? Strength.HARD : strength;
    }

    public boolean isHard() {
        return effectiveStrength() == Strength.HARD;
    }

    public boolean isSelfLoop() {
        return from.equals(to);
    }

    /** The ordered pair that identifies this dependency within a graph. */
    public Key key() {
        return new Key(from, to);
    }

    public Dependency withKind(DependencyKind value) {
        return new Dependency(from, to, value, strength, extras);
    }

    public Dependency withStrength(Strength value) {
        return new Dependency(from, to, kind, value, extras);
    }

    public Dependency withEnds(String newFrom, String newTo) {
        return new Dependency(newFrom, newTo, kind, strength, extras);
    }

    /** Identity of a dependency: its ordered pair of ends. */
    public record Key(String from, String to) {
        /** Mixes both ends, so keys of similar ids ({@code svc-12 -> svc-13}) do not crowd into a few hash buckets. */
        @Override
        public int hashCode() {
            return from.hashCode() * 0x9E3779B1 + Integer.rotateLeft(to.hashCode(), 16);
        }

        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }
}
