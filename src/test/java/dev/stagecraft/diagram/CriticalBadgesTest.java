package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A change group (or cycle) is one step of the critical path: its minutes are written once, so the badges add up. */
class CriticalBadgesTest {
    @Test
    void eachStepOfThePathShowsItsMinutesOnce() {
        // 0 then the group {1, 2} then 4; 3 is off the path
        Highlighting h = Highlighting.critical(5, new int[] {0, 1, 1, -1, 2}, v -> v == 0 ? 20 : v == 4 ? 15 : 55, 90);
        assertEquals("20 min", h.badge(0));
        assertEquals("55 min", h.badge(1));
        assertNull(h.badge(2), "the group's second member: its minutes are on the first");
        assertNull(h.badge(3));
        assertEquals("15 min", h.badge(4));
        assertEquals(Highlighting.NodeState.CRITICAL, h.state(2), "still marked on the path");
    }

    @Test
    void cyclesModeWithoutACycleDimsNothingAndShowsNoSwatch() {
        Highlighting none = Highlighting.cycles(3, new int[] {0, 1, 2}, new boolean[3], 0);
        for (int v = 0; v < 3; v++) {
            assertEquals(Highlighting.NodeState.NORMAL, none.state(v));
        }
        assertEquals(0, none.legend().size(), "no 'member of a cycle' swatch when there is none");
        Highlighting one = Highlighting.cycles(3, new int[] {0, 0, 1}, new boolean[] {true, true, false}, 1);
        assertEquals(Highlighting.NodeState.DIM, one.state(2), "with a cycle, the rest is dimmed");
    }
}
