package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphAnalysisTest {

    @Test
    void eachAnalysisIsComputedOnceAndShared() {
        GraphAnalysis a = GraphAnalysis.of(graph("web->api", "api->db").snapshot());
        assertSame(a.units(), a.units());
        assertSame(a.waves(), a.waves());
        assertSame(a.criticalPath(), a.criticalPath());
        assertSame(a.blastRadius(), a.blastRadius());
        assertSame(a.stronglyConnected(), a.stronglyConnected());
    }

    @Test
    void answersMatchTheSeparateAnalyses() {
        GraphAnalysis a = GraphAnalysis.of(graph("web->api", "api->db", "api->api").snapshot());
        assertEquals(List.of(List.of("db"), List.of("api"), List.of("web")), a.waves().waves());
        assertEquals(List.of(List.of("api")), a.stronglyConnected().cycles());
        assertEquals(List.of("api", "web"), a.blastRadius().affected("db"));
        assertEquals(List.of("db", "api", "web"), a.criticalPath().path());
    }
}
