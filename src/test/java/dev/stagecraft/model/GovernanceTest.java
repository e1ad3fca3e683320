package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which windows and freezes hold a component, and how the inspector words them. */
class GovernanceTest {
    private final ChangeWindow all = new ChangeWindow("business-hours",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(16, 0), null,
            List.of(), List.of());
    private final ChangeWindow team = new ChangeWindow("nights", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(2, 0), "UTC", List.of("payments"), List.of());
    private final ChangeWindow own = new ChangeWindow("weekend", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            LocalTime.of(6, 0), LocalTime.of(8, 0), null, List.of(), List.of("batch"));
    private final Freeze yearEnd = new Freeze("year-end", LocalDateTime.of(2026, 12, 21, 0, 0),
            LocalDateTime.of(2027, 1, 4, 9, 0), null, "Year-end change freeze", List.of(), List.of());
    private final Freeze payments = new Freeze(null, LocalDateTime.of(2026, 11, 27, 0, 0),
            LocalDateTime.of(2026, 11, 30, 0, 0), null, "Black Friday", List.of("payments"), List.of());
    private final Governance g = new Governance("Europe/Berlin", List.of(all, team, own), List.of(yearEnd, payments));

    @Test
    void theMostSpecificWindowsGovern() {
        assertEquals(List.of(own), g.windowsOf(Component.of("batch", ComponentKind.JOB).withTeam("payments")));
        assertEquals(List.of(team), g.windowsOf(Component.of("checkout", ComponentKind.SERVICE).withTeam("payments")));
        assertEquals(List.of(all), g.windowsOf(Component.of("web", ComponentKind.SERVICE).withTeam("storefront")));
        assertEquals(List.of(yearEnd, payments),
                g.freezesOf(Component.of("checkout", ComponentKind.SERVICE).withTeam("payments")));
        assertEquals(List.of(yearEnd), g.freezesOf(Component.of("web", ComponentKind.SERVICE)));
    }

    @Test
    void windowsAndFreezesAreWordedForPeople() {
        assertEquals("business-hours: Mon\u2013Thu 09:00\u201316:00 Europe/Berlin", g.describe(all));
        assertEquals("nights: Mon, Wed, Fri 22:00\u201302:00 (next day) UTC", g.describe(team));
        assertEquals("weekend: Sat, Sun 06:00\u201308:00 Europe/Berlin", g.describe(own));
        assertEquals("year-end: 2026-12-21 00:00 \u2192 2027-01-04 09:00 Europe/Berlin, Year-end change freeze",
                g.describe(yearEnd));
        assertEquals("Black Friday: 2026-11-27 00:00 \u2192 2026-11-30 00:00 Europe/Berlin", g.describe(payments));
    }
}
