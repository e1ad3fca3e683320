package dev.stagecraft.plan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a gate's metric is measured: a PromQL query template per metric name, with {@code {{args.service}}} for the
 * Rollout's name (Argo Rollouts fills it in), the Prometheus address, and how often and how many failed
 * measurements an analysis allows. The file ({@code --metrics-map FILE}):
 *
 * <pre>
 * prometheus:
 *   address: http://prometheus.monitoring.svc.cluster.local:9090
 * interval: 1m          # between measurements
 * failureLimit: 1       # failed measurements allowed; one more aborts the Rollout
 * metrics:
 *   error_rate: sum(rate(http_requests_total{service="{{args.service}}",code=~"5.."}[5m])) / ...
 *   queue_lag_s:
 *     query: max(kafka_consumergroup_lag_seconds{group="{{args.service}}"})
 *     failureLimit: 0
 * </pre>
 *
 * Every key is optional. Without a file, or for a metric it does not name: {@code error_rate} is the share of
 * HTTP 5xx responses over 5 minutes ({@code http_requests_total}); a latency metric named
 * {@code pNN_latency[_ms|_s]} or {@code latency_pNN[_ms|_s]} is the NN-th percentile of
 * {@code http_request_duration_seconds} (times 1000 for {@code _ms}). Any other metric gets a placeholder query
 * {@code stagecraft_unmapped_metric{...}} that returns no data (so its analysis fails rather than passes) and a
 * warning.
 */
public record MetricsMap(String address, String interval, int failureLimit, Map<String, Metric> metrics) {
    public static final String DEFAULT_ADDRESS = "http://prometheus.monitoring.svc.cluster.local:9090";
    public static final MetricsMap DEFAULTS = new MetricsMap(DEFAULT_ADDRESS, "1m", 1, Map.of());
    private static final Pattern LATENCY = Pattern.compile("(?:p(\\d{2,3})_latency|latency_p(\\d{2,3}))(?:_(ms|s|seconds))?");
    private static final String ERROR_RATE = "sum(rate(http_requests_total{service=\"{{args.service}}\",code=~\"5..\"}[5m]))"
            + " / sum(rate(http_requests_total{service=\"{{args.service}}\"}[5m]))";

    /** One metric's query and, where given, its own interval and failure limit ({@code null}: the map's). */
    public record Metric(String query, String interval, Integer failureLimit) {
    }

    /** How a metric is measured here, and whether the query is a placeholder. */
    public record Measure(String query, String interval, int failureLimit, boolean placeholder) {
    }

    public MetricsMap {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public Measure measure(String metric) {
        Metric m = metrics.get(metric);
        if (m != null) {
            return new Measure(m.query(), m.interval() == null ? interval : m.interval(),
                    m.failureLimit() == null ? failureLimit : m.failureLimit(), false);
        }
        return builtIn(metric).map(q -> new Measure(q, interval, failureLimit, false)).orElseGet(() -> new Measure(
                "stagecraft_unmapped_metric{metric=\"" + metric + "\",service=\"{{args.service}}\"}", interval,
                failureLimit, true));
    }

    private static Optional<String> builtIn(String metric) {
        if (metric.equals("error_rate")) {
            return Optional.of(ERROR_RATE);
        }
        Matcher m = LATENCY.matcher(metric);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        String q = "histogram_quantile(0." + digits + ", sum(rate(http_request_duration_seconds_bucket{service=\"{{args.service}}\"}[5m])) by (le))";
        return Optional.of("ms".equals(m.group(3)) ? "1000 * " + q : q);
    }

    /**
     * Reads a metrics map file's text.
     *
     * @throws IllegalArgumentException with a sentence naming the key that is wrong
     */
    public static MetricsMap parse(String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return DEFAULTS;
        }
        requireObject(root, "the file");
        onlyKeys(root, "the file", List.of("prometheus", "interval", "failureLimit", "metrics"));
        String address = DEFAULT_ADDRESS;
        if (root.has("prometheus")) {
            JsonNode p = root.get("prometheus");
            requireObject(p, "prometheus");
            onlyKeys(p, "prometheus", List.of("address"));
            address = p.has("address") ? text(p.get("address"), "prometheus.address") : address;
        }
        String interval = root.has("interval") ? text(root.get("interval"), "interval") : DEFAULTS.interval();
        int failureLimit = root.has("failureLimit") ? count(root.get("failureLimit"), "failureLimit") : DEFAULTS.failureLimit();
        Map<String, Metric> metrics = new LinkedHashMap<>();
        if (root.has("metrics")) {
            JsonNode ms = root.get("metrics");
            requireObject(ms, "metrics");
            for (Iterator<Map.Entry<String, JsonNode>> it = ms.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "metrics." + e.getKey();
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                    metrics.put(e.getKey(), new Metric(v.asText(), null, null));
                    continue;
                }
                requireObject(v, where);
                onlyKeys(v, where, List.of("query", "interval", "failureLimit"));
                if (!v.has("query")) {
                    throw new IllegalArgumentException(where + " has no query");
                }
                metrics.put(e.getKey(), new Metric(text(v.get("query"), where + ".query"),
                        v.has("interval") ? text(v.get("interval"), where + ".interval") : null,
                        v.has("failureLimit") ? count(v.get("failureLimit"), where + ".failureLimit") : null));
            }
        }
        return new MetricsMap(address, interval, failureLimit, metrics);
    }

    private static void requireObject(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
    }

    private static void onlyKeys(JsonNode n, String where, List<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(where + " has an unknown key '" + k + "'; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode n, String where) {
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(where + " must be a non-empty string");
        }
        return n.asText();
    }

    private static int count(JsonNode n, String where) {
        if (!n.isInt() || n.asInt() < 0) {
            throw new IllegalArgumentException(where + " must be a whole number >= 0");
        }
        return n.asInt();
    }
}
