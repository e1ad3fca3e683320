package dev.stagecraft.simulation;

/**
 * A stretch of time during which a failure hurts users: a bad version of {@code component} at
 * {@code percent} of traffic, or an environmental fault of it ({@code fault}, at 100%). From {@code fromMinute}
 * (inclusive) to {@code toMinute} (exclusive); the component and its outage set are in outage meanwhile, its
 * degraded set degraded.
 *
 * @param step   the step of the bad version, -1 for a fault
 * @param impact {@code (toMinute - fromMinute) * percent / 100 * impactWeight(component)}
 */
public record Exposure(int component, int step, int fromMinute, int toMinute, int percent, boolean fault,
                       double impact) {
}
