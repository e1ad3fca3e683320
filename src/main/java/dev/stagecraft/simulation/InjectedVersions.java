package dev.stagecraft.simulation;

import dev.stagecraft.model.StepTiming;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad versions a scenario puts in by hand ({@code --inject}), placed on the plan's schedule: {@code ID@K}
 * at stage K of ID's step; {@code ID@Mm} at the stage the step is in at minute M, from stage 1 when it has not
 * started, and after completion (100%, caught {@code detectionMinutes} later) when it has completed. Arguments
 * that do not fit the plan are a {@link SimulationException} naming them. O(injections).
 */
final class InjectedVersions {
    private static final int NONE = RunResult.NONE;

    private InjectedVersions() {
    }

    static BadVersion[] of(SimulationPlan plan, Scenario scenario) {
        List<BadVersion> out = new ArrayList<>();
        for (Injection injection : scenario.injections()) {
            int v = plan.snapshot().indexOf(injection.component());
            if (v < 0) {
                throw new SimulationException("--inject " + injection.text() + ": no component '"
                        + injection.component() + "' in the graph");
            }
            int k = plan.stepOf(v);
            if (k < 0) {
                throw new SimulationException("--inject " + injection.text() + ": '" + injection.component()
                        + "' is not advanced by the plan (mark it changing: true)");
            }
            StepTiming t = plan.timing(k);
            int start = plan.start(k);
            if (injection instanceof Injection.AtStage at) {
                if (at.stage() < 1 || at.stage() > t.stageCount()) {
                    throw new SimulationException("--inject " + injection.text() + ": step '" + plan.stepId(k)
                            + "' has stages 1.." + t.stageCount());
                }
                int i = at.stage() - 1;
                out.add(new BadVersion(v, k, i, start + t.stageStart(i), t.percent(i), start + t.stageEnd(i)));
            } else if (injection instanceof Injection.AtMinute at) {
                int m = at.minute();
                if (m < 0 || m > plan.makespan()) {
                    throw new SimulationException("--inject " + injection.text() + ": minute " + m
                            + " is outside the plan, which runs from minute 0 to " + plan.makespan());
                }
                out.add(atMinute(v, k, t, start, m, scenario.detectionMinutes()));
            }
        }
        return out.toArray(new BadVersion[0]);
    }

    private static BadVersion atMinute(int v, int k, StepTiming t, int start, int m, int detection) {
        if (m < start) {
            return new BadVersion(v, k, 0, start, t.percent(0), start + t.stageEnd(0));
        }
        int offset = m - start;
        for (int i = 0; i < t.stageCount(); i++) {
            if (t.stageStart(i) <= offset && offset < t.stageEnd(i)) {
                return new BadVersion(v, k, i, m, t.percent(i), start + t.stageEnd(i));
            }
        }
        return new BadVersion(v, k, NONE, m, 100, m + detection);
    }
}
