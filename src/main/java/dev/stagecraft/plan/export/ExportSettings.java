package dev.stagecraft.plan.export;

import dev.stagecraft.model.Component;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the exporters know beyond the plan: the graph's components (kind and extras such as {@code k8s-name}; empty
 * when no graph was given, then every component is taken for a service, with a warning) and the options of
 * {@code stagecraft export-plan}. Immutable.
 *
 * @param components  by id; empty when unknown
 * @param namespace   Kubernetes namespace of the workloads, {@code null}: a component's extras {@code namespace}, else
 *                    {@value #DEFAULT_NAMESPACE}
 * @param metrics     how gates are measured
 * @param argoCd      Argo CD source, destination and sync policy
 * @param chart       Helm chart template ({@code {name}}, {@code {id}}), {@code null}: extras {@code helm-chart}, else
 *                    {@code ./charts/{name}} with a warning
 * @param application Spinnaker application, {@code null}: the graph's name, else the plan's
 * @param account     Spinnaker Kubernetes account, {@code null}: {@code REPLACE-ME} with a warning
 * @param rolloutsImage the image with {@code kubectl-argo-rollouts} the Argo Workflow runs
 */
public record ExportSettings(Map<String, Component> components, String namespace, MetricsMap metrics,
                             ArgoCdSettings argoCd, String chart, String application, String account,
                             String rolloutsImage) {
    public static final String DEFAULT_NAMESPACE = "default";
    public static final String DEFAULT_ROLLOUTS_IMAGE = "quay.io/argoproj/kubectl-argo-rollouts:v1.7.2";
    public static final ExportSettings DEFAULTS = new ExportSettings(Map.of(), null, MetricsMap.DEFAULTS,
            ArgoCdSettings.DEFAULTS, null, null, null, DEFAULT_ROLLOUTS_IMAGE);

    public ExportSettings {
        // insertion order kept (Map.copyOf's changes between runs): same input, same bytes
        components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    public ExportSettings withComponents(Collection<Component> value) {
        Map<String, Component> byId = new LinkedHashMap<>();
        value.forEach(c -> byId.put(c.id(), c));
        return new ExportSettings(byId, namespace, metrics, argoCd, chart, application, account, rolloutsImage);
    }

    public ExportSettings withNamespace(String value) {
        return new ExportSettings(components, value, metrics, argoCd, chart, application, account, rolloutsImage);
    }

    public ExportSettings withMetrics(MetricsMap value) {
        return new ExportSettings(components, namespace, value, argoCd, chart, application, account, rolloutsImage);
    }

    public ExportSettings withArgoCd(ArgoCdSettings value) {
        return new ExportSettings(components, namespace, metrics, value, chart, application, account, rolloutsImage);
    }

    public ExportSettings withChart(String value) {
        return new ExportSettings(components, namespace, metrics, argoCd, value, application, account, rolloutsImage);
    }

    public ExportSettings withApplication(String value) {
        return new ExportSettings(components, namespace, metrics, argoCd, chart, value, account, rolloutsImage);
    }

    public ExportSettings withAccount(String value) {
        return new ExportSettings(components, namespace, metrics, argoCd, chart, application, value, rolloutsImage);
    }

    public ExportSettings withRolloutsImage(String value) {
        return new ExportSettings(components, namespace, metrics, argoCd, chart, application, account, value);
    }

    Optional<Component> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** A string extra of a component, {@code null} when absent or not a string. */
    String extra(String id, String key) {
        Component c = components.get(id);
        return c != null && c.extras().get(key) instanceof String s && !s.isBlank() ? s : null;
    }

    /** A list-of-strings (or one string) extra, empty when absent. */
    List<String> extraList(String id, String key) {
        Component c = components.get(id);
        Object v = c == null ? null : c.extras().get(key);
        if (v instanceof String s) {
            return List.of("sh", "-c", s);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The namespace of a component's workload. */
    String namespaceOf(String id) {
        if (namespace != null) {
            return namespace;
        }
        String own = extra(id, "namespace");
        return own != null ? own : DEFAULT_NAMESPACE;
    }
}
