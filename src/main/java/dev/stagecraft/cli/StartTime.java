package dev.stagecraft.cli;

import dev.stagecraft.model.Governance;
import dev.stagecraft.plan.PlanStart;
import java.time.ZonedDateTime;

/** {@code --start}: when minute 0 of a plan is ({@link PlanStart}); a text that is none is bad input (exit 2). */
final class StartTime {
    private StartTime() {
    }

    static ZonedDateTime parse(String text, Governance governance) {
        try {
            return PlanStart.parse(text, governance);
        } catch (IllegalArgumentException e) {
            throw new InputException("--start " + e.getMessage());
        }
    }
}
