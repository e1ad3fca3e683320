package dev.stagecraft.simulation;

import java.util.Arrays;
import java.util.List;

/**
 * One simulated run: how it ended, and per step in plan order how far it got. Minutes are plan minutes from 0.
 * Immutable; the arrays are copied out. {@link RunEvents} turns it into the contract's event list and
 * {@link Replay} into the state at any minute.
 */
public final class RunResult {
    static final int NONE = -1;

    private final SimulationPlan plan;
    private final Outcome outcome;
    private final Cause cause;
    private final int haltMinute;
    private final int durationMinutes;
    private final double impact;
    private final int[] lastStage;
    private final int[] gateFailMinute;
    private final int[] holdMinute;
    private final int[] doneMinute;
    private final int[] rollbackTrigger;
    private final int[] rollbackStart;
    private final int[] rollbackEnd;
    private final List<Exposure> exposures;
    private final List<Fault> faults;
    private final int[] rolledBack;
    private final boolean unrecoverable;

    RunResult(SimulationPlan plan, Outcome outcome, Cause cause, int haltMinute, int durationMinutes, double impact,
              int[] lastStage, int[] gateFailMinute, int[] holdMinute, int[] doneMinute, int[] rollbackTrigger,
              int[] rollbackStart, int[] rollbackEnd,
              List<Exposure> exposures, List<Fault> faults, int[] rolledBack) {
        this(plan, outcome, cause, haltMinute, durationMinutes, impact, lastStage, gateFailMinute, holdMinute,
                doneMinute, rollbackTrigger, rollbackStart, rollbackEnd, exposures, faults, rolledBack, false);
    }

    RunResult(SimulationPlan plan, Outcome outcome, Cause cause, int haltMinute, int durationMinutes, double impact,
              int[] lastStage, int[] gateFailMinute, int[] holdMinute, int[] doneMinute, int[] rollbackTrigger,
              int[] rollbackStart, int[] rollbackEnd,
              List<Exposure> exposures, List<Fault> faults, int[] rolledBack, boolean unrecoverable) {
        this.unrecoverable = unrecoverable;
        this.plan = plan;
        this.outcome = outcome;
        this.cause = cause;
        this.haltMinute = haltMinute;
        this.durationMinutes = durationMinutes;
        this.impact = impact;
        this.lastStage = lastStage;
        this.gateFailMinute = gateFailMinute;
        this.holdMinute = holdMinute;
        this.doneMinute = doneMinute;
        this.rollbackTrigger = rollbackTrigger;
        this.rollbackStart = rollbackStart;
        this.rollbackEnd = rollbackEnd;
        this.exposures = List.copyOf(exposures);
        this.faults = List.copyOf(faults);
        this.rolledBack = rolledBack;
    }

    public SimulationPlan plan() {
        return plan;
    }

    /**
     * The policy would have rolled back a data-layer contract step, which cannot be undone (the old shape is gone):
     * the release is unrecoverable by rollback and needs a fix forward.
     */
    public boolean unrecoverable() {
        return unrecoverable;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Why the first gate failed; {@code null} when the run completed. */
    public Cause cause() {
        return cause;
    }

    /** The minute of the first gate failure, -1 when the run completed. */
    public int haltMinute() {
        return haltMinute;
    }

    /** When the last thing in the run happens: the plan's end, or the last rollback or held stage. */
    public int durationMinutes() {
        return durationMinutes;
    }

    /** Sum of the exposures' impact (DESIGN.md, "Impact"). */
    public double impact() {
        return impact;
    }

    public List<Exposure> exposures() {
        return exposures;
    }

    public List<Fault> faults() {
        return faults;
    }

    public boolean started(int step) {
        return lastStage[step] != NONE;
    }

    /** The last stage the step entered (0-based), -1 when it never started. */
    public int lastStage(int step) {
        return lastStage[step];
    }

    /** The minute its gate failed, -1 when none did. */
    public int gateFailMinute(int step) {
        return gateFailMinute[step];
    }

    /** The minute a held step stopped advancing (the end of its current stage), -1 when not held. */
    public int holdMinute(int step) {
        return holdMinute[step];
    }

    /** When the step stopped advancing to be rolled back (the failure that put it in the rollback set), or -1. */
    public int rollbackTrigger(int step) {
        return rollbackTrigger[step];
    }

    /** When its rollback starts: its trigger, or later when rolled-back dependents go first; -1 when none. */
    public int rollbackStart(int step) {
        return rollbackStart[step];
    }

    public int rollbackEnd(int step) {
        return rollbackEnd[step];
    }

    public boolean rolledBack(int step) {
        return rollbackStart[step] != NONE;
    }

    public StepOutcome stepOutcome(int step) {
        if (!started(step)) {
            return StepOutcome.NOT_STARTED;
        }
        if (rolledBack(step)) {
            return StepOutcome.ROLLED_BACK;
        }
        return doneMinute[step] != NONE ? StepOutcome.COMPLETED : StepOutcome.HELD;
    }

    /** The minute the step completed (every gate passed), -1 when it did not. */
    public int doneMinute(int step) {
        return doneMinute[step];
    }

    /** Ids of the steps rolled back, in the order their rollbacks start (dependents first on ties). */
    public List<String> rolledBackIds() {
        return Arrays.stream(rolledBack).mapToObj(plan::stepId).toList();
    }
}
