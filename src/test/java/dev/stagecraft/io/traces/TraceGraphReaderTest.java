package dev.stagecraft.io.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceGraphReaderTest {
    private static long calls(ServiceGraph g, String from, String to) {
        return ((Number) g.dependency(from, to).orElseThrow().extras().get("calls")).longValue();
    }

    @Test
    void jaegerDependenciesGiveCallersDependingOnWhatTheyCallWithSummedCallCounts() {
        ImportResult r = new TraceGraphReader().read(TestFiles.text("traces/jaeger-dependencies.json"), "deps.json");
        ServiceGraph g = r.graph();
        assertEquals(List.of("frontend", "customer", "driver", "route", "redis-manual", "mysql"),
                g.components().stream().map(c -> c.id()).toList());
        assertEquals(5, g.dependencyCount(), "the self-call is no dependency");
        assertEquals(120, calls(g, "frontend", "customer"), "112 + 8");
        assertEquals(1530, calls(g, "driver", "redis-manual"));
        assertTrue(r.report().withCode("skipped").stream().anyMatch(f -> f.message().contains("itself")));
    }

    @Test
    void theOpenTelemetryServiceGraphAsPrometheusTextGivesKindsFromTheConnectionType() {
        ServiceGraph g = new TraceGraphReader().read(TestFiles.text("traces/servicegraph.prom"), "sg.prom").graph();
        assertEquals(100, calls(g, "checkout", "payment"), "failed and succeeded series summed");
        assertEquals(ComponentKind.DATABASE, g.requireComponent("redis").kind());
        assertEquals(DependencyKind.DATA, g.dependency("cart", "redis").orElseThrow().kind());
        assertEquals(ComponentKind.QUEUE, g.requireComponent("kafka").kind());
        assertEquals(DependencyKind.ASYNC, g.dependency("checkout", "kafka").orElseThrow().kind());
        assertEquals(ComponentKind.EXTERNAL, g.requireComponent("stripe.com").kind());
        assertEquals(ComponentKind.SERVICE, g.requireComponent("checkout").kind());
        assertEquals(6, g.dependencyCount(), "histogram buckets are not requests");
    }

    @Test
    void aPrometheusQueryResultAsJsonIsReadToo() {
        ServiceGraph g = new TraceGraphReader().read(TestFiles.text("traces/servicegraph-query.json"), "q.json").graph();
        assertEquals(250, calls(g, "web", "api"));
        assertEquals(ComponentKind.DATABASE, g.requireComponent("postgres").kind());
    }

    @Test
    void filesAreRecognisedByTheirContent() {
        assertEquals(GraphFormat.TRACES, GraphFormats.detect(Path.of("deps.json"),
                TestFiles.text("traces/jaeger-dependencies.json")).orElseThrow());
        assertEquals(GraphFormat.TRACES, GraphFormats.detect(Path.of("sg.prom"),
                TestFiles.text("traces/servicegraph.prom")).orElseThrow());
        assertEquals(GraphFormat.TRACES, GraphFormats.sniff(TestFiles.text("traces/servicegraph-query.json")).orElseThrow());
        assertEquals(GraphFormat.JSON, GraphFormats.detect(Path.of("g.json"), "{\"nodes\": []}").orElseThrow());
    }

    @Test
    void badInputIsAnErrorAtItsLineAndColumn() {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new TraceGraphReader().read(
                "# TYPE x counter\ntraces_service_graph_request_total{client=\"a\",server=\"b\"} many\n", "sg.prom"));
        assertEquals(2, e.line());
        assertEquals(59, e.column());
        GraphFormatException open = assertThrows(GraphFormatException.class, () -> new TraceGraphReader().read(
                "traces_service_graph_request_total{client=\"a 1\n", "sg.prom"));
        assertEquals(1, open.line());
        GraphFormatException noChild = assertThrows(GraphFormatException.class, () -> new TraceGraphReader().read(
                "{\"data\": [{\"parent\": \"a\", \"callCount\": 1}]}", "d.json"));
        assertTrue(noChild.line() > 0 && noChild.getMessage().contains("child"), noChild.getMessage());
    }
}
