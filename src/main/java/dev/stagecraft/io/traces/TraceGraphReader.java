package dev.stagecraft.io.traces;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a map of observed traffic: Jaeger's dependencies JSON ({@code {"data": [{"parent", "child",
 * "callCount"}]}} or a bare list), or the OpenTelemetry service-graph metric
 * {@code traces_service_graph_request_total} as Prometheus text exposition or as the JSON of a Prometheus query
 * ({@code data.result[].metric.client/server}, {@code value}). The caller (parent, client) depends on what it
 * calls (child, server); calls between the same two services are summed into {@code calls} on the dependency.
 * A server whose {@code connection_type} is {@code database} is a database, {@code messaging_system} a queue
 * (and the call async), {@code virtual_node} an external. Everything else is a service. O(size of the input).
 */
public final class TraceGraphReader implements GraphReader {
    static final String METRIC = "traces_service_graph_request_total";

    private final int maxCodePoints;

    public TraceGraphReader() {
        this(DocumentReader.DEFAULT_MAX_CODE_POINTS);
    }

    public TraceGraphReader(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
    }

    /** Whether the text looks like a trace-derived graph (for format detection). */
    public static boolean looksLikeTraces(String head) {
        return head.contains(METRIC) || head.contains("\"callCount\"") && head.contains("\"parent\"");
    }

