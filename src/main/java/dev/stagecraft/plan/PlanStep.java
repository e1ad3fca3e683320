package dev.stagecraft.plan;

import dev.stagecraft.model.StepTiming;
import java.util.List;
import java.util.Objects;

/**
 * One step of the plan: components that advance together.
 *
 * @param id              unique within the plan: the component id for a one-component step, the group id for
 *                        a declared change group, {@code cycle-<first id>} for a cycle (a suffix keeps it unique)
 * @param components      sorted ids of the components this step advances
 * @param after           ids of the steps this step waits for, in plan order
 * @param wave            0 when {@code after} is empty, else 1 + the highest wave in {@code after}
 * @param startMinute     estimated start in the plan's schedule
 * @param endMinute       estimated end in the plan's schedule
 * @param durationMinutes D, the largest {@code durationMinutes} among the components; the step takes
 *                        T = max(D, total bake) minutes ({@link #timing()}, DESIGN.md "Step timing")
 * @param stages          canary stages, ascending percent, ending at 100
 * @param acceptance      criteria, as sentences, that declare the step done
 * @param rollback        commands or runbook steps that undo the step
 * @param rollbackMinutes how long undoing the step takes: its slowest member's {@code rollbackMinutes}
 * @param blastRadius     what depends on the step's components
 * @param clock           wall-clock start and end and the waits, for a plan made with a start; {@code null} otherwise
 * @param approvals       the sign-offs it needs before it starts (its start waits the longest of them)
 */
public record PlanStep(String id, List<String> components, List<String> after, int wave, int startMinute,
                       int endMinute, int durationMinutes, List<CanaryStage> stages, List<String> acceptance,
                       List<String> rollback, int rollbackMinutes, StepBlastRadius blastRadius, StepClock clock,
                       List<StepApproval> approvals) {
    /** A step that needs no sign-off. */
    public PlanStep(String id, List<String> components, List<String> after, int wave, int startMinute, int endMinute,
                    int durationMinutes, List<CanaryStage> stages, List<String> acceptance, List<String> rollback,
                    int rollbackMinutes, StepBlastRadius blastRadius, StepClock clock) {
        this(id, components, after, wave, startMinute, endMinute, durationMinutes, stages, acceptance, rollback,
                rollbackMinutes, blastRadius, clock, List.of());
    }

    /** A step of a plan in relative minutes (no start date-time). */
    public PlanStep(String id, List<String> components, List<String> after, int wave, int startMinute, int endMinute,
                    int durationMinutes, List<CanaryStage> stages, List<String> acceptance, List<String> rollback,
                    int rollbackMinutes, StepBlastRadius blastRadius) {
        this(id, components, after, wave, startMinute, endMinute, durationMinutes, stages, acceptance, rollback,
                rollbackMinutes, blastRadius, null);
    }

    public PlanStep {
        Objects.requireNonNull(id, "id");
        components = List.copyOf(components);
        after = List.copyOf(after);
        stages = List.copyOf(stages);
        acceptance = List.copyOf(acceptance);
        rollback = List.copyOf(rollback);
        Objects.requireNonNull(blastRadius, "blastRadius");
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    /** When each canary stage begins and ends, from D and the stages' bake times. */
    public StepTiming timing() {
        return timing(durationMinutes, stages);
    }

    /**
     * The timing as the step runs in a plan made with a start date-time: each stage after a wait starts that much
     * later (the waits before stage 1 are before the step's start). The same as {@link #timing()} without waits.
     */
    public StepTiming heldTiming() {
        StepTiming t = timing();
        if (clock == null || clock.waits().isEmpty()) {
            return t;
        }
        int[] offsets = new int[t.stageCount()];
        int shift = 0;
        for (int i = 0; i < offsets.length; i++) {
            for (ChangeCalendar.Wait w : clock.waits()) {
                if (w.stage() == i + 1 && i > 0) {
                    shift += w.minutes();
                }
            }
            offsets[i] = t.stageStart(i) + shift;
        }
        return t.withStageStarts(offsets);
    }

    /** The timing of a step with duration D and these stages (one stage at 100 % without any). */
    static StepTiming timing(int durationMinutes, List<CanaryStage> stages) {
        int n = stages.size();
        int[] percent = new int[Math.max(1, n)];
        int[] bake = new int[Math.max(1, n)];
        if (n == 0) {
            percent[0] = 100;
        }
        for (int i = 0; i < n; i++) {
            percent[i] = stages.get(i).percent();
            bake[i] = stages.get(i).bakeMinutes();
        }
        return new StepTiming(durationMinutes, percent, bake);
    }
}
