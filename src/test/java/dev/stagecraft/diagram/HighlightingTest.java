package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.diagram.Highlighting.EdgeState;
import dev.stagecraft.diagram.Highlighting.NodeState;
import org.junit.jupiter.api.Test;

class HighlightingTest {
    /** Nodes: 0 selected, 1 outage, 2 degraded, 3 untouched. */
    private final Highlighting blast = Highlighting.blast(4, 0, "x", new int[] {1}, new int[] {2});

    @Test
    void blastMarksSelectionOutageDegradedAndDimsTheRest() {
        assertEquals(NodeState.SELECTED, blast.state(0));
        assertEquals(NodeState.OUTAGE, blast.state(1));
        assertEquals(NodeState.DEGRADED, blast.state(2));
        assertEquals(NodeState.DIM, blast.state(3));
        assertEquals("Blast radius of x: 1 outage, 1 degraded", blast.title());
    }

    @Test
    void blastEdgesFollowTheWayTheFailureTravels() {
        assertEquals(EdgeState.OUTAGE, blast.edgeState(1, 0, true), "hard edge from outage to selected");
        assertEquals(EdgeState.DEGRADED, blast.edgeState(2, 0, false), "soft edge into the selection");
        assertEquals(EdgeState.DIM, blast.edgeState(3, 0, true), "a component outside the radius");
        assertEquals(EdgeState.DIM, blast.edgeState(0, 1, true), "the selection's own dependencies");
    }

    @Test
    void criticalEdgesJoinConsecutiveStepsOnly() {
        // path order: 2 first, then 1, then 0; node 3 off the path
        Highlighting h = Highlighting.critical(4, new int[] {2, 1, 0, -1}, v -> 10, 30);
        assertEquals(EdgeState.CRITICAL, h.edgeState(0, 1, true));
        assertEquals(EdgeState.NORMAL, h.edgeState(0, 2, true), "a shortcut that skips a step");
        assertEquals(EdgeState.NORMAL, h.edgeState(3, 2, true));
        assertEquals("10 min", h.badge(1));
        assertEquals("Critical path of the whole graph: 30 min", h.title());
    }

    @Test
    void parseAcceptsTheCommandLineSpellings() {
        assertEquals(new Highlight.Blast("auth"), Highlight.parse("blast:auth"));
        assertEquals(Highlight.CRITICAL, Highlight.parse("critical"));
        assertEquals(Highlight.WAVES, Highlight.parse("waves"));
        assertEquals(Highlight.CYCLES, Highlight.parse("cycles"));
        assertEquals(Highlight.NONE, Highlight.parse("none"));
    }
}
