package dev.stagecraft.plan;

import java.util.Objects;

/**
 * A plan made with a start date-time: the start as given (ISO with offset), its zone, when the last step ends,
 * and the minutes all steps waited for change windows and freezes together.
 */
public record PlanClock(String start, String timeZone, String end, int waitMinutes) {
    public PlanClock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(end, "end");
    }
}
