package dev.stagecraft.plan;

import java.util.List;
import java.util.Objects;

/**
 * A step's wall-clock times in a plan made with a start date-time: when its first stage starts and its last gate
 * is checked (ISO date-times with offset, in the start's zone), and what it waited for.
 *
 * @param waits the waits before its first stage (stage 1) and between stages, in order
 */
public record StepClock(String start, String end, List<ChangeCalendar.Wait> waits) {
    public StepClock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        waits = List.copyOf(waits);
    }

    /** The minutes the step waited in all. */
    public int waitMinutes() {
        return waits.stream().mapToInt(ChangeCalendar.Wait::minutes).sum();
    }
}
