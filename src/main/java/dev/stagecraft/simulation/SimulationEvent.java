package dev.stagecraft.simulation;

import java.util.List;

/**
 * One entry of a run's event log.
 *
 * @param minute     plan minute
 * @param step       the step's id
 * @param components the step's components, sorted
 * @param percent    traffic on the new version after the event (stage, gate and done events), else -1
 */
public record SimulationEvent(int minute, EventType type, String step, List<String> components, int percent) {
    public SimulationEvent {
        components = List.copyOf(components);
    }
}
