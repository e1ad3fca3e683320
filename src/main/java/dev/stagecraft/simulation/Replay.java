package dev.stagecraft.simulation;

import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.model.StepTiming;

/**
 * The state of every component at any minute of a run, for a replay on the map: its step's phase and traffic
 * share, and whether a bad version or a fault puts it in outage or degraded. Each query is O(components +
 * blast radii of the exposures active then); nothing is precomputed per minute.
 */
public final class Replay {
    private final RunResult run;
    private final SimulationPlan plan;

    public Replay(RunResult run) {
        this.run = run;
        this.plan = run.plan();
    }

    /** Every component's state at minute {@code minute}, indexed like the plan's snapshot. */
    public ComponentState[] stateAt(int minute) {
        int n = plan.snapshot().size();
        Phase[] phase = new Phase[n];
        int[] percent = new int[n];
        for (int v = 0; v < n; v++) {
            int k = plan.stepOf(v);
            phase[v] = k < 0 ? Phase.UNCHANGED : stepPhase(k, minute);
            percent[v] = k < 0 ? 0 : stepPercent(k, minute, phase[v]);
        }
        int[] outage = new int[n];
        int[] degraded = new int[n];
        for (Exposure e : run.exposures()) {
            if (e.fromMinute() > minute || minute >= e.toMinute()) {
                continue;
            }
            FastBlastRadius.Split split = plan.blastRadius(e.component());
            outage[e.component()] = Math.max(outage[e.component()], e.percent());
            for (int v : split.outage()) {
                outage[v] = Math.max(outage[v], e.percent());
            }
            for (int v : split.degraded()) {
                degraded[v] = Math.max(degraded[v], e.percent());
            }
        }
        ComponentState[] states = new ComponentState[n];
        for (int v = 0; v < n; v++) {
            states[v] = new ComponentState(phase[v], percent[v], outage[v], outage[v] > 0 ? 0 : degraded[v]);
        }
        return states;
    }

    /** The phase of step k at the minute. */
    public Phase stepPhase(int k, int minute) {
        if (!run.started(k) || minute < plan.start(k)) {
            return Phase.PENDING;
        }
        if (run.rolledBack(k)) {
            if (minute >= run.rollbackEnd(k)) {
                return Phase.ROLLED_BACK;
            }
            if (minute >= run.rollbackStart(k)) {
                return Phase.ROLLING_BACK;
            }
            if (run.gateFailMinute(k) >= 0 && minute >= run.gateFailMinute(k)) {
                return Phase.FAILED;
            }
            if (minute >= run.rollbackTrigger(k)) {
                return Phase.HELD;
            }
        }
        if (run.doneMinute(k) >= 0 && minute >= run.doneMinute(k)) {
            return Phase.DONE;
        }
        if (run.holdMinute(k) >= 0 && minute >= run.holdMinute(k)) {
            return Phase.HELD;
        }
        return Phase.CANARY;
    }

    private int stepPercent(int k, int minute, Phase phase) {
        StepTiming t = plan.timing(k);
        return switch (phase) {
            case UNCHANGED, PENDING, ROLLED_BACK -> 0;
            case DONE -> 100;
            case HELD, FAILED, ROLLING_BACK -> t.percent(run.lastStage(k));
            case CANARY -> t.percent(stageAt(t, minute - plan.start(k), run.lastStage(k)));
        };
    }

    private static int stageAt(StepTiming t, int offset, int last) {
        for (int i = 0; i <= last; i++) {
            if (offset < t.stageEnd(i)) {
                return i;
            }
        }
        return last;
    }
}
