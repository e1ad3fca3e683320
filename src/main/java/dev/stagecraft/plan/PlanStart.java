package dev.stagecraft.plan;

import dev.stagecraft.model.Governance;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * A plan's start date-time as people write it ({@code --start}, the Plan panel's Start field):
 * {@code 2026-12-07T09:00[Europe/Berlin]} (a local time in a zone), {@code 2026-12-07T09:00+01:00} (an offset) or
 * {@code 2026-12-07T09:00} (in the graph's governance time zone, else UTC); seconds are optional.
 */
public final class PlanStart {
    /** What a person can write, for messages and prompts. */
    public static final String FORMS = "2026-12-07T09:00[Europe/Berlin], 2026-12-07T09:00+01:00 or 2026-12-07T09:00"
            + " (in the graph's governance time zone, else UTC)";

    private PlanStart() {
    }

    /** The date-time; an {@link IllegalArgumentException} saying what can be written when the text is none. */
    public static ZonedDateTime parse(String text, Governance governance) {
        String t = text.strip();
        try {
            int bracket = t.indexOf('[');
            if (bracket > 0 && t.endsWith("]")) {
                ZoneId zone = ZoneId.of(t.substring(bracket + 1, t.length() - 1));
                String local = t.substring(0, bracket);
                try {
                    return LocalDateTime.parse(local).atZone(zone);
                } catch (DateTimeParseException e) {
                    return OffsetDateTime.parse(local).atZoneSameInstant(zone);
                }
            }
            try {
                return OffsetDateTime.parse(t).toZonedDateTime();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(t).atZone(ZoneId.of(governance.zoneOr(null)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date-time: write " + FORMS, e);
        }
    }
}
