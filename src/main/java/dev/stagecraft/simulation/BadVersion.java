package dev.stagecraft.simulation;

/**
 * One bad new version in a run: component {@code component} of step {@code step}.
 *
 * @param stage           0-based stage whose gate catches it; -1 when it appears after the step completed
 * @param fromMinute      when its exposure starts (the stage's start, or the injected minute)
 * @param percent         exposure while it is out, in percent of traffic
 * @param detectionMinute when a gate (or, after completion, monitoring) catches it, if the step gets there
 */
record BadVersion(int component, int step, int stage, int fromMinute, int percent, int detectionMinute) {
    boolean afterCompletion() {
        return stage < 0;
    }
}
