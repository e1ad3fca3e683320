package dev.stagecraft.model;

import java.util.List;

/**
 * Rollout settings as written in the file. Every field is optional: {@code null} means
 * "not given, use the default" (see {@link RolloutDefaults}), which keeps the file as the user wrote it.
 *
 * @param durationMinutes    time for the component's full rollout including bake time, &gt;= 0
 * @param stages             canary stages in percent of traffic, ascending, each in 1..100
 * @param bakeMinutes        wait after each stage before its gates are judged, &gt;= 0
 * @param failureProbability chance, 0..1, that this component's new version fails during rollout; finite even
 *                           when out of range (a reader keeps 1.5 with a finding, refuses infinity)
 * @param gates              health checks every stage must pass
 * @param rollback           commands or runbook steps that undo the change
 * @param rollbackMinutes    time to undo the change once a rollback starts, &gt;= 0
 */
public record Rollout(Integer durationMinutes, List<Integer> stages, Integer bakeMinutes,
                      Double failureProbability, List<Gate> gates, List<String> rollback,
                      Integer rollbackMinutes) {

    public static final Rollout NONE = new Rollout(null, null, null, null, null, null, null);

    public Rollout {
        if (failureProbability != null && !Double.isFinite(failureProbability)) {
            throw new IllegalArgumentException("failureProbability must be a finite number, not " + failureProbability);
        }
        stages = stages == null ? null : List.copyOf(stages);
        gates = gates == null ? null : List.copyOf(gates);
        rollback = rollback == null ? null : List.copyOf(rollback);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Rollout withDurationMinutes(Integer value) {
        return new Rollout(value, stages, bakeMinutes, failureProbability, gates, rollback, rollbackMinutes);
    }

    public Rollout withStages(List<Integer> value) {
        return new Rollout(durationMinutes, value, bakeMinutes, failureProbability, gates, rollback, rollbackMinutes);
    }

    public Rollout withBakeMinutes(Integer value) {
        return new Rollout(durationMinutes, stages, value, failureProbability, gates, rollback, rollbackMinutes);
    }

    public Rollout withFailureProbability(Double value) {
        return new Rollout(durationMinutes, stages, bakeMinutes, value, gates, rollback, rollbackMinutes);
    }

    public Rollout withGates(List<Gate> value) {
        return new Rollout(durationMinutes, stages, bakeMinutes, failureProbability, value, rollback, rollbackMinutes);
    }

    public Rollout withRollback(List<String> value) {
        return new Rollout(durationMinutes, stages, bakeMinutes, failureProbability, gates, value, rollbackMinutes);
    }

    public Rollout withRollbackMinutes(Integer value) {
        return new Rollout(durationMinutes, stages, bakeMinutes, failureProbability, gates, rollback, value);
    }
}
