package dev.stagecraft.plan;

import dev.stagecraft.model.StepTiming;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs steps stage by stage on a {@link ChangeCalendar} for {@link StepSchedule}: each stage starts at the first
 * minute its step's rules allow (a window open for every member, no freeze during the stage), so a step given a slot
 * at minute m may start later and wait between stages. Remembers each step's stage starts and waits, for the plan
 * (wall-clock times, waits and their causes) and the simulation (the same stretched timings). Not thread-safe.
 */
public final class CalendarTiming implements StepSchedule.Runner {
    private final StepTiming[] timing;
    private final ChangeCalendar.StepRules[] rules;
    private final int[] delay;
    private final String[] delayCause;
    private final String[] stepIds;
    private final StepTiming[] held;
    private final List<List<ChangeCalendar.Wait>> waits;

    /**
     * @param timing each step's stages (as the plan gives them)
     * @param rules  each step's windows and freezes ({@link ChangeCalendar#rules})
     */
    public CalendarTiming(StepTiming[] timing, ChangeCalendar.StepRules[] rules) {
        this(timing, rules, new int[timing.length], new String[timing.length], null);
    }

    /**
     * @param delay      minutes each step waits after it gets its slot before its first stage may start (its
     *                   approvals), then the calendar's rules hold it as they do any stage
     * @param delayCause what each delay is ("approval cab"), for the plan's waits
     * @param stepIds    the steps' ids, for the message of a step that can never start ({@code null}: numbers)
     */
    public CalendarTiming(StepTiming[] timing, ChangeCalendar.StepRules[] rules, int[] delay, String[] delayCause,
                          String[] stepIds) {
        this.stepIds = stepIds;
        this.timing = timing;
        this.rules = rules;
        this.delay = delay;
        this.delayCause = delayCause;
        this.held = new StepTiming[timing.length];
        this.waits = new ArrayList<>(timing.length);
        for (int k = 0; k < timing.length; k++) {
            waits.add(List.of());
        }
    }

    @Override
    public long run(int step, int at) {
        StepTiming t = timing[step];
        ChangeCalendar.StepRules r = rules[step];
        List<ChangeCalendar.Wait> stepWaits = new ArrayList<>(0);
        int ready = at;
        if (delay[step] > 0) {
            stepWaits.add(new ChangeCalendar.Wait(1, at, delay[step], delayCause[step]));
            ready = at + delay[step];
        }
        if (r == null || r.unconstrained()) {
            held[step] = t;
            waits.set(step, List.copyOf(stepWaits));
            return StepSchedule.pack(ready, ready + t.effectiveMinutes());
        }
        int n = t.stageCount();
        int[] begin = new int[n];
        int now = ready;
        int first = ready;
        for (int i = 0; i < n; i++) {
            int length = t.stageEnd(i) - t.stageStart(i);
            Set<String> causes = new LinkedHashSet<>();
            int s;
            try {
                s = r.earliest(now, length, causes);
            } catch (IllegalStateException e) {
                throw new UnschedulableException("stage " + (i + 1) + " of step "
                        + (stepIds == null ? String.valueOf(step) : stepIds[step]) + " can never start: "
                        + e.getMessage(), e);
            }
            if (s > now) {
                stepWaits.add(new ChangeCalendar.Wait(i + 1, now, s - now, String.join(", ", causes)));
            }
            if (i == 0) {
                first = s;
            }
            begin[i] = s - first;
            now = s + length;
        }
        held[step] = t.withStageStarts(begin);
        waits.set(step, List.copyOf(stepWaits));
        return StepSchedule.pack(first, now);
    }

    /** The step's timing with its waits between stages (after it was scheduled). */
    public StepTiming held(int step) {
        return held[step];
    }

    /** The step's waits: before its first stage (stage 1) and between stages. */
    public List<ChangeCalendar.Wait> waits(int step) {
        return waits.get(step);
    }
}
