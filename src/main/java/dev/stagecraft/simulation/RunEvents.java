package dev.stagecraft.simulation;

import dev.stagecraft.model.StepTiming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The event log of a run, derived from its {@link RunResult}: per started step {@code start}, a {@code stage}
 * per stage entered, {@code gate-pass} or {@code gate-fail} at the end of each finished stage, {@code done};
 * {@code halt} at the first gate failure; {@code rollback-start} and {@code rollback-end}. Sorted by minute,
 * then {@link EventType} order, then plan order. O(events log events).
 */
public final class RunEvents {
    private RunEvents() {
    }

    public static List<SimulationEvent> of(RunResult run) {
        SimulationPlan plan = run.plan();
        List<SimulationEvent> events = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        int halting = -1;
        for (int k = 0; k < plan.stepCount(); k++) {
            if (!run.started(k)) {
                continue;
            }
            List<String> ids = plan.plan().steps().get(k).components();
            String id = plan.stepId(k);
            StepTiming t = plan.timing(k);
            int start = plan.start(k);
            add(events, order, start, EventType.START, id, ids, -1, k);
            for (int i = 0; i <= run.lastStage(k); i++) {
                add(events, order, start + t.stageStart(i), EventType.STAGE, id, ids, t.percent(i), k);
                int end = start + t.stageEnd(i);
                boolean failedHere = run.gateFailMinute(k) == end && i == run.lastStage(k);
                if (failedHere) {
                    add(events, order, end, EventType.GATE_FAIL, id, ids, t.percent(i), k);
                } else if (i < run.lastStage(k) || finished(run, k, end)) {
                    add(events, order, end, EventType.GATE_PASS, id, ids, t.percent(i), k);
                }
            }
            if (run.doneMinute(k) >= 0) {
                add(events, order, run.doneMinute(k), EventType.DONE, id, ids, 100, k);
                if (run.gateFailMinute(k) > run.doneMinute(k)) {
                    add(events, order, run.gateFailMinute(k), EventType.GATE_FAIL, id, ids, 100, k);
                }
            }
            if (run.rolledBack(k)) {
                add(events, order, run.rollbackStart(k), EventType.ROLLBACK_START, id, ids, -1, k);
                add(events, order, run.rollbackEnd(k), EventType.ROLLBACK_END, id, ids, 0, k);
            }
            if (run.gateFailMinute(k) == run.haltMinute() && halting < 0) {
                halting = k;
            }
        }
        if (halting >= 0) {
            add(events, order, run.haltMinute(), EventType.HALT, plan.stepId(halting),
                    plan.plan().steps().get(halting).components(), -1, halting);
        }
        Integer[] index = new Integer[events.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        Arrays.sort(index, Comparator.<Integer>comparingInt(i -> events.get(i).minute())
                .thenComparing(i -> events.get(i).type())
                .thenComparingInt(order::get)
                .thenComparingInt(i -> i));
        List<SimulationEvent> sorted = new ArrayList<>(index.length);
        for (int i : index) {
            sorted.add(events.get(i));
        }
        return List.copyOf(sorted);
    }

    /** A stage of a step that did not fail there passed its gate unless the rollback stopped it first. */
    private static boolean finished(RunResult run, int k, int end) {
        return run.doneMinute(k) >= 0 || run.holdMinute(k) == end || run.rolledBack(k) && run.rollbackTrigger(k) >= end;
    }

    private static void add(List<SimulationEvent> events, List<Integer> order, int minute, EventType type, String step,
                            List<String> components, int percent, int k) {
        events.add(new SimulationEvent(minute, type, step, components, percent));
        order.add(k);
    }
}
