/**
 * Observed traffic as a graph: Jaeger's dependencies ({@code /api/dependencies}: parent, child, callCount) and the
 * OpenTelemetry service graph ({@code traces_service_graph_request_total{client, server}}, as Prometheus text or
 * as a Prometheus query's JSON). A caller depends on what it calls; the call counts are kept on the dependency
 * ({@code calls}).
 */
package dev.stagecraft.io.traces;
