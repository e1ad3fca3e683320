package dev.stagecraft.simulation;

import dev.stagecraft.model.SavedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What is simulated besides the plan: bad versions put in by hand, environmental faults, the on-failure
 * policy and how long a bad version that went out completely takes to be noticed.
 *
 * @param injections       bad versions by hand; when there is any, no random bad versions are drawn
 * @param faults           environmental faults
 * @param onFailure        what a detected failure rolls back
 * @param detectionMinutes minutes from a bad version appearing after its step completed to its detection
 */
public record Scenario(List<Injection> injections, List<Fault> faults, OnFailure onFailure, int detectionMinutes) {
    public static final int DEFAULT_DETECTION_MINUTES = 5;

    public Scenario {
        injections = List.copyOf(injections);
        faults = List.copyOf(faults);
        Objects.requireNonNull(onFailure, "onFailure");
        if (detectionMinutes < 0) {
            throw new IllegalArgumentException("detection minutes cannot be negative, was " + detectionMinutes);
        }
    }

    /** Random bad versions only, policy halt. */
    public static Scenario random() {
        return new Scenario(List.of(), List.of(), OnFailure.HALT, DEFAULT_DETECTION_MINUTES);
    }

    /**
     * The scenario a graph file saved ({@code scenarios:}): its bad versions and faults in order, its policy (halt
     * when unset) and detection minutes ({@value #DEFAULT_DETECTION_MINUTES} when unset). Components are checked
     * when it is run ({@link Simulator}), as for {@code --inject}.
     */
    public static Scenario of(SavedScenario saved) {
        List<Injection> injections = new ArrayList<>();
        for (SavedScenario.BadVersion b : saved.inject()) {
            injections.add(b.stage() != null ? new Injection.AtStage(b.component(), b.stage())
                    : new Injection.AtMinute(b.component(), b.minute()));
        }
        List<Fault> faults = new ArrayList<>();
        for (SavedScenario.Outage o : saved.faults()) {
            faults.add(new Fault(o.component(), o.from(), o.to()));
        }
        OnFailure policy = saved.onFailure() == null ? OnFailure.HALT : OnFailure.parse(saved.onFailure()).orElseThrow();
        return new Scenario(injections, faults, policy,
                saved.detectionMinutes() == null ? DEFAULT_DETECTION_MINUTES : saved.detectionMinutes());
    }

    public Scenario withFaults(List<Fault> value) {
        return new Scenario(injections, value, onFailure, detectionMinutes);
    }

    public Scenario withDetectionMinutes(int value) {
        return new Scenario(injections, faults, onFailure, value);
    }

    /** True when bad versions are drawn at random (no injection). */
    public boolean drawsFailures() {
        return injections.isEmpty();
    }

    public Scenario withInjections(List<Injection> value) {
        return new Scenario(value, faults, onFailure, detectionMinutes);
    }

    public Scenario withOnFailure(OnFailure value) {
        return new Scenario(injections, faults, value, detectionMinutes);
    }
}
