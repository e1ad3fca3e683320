package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static dev.stagecraft.analysis.Graphs.group;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same hand-computed cases over both implementations. */
class BlastRadiusTest {

    enum Impl {
        NAIVE(NaiveBlastRadius::new),
        FAST(FastBlastRadius::new);

        private final Function<GraphSnapshot, BlastRadius> make;

        Impl(Function<GraphSnapshot, BlastRadius> make) {
            this.make = make;
        }

        BlastRadius of(ServiceGraph g) {
            return make.apply(g.snapshot());
        }
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void chainReachesEveryTransitiveDependent(Impl impl) {
        BlastRadius b = impl.of(graph("web->api", "api->db"));
        assertEquals(List.of("api", "web"), b.affected("db"));
        assertEquals(List.of("web"), b.affected("api"));
        assertEquals(List.of(), b.affected("web"));
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void diamondCountsTheTopOnce(Impl impl) {
        BlastRadius b = impl.of(graph("a->b", "a->c", "b->d", "c->d"));
        assertEquals(List.of("a", "b", "c"), b.affected("d"));
        assertArrayEquals(new int[] {0, 1, 1, 3}, b.sizes());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void cycleMembersReachEachOtherButNotThemselves(Impl impl) {
        BlastRadius b = impl.of(graph("web->a", "a->b", "b->c", "c->a"));
        assertEquals(List.of("b", "c", "web"), b.affected("a"));
        assertEquals(List.of("a", "b", "web"), b.affected("c"));
        assertArrayEquals(new int[] {0, 3, 3, 3}, b.sizes());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void selfLoopIsNotItsOwnBlastRadius(Impl impl) {
        BlastRadius b = impl.of(graph("a->a", "x->a"));
        assertEquals(List.of("x"), b.affected("a"));
        assertEquals(List.of("x"), b.outage("a"));
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void blastRadiusStopsAtSoftEdgesForOutage(Impl impl) {
        // web hard-depends on api, api soft-depends on cache: a cache failure only degrades
        BlastRadius b = impl.of(graph("web->api", "api~>cache"));
        assertEquals(List.of("api", "web"), b.affected("cache"));
        assertEquals(List.of(), b.outage("cache"));
        assertEquals(List.of("api", "web"), b.degraded("cache"));
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void softEdgeAboveAHardChainDegradesOnlyWhatLiesBeyondIt(Impl impl) {
        BlastRadius b = impl.of(graph("ui~>web", "web->api", "api->db"));
        assertEquals(List.of("api", "web"), b.outage("db"));
        assertEquals(List.of("ui"), b.degraded("db"));
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void aHardPathWinsOverASoftOne(Impl impl) {
        // top reaches db softly through cache and hard through api: an outage
        BlastRadius b = impl.of(graph("top~>cache", "cache->db", "top->api", "api->db"));
        assertEquals(List.of("api", "cache", "top"), b.outage("db"));
        assertEquals(List.of(), b.degraded("db"));
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void impactSplitsTheRadiusByStrength(Impl impl) {
        BlastRadius b = impl.of(graph("a->db", "b~>db", "c->b"));
        BlastRadius.Impact i = b.impact("db");
        assertEquals(List.of("a", "b", "c"), i.affected());
        assertEquals(List.of("a"), i.outage());
        assertEquals(List.of("b", "c"), i.degraded());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void disconnectedPiecesDoNotReachEachOther(Impl impl) {
        BlastRadius b = impl.of(graph("a->b", "c->d", "lone"));
        assertEquals(List.of("a"), b.affected("b"));
        assertEquals(List.of("c"), b.affected("d"));
        assertEquals(List.of(), b.affected("lone"));
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, b.sizes());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void groupsDoNotSpreadFailures(Impl impl) {
        // a and b advance together, but nothing makes b fail when a does
        BlastRadius b = impl.of(group(graph("a", "b", "x->a"), "ab", "a", "b"));
        assertEquals(List.of("x"), b.affected("a"));
        assertEquals(List.of(), b.affected("b"));
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void unknownComponentIsRefused(Impl impl) {
        BlastRadius b = impl.of(graph("a->b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.affected("nope"));
        assertEquals("no component 'nope'", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Impl.class)
    void emptyGraphHasNoSizes(Impl impl) {
        assertArrayEquals(new int[0], impl.of(new ServiceGraph()).sizes());
    }
}