    @Override
    public ImportResult read(String text, String file) {
        Run run = new Run(new ImportReport.Builder("traces", file));
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            DocNode root = new DocumentReader(file, maxCodePoints).json(text);
            if (root instanceof DocNode.Mapping m && m.get("status").isPresent() || isPrometheusJson(root)) {
                run.prometheusJson(root);
            } else {
                run.jaeger(root);
            }
        } else {
            run.prometheusText(text, file);
        }
        return run.build();
    }

    private static boolean isPrometheusJson(DocNode root) {
        return root instanceof DocNode.Mapping m && m.get("data").filter(d -> d instanceof DocNode.Mapping dm
                && dm.get("result").isPresent()).isPresent();
    }

    private static final class Run {
        private final ImportReport.Builder report;
        private final ServiceGraph graph = new ServiceGraph();
        private final IdAllocator ids = new IdAllocator();
        private final Map<String, String> idOf = new LinkedHashMap<>();
        private final Map<String, ComponentKind> kindOf = new LinkedHashMap<>();
        private final Map<Dependency.Key, long[]> calls = new LinkedHashMap<>();
        private final Map<Dependency.Key, DependencyKind> edgeKinds = new LinkedHashMap<>();
        private int selfCalls;

        Run(ImportReport.Builder report) {
            this.report = report;
        }

        void jaeger(DocNode root) {
            DocNode list = root instanceof DocNode.Mapping m
                    ? m.get("data").orElseThrow(() -> m.error("a Jaeger dependencies file has a 'data' list"))
                    : root;
            for (DocNode item : list.asSequence("'data'").items()) {
                DocNode.Mapping link = item.asMapping("a dependency link");
                String parent = link.text("parent").orElseThrow(() -> link.error("a dependency link needs 'parent'"));
                String child = link.text("child").orElseThrow(() -> link.error("a dependency link needs 'child'"));
                long count = link.get("callCount").map(c -> count(c, "'callCount'")).orElse(0L);
                call(parent, child, null, count, link.location());
            }
        }

        void prometheusJson(DocNode root) {
            DocNode.Mapping top = root.asMapping("a Prometheus query result");
            top.text("status").filter(s -> !s.equals("success")).ifPresent(s -> {
                throw top.error("the Prometheus query did not succeed (status '" + s + "')");
            });
            DocNode.Mapping data = top.get("data").orElseThrow(() -> top.error("a Prometheus result has 'data'"))
                    .asMapping("'data'");
            for (DocNode item : data.get("result").orElseThrow(() -> data.error("'data' has no 'result'"))
                    .asSequence("'result'").items()) {
                DocNode.Mapping series = item.asMapping("a series");
                DocNode.Mapping metric = series.get("metric").orElseThrow(() -> series.error("a series has 'metric'"))
                        .asMapping("'metric'");
                String name = metric.text("__name__").orElse(METRIC);
                if (!name.equals(METRIC)) {
                    continue;
                }
                String client = metric.text("client").orElseThrow(() -> metric.error("the series has no 'client'"));
                String server = metric.text("server").orElseThrow(() -> metric.error("the series has no 'server'"));
                long count = 0;
                DocNode value = series.get("value").orElse(null);
                if (value != null) {
                    List<DocNode> pair = value.asSequence("'value'").items();
                    if (pair.size() != 2) {
                        throw value.error("'value' is [time, \"count\"]");
                    }
                    count = count(pair.get(1), "the series' value");
                }
                call(client, server, metric.text("connection_type").orElse(null), count, series.location());
            }
        }

        void prometheusText(String text, String file) {
            PrometheusText.parse(text, file, (labels, value, line, column) -> {
                String client = labels.get("client");
                String server = labels.get("server");
                if (client == null || server == null) {
                    throw new GraphFormatException(file, line, column, METRIC + " needs the labels client and server");
                }
                call(client, server, labels.get("connection_type"), Math.round(value),
                        new SourceLocation(file, line, column));
            });
        }

        private long count(DocNode node, String what) {
            String t = node.asText(what);
            try {
                double v = Double.parseDouble(t);
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw node.error(what + " is a count, not " + t);
                }
                return Math.round(v);
            } catch (NumberFormatException e) {
                throw node.error(what + " is a count, not '" + t + "'");
            }
        }

        private void call(String caller, String callee, String connectionType, long count, SourceLocation at) {
            String from = component(caller, null, at);
            String to = component(callee, connectionType, at);
            if (from.equals(to)) {
                selfCalls++;
                return;
            }
            Dependency.Key key = new Dependency.Key(from, to);
            calls.computeIfAbsent(key, k -> new long[1])[0] += count;
            if ("messaging_system".equals(connectionType)) {
                edgeKinds.put(key, DependencyKind.ASYNC);
            } else if ("database".equals(connectionType)) {
                edgeKinds.put(key, DependencyKind.DATA);
            }
        }

        private String component(String service, String connectionType, SourceLocation at) {
            String id = idOf.get(service);
            if (id == null) {
                id = ids.fresh(service, "service '" + service + "'", at.line(), at.column(), report);
                idOf.put(service, id);
                kindOf.put(id, ComponentKind.SERVICE);
            }
            ComponentKind kind = connectionType == null ? null : switch (connectionType) {
                case "database" -> ComponentKind.DATABASE;
                case "messaging_system" -> ComponentKind.QUEUE;
                case "virtual_node" -> ComponentKind.EXTERNAL;
                default -> null;
            };
            if (kind != null) {
                kindOf.put(id, kind);
            }
            return id;
        }

        ImportResult build() {
            idOf.forEach((service, id) -> graph.addComponent(new Component(id, service.equals(id) ? null : service,
                    kindOf.get(id), null, null, false, null, null, Map.of())));
            calls.forEach((key, count) -> graph.addDependency(new Dependency(key.from(), key.to(),
                    edgeKinds.getOrDefault(key, null), null, Map.of("calls", count[0]))));
            if (selfCalls > 0) {
                report.info("skipped", selfCalls + " call(s) of a service to itself are not dependencies", 0, 0,
                        List.of());
            }
            report.info("observed", graph.componentCount() + " services and " + graph.dependencyCount()
                    + " dependencies from observed calls; only traffic seen in the traces' window is on the map,"
                    + " and each dependency keeps its call count (calls)", 0, 0, List.of());
            return new ImportResult(graph, report.build());
        }
    }
}
