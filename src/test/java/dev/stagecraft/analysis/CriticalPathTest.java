package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static dev.stagecraft.analysis.Graphs.group;
import static dev.stagecraft.analysis.Graphs.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    private static CriticalPath path(ServiceGraph g) {
        return new CriticalPath(new RolloutUnits(g.snapshot()));
    }

    private static ServiceGraph timed(ServiceGraph g, Object... idMinutes) {
        for (int i = 0; i < idMinutes.length; i += 2) {
            minutes(g, (String) idMinutes[i], (Integer) idMinutes[i + 1]);
        }
        return g;
    }

    @Test
    void chainAddsUpInDeploymentOrder() {
        CriticalPath p = path(timed(graph("web->api", "api->db"), "web", 15, "api", 20, "db", 30));
        assertEquals(65, p.minutes());
        assertEquals(List.of("db", "api", "web"), p.path());
    }

    @Test
    void diamondTakesTheSlowerSide() {
        CriticalPath p = path(timed(graph("a->b", "a->c", "b->d", "c->d"), "a", 5, "b", 10, "c", 25, "d", 5));
        assertEquals(35, p.minutes());
        assertEquals(List.of("d", "c", "a"), p.path());
    }

    @Test
    void longerInMinutesBeatsLongerInSteps() {
        CriticalPath p = path(timed(graph("a->b", "b->c", "x"), "a", 5, "b", 5, "c", 5, "x", 16));
        assertEquals(16, p.minutes());
        assertEquals(List.of("x"), p.path());
    }

    @Test
    void tiesGoToTheSmallestId() {
        CriticalPath p = path(timed(graph("top->q", "top->k", "m"), "top", 10, "q", 10, "k", 10, "m", 20));
        assertEquals(20, p.minutes());
        assertEquals(List.of("k", "top"), p.path());
    }

    @Test
    void cycleWeighsItsSlowestMemberAndListsMembersSorted() {
        ServiceGraph g = timed(graph("web->b", "b->a", "a->b"), "web", 10, "a", 30, "b", 12);
        CriticalPath p = path(g);
        assertEquals(40, p.minutes());
        assertEquals(List.of("a", "b", "web"), p.path());
        assertEquals(2, p.units().length);
    }

    @Test
    void groupIsWeighedOnceNotSummed() {
        ServiceGraph g = group(timed(graph("a", "b"), "a", 20, "b", 25), "ab", "a", "b");
        assertEquals(25, path(g).minutes());
    }

    @Test
    void tailMinutesRunsThroughTheDependents() {
        ServiceGraph g = timed(graph("web->api", "api->db", "job->db"), "web", 15, "api", 20, "db", 30, "job", 5);
        RolloutUnits units = new RolloutUnits(g.snapshot());
        CriticalPath p = new CriticalPath(units);
        assertEquals(65, p.tailMinutes(units.unitOf(g.snapshot().indexOf("db"))));
        assertEquals(35, p.tailMinutes(units.unitOf(g.snapshot().indexOf("api"))));
        assertEquals(5, p.tailMinutes(units.unitOf(g.snapshot().indexOf("job"))));
    }

    @Test
    void zeroMinuteExternalDoesNotPadThePath() {
        CriticalPath p = path(timed(graph("api->pay"), "api", 20, "pay", 0));
        assertEquals(20, p.minutes());
        assertEquals(List.of("api"), p.path());
    }

    @Test
    void zeroMinuteDependencyDoesNotStartThePathWhateverItsName() {
        CriticalPath p = path(timed(graph("api->aaa-pay"), "api", 20, "aaa-pay", 0));
        assertEquals(List.of("api"), p.path());
    }

    @Test
    void emptyGraphHasAnEmptyPath() {
        CriticalPath p = path(new ServiceGraph());
        assertEquals(0, p.minutes());
        assertEquals(List.of(), p.path());
    }
}
