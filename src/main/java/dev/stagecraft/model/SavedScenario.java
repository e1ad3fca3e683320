package dev.stagecraft.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulation scenario kept in the graph file's {@code scenarios:} section: bad versions put in by hand,
 * environmental faults, the on-failure policy and the detection minutes, under a name. The model holds it as
 * written; {@code dev.stagecraft.simulation.Scenario} turns it into what the simulator runs, and components it
 * names that the graph no longer has are reported there, not here.
 *
 * @param name             unique among the graph's scenarios, [a-z0-9][a-z0-9._-]* like ids
 * @param inject           bad versions, in file order
 * @param faults           environmental faults, in file order
 * @param onFailure        {@code halt}, {@code rollback-dependents} or {@code rollback-all}; {@code null} = halt
 * @param detectionMinutes minutes to notice a bad version appearing after its step completed; {@code null} = 5
 */
public record SavedScenario(String name, List<BadVersion> inject, List<Outage> faults, String onFailure,
                            Integer detectionMinutes) {
    public static final Pattern NAME_PATTERN = Component.ID_PATTERN;
    /** The policies, as spelled in the file and on the command line. */
    public static final List<String> POLICIES = List.of("halt", "rollback-dependents", "rollback-all");
    private static final Pattern BAD_VERSION = Pattern.compile("\\s*([^@\\s]+)@(\\d{1,9})(m?)\\s*");
    private static final Pattern OUTAGE = Pattern.compile("\\s*([^@\\s]+)@(\\d{1,9})-(\\d{1,9})m?\\s*");

    public SavedScenario {
        Objects.requireNonNull(name, "name");
        inject = List.copyOf(inject);
        faults = List.copyOf(faults);
        if (onFailure != null && !POLICIES.contains(onFailure)) {
            throw new IllegalArgumentException("on-failure policy '" + onFailure + "' is not one of " + POLICIES);
        }
        if (detectionMinutes != null && detectionMinutes < 0) {
            throw new IllegalArgumentException("detection minutes cannot be negative, was " + detectionMinutes);
        }
    }

    /** An empty scenario named {@code name}: nothing injected, policy halt. */
    public static SavedScenario empty(String name) {
        return new SavedScenario(name, List.of(), List.of(), null, null);
    }

    public boolean isEmpty() {
        return inject.isEmpty() && faults.isEmpty();
    }

    /** Every component it names, in order, each once. */
    public List<String> components() {
        List<String> ids = new ArrayList<>();
        inject.forEach(b -> addOnce(ids, b.component()));
        faults.forEach(f -> addOnce(ids, f.component()));
        return List.copyOf(ids);
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    public SavedScenario withName(String value) {
        return new SavedScenario(value, inject, faults, onFailure, detectionMinutes);
    }

    public SavedScenario withInject(List<BadVersion> value) {
        return new SavedScenario(name, value, faults, onFailure, detectionMinutes);
    }

    public SavedScenario withFaults(List<Outage> value) {
        return new SavedScenario(name, inject, value, onFailure, detectionMinutes);
    }

    public SavedScenario withOnFailure(String value) {
        return new SavedScenario(name, inject, faults, value, detectionMinutes);
    }

    public SavedScenario withDetectionMinutes(Integer value) {
        return new SavedScenario(name, inject, faults, onFailure, value);
    }

    /**
     * A bad new version of {@code component}: from the start of canary stage {@code stage} (1-based) of its step,
     * or from minute {@code minute}; exactly one of the two is set.
     */
    public record BadVersion(String component, Integer stage, Integer minute) {
        public BadVersion {
            Objects.requireNonNull(component, "component");
            if ((stage == null) == (minute == null)) {
                throw new IllegalArgumentException("a bad version is at a stage or from a minute, one of the two");
            }
            if (stage != null && stage < 1 || minute != null && minute < 0) {
                throw new IllegalArgumentException("stages count from 1 and minutes from 0");
            }
        }

        public static BadVersion atStage(String component, int stage) {
            return new BadVersion(component, stage, null);
        }

        public static BadVersion atMinute(String component, int minute) {
            return new BadVersion(component, null, minute);
        }

        /** Reads {@code ID@K} or {@code ID@Mm} as {@code --inject} does; empty when it is spelled otherwise. */
        public static Optional<BadVersion> parse(String text) {
            Matcher m = BAD_VERSION.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            int n = Integer.parseInt(m.group(2));
            if (m.group(3).isEmpty() && n < 1) {
                return Optional.empty();
            }
            return Optional.of(m.group(3).isEmpty() ? atStage(m.group(1), n) : atMinute(m.group(1), n));
        }

        /** As {@code --inject} spells it: {@code ID@K} or {@code ID@Mm}. */
        public String text() {
            return component + "@" + (stage != null ? stage.toString() : minute + "m");
        }
    }

    /** {@code component} is down from minute {@code from} (inclusive) to {@code to} (exclusive), {@code to > from >= 0}. */
    public record Outage(String component, int from, int to) {
        public Outage {
            Objects.requireNonNull(component, "component");
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("a fault runs from a minute >= 0 to a later one, was " + from + "-" + to);
            }
        }

        /** Reads {@code ID@A-Bm} as {@code --fault} does; empty when it is spelled otherwise or ends before it starts. */
        public static Optional<Outage> parse(String text) {
            Matcher m = OUTAGE.matcher(text);
            if (!m.matches() || Integer.parseInt(m.group(3)) <= Integer.parseInt(m.group(2))) {
                return Optional.empty();
            }
            return Optional.of(new Outage(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }

        /** As {@code --fault} spells it: {@code ID@A-Bm}. */
        public String text() {
            return component + "@" + from + "-" + to + "m";
        }
    }
}
