package dev.stagecraft.io.kubernetes;

import java.util.Map;
import java.util.Set;

/**
 * What each kind of Kubernetes object becomes: a workload (a component running containers), a Service (which
 * joins the workloads it selects), an entry point (Ingress, Gateway API Gateway and routes: a gateway component),
 * a ConfigMap or Secret (a config component), or nothing (RBAC, CRDs, autoscalers, ...: skipped and reported).
 * A kind counts only in its own API group, so a Knative {@code Service} or an Istio {@code Gateway} is skipped,
 * not read as the core one.
 */
final class KubeKinds {
    enum Role { WORKLOAD, SERVICE, INGRESS, GATEWAY, ROUTE, CONFIG_MAP, SECRET, SKIPPED }

    /** Kind to the API groups it is read from ({@code ""} is the core group, {@code v1}). */
    private static final Map<String, Set<String>> GROUPS = Map.ofEntries(
            Map.entry("Deployment", Set.of("apps", "extensions")),
            Map.entry("StatefulSet", Set.of("apps")),
            Map.entry("DaemonSet", Set.of("apps", "extensions")),
            Map.entry("ReplicaSet", Set.of("apps", "extensions")),
            Map.entry("ReplicationController", Set.of("")),
            Map.entry("Pod", Set.of("")),
            Map.entry("Job", Set.of("batch")),
            Map.entry("CronJob", Set.of("batch")),
            Map.entry("Service", Set.of("")),
            Map.entry("ConfigMap", Set.of("")),
            Map.entry("Secret", Set.of("")),
            Map.entry("Ingress", Set.of("networking.k8s.io", "extensions")),
            Map.entry("Gateway", Set.of("gateway.networking.k8s.io")),
            Map.entry("HTTPRoute", Set.of("gateway.networking.k8s.io")),
            Map.entry("GRPCRoute", Set.of("gateway.networking.k8s.io")),
            Map.entry("TLSRoute", Set.of("gateway.networking.k8s.io")),
            Map.entry("TCPRoute", Set.of("gateway.networking.k8s.io")),
            Map.entry("UDPRoute", Set.of("gateway.networking.k8s.io")));

    private KubeKinds() {
    }

    static Role role(KubeObject o) {
        Set<String> groups = GROUPS.get(o.kind());
        if (groups == null || !groups.contains(o.group())) {
            return Role.SKIPPED;
        }
        return switch (o.kind()) {
            case "Service" -> Role.SERVICE;
            case "ConfigMap" -> Role.CONFIG_MAP;
            case "Secret" -> Role.SECRET;
            case "Ingress" -> Role.INGRESS;
            case "Gateway" -> Role.GATEWAY;
            case "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute" -> Role.ROUTE;
            default -> Role.WORKLOAD;
        };
    }

    /**
     * How the report names a skipped kind: the kind, with its API group when the kind is one read from another
     * group ({@code Gateway (networking.istio.io)}), so the two are never counted together.
     */
    static String skippedName(KubeObject o) {
        return GROUPS.containsKey(o.kind()) ? o.kind() + " (" + o.apiVersion() + ")" : o.kind();
    }

    /** Whether a workload of this kind runs to completion (a job), rather than serving. */
    static boolean runsToCompletion(String kind) {
        return kind.equals("Job") || kind.equals("CronJob");
    }
}
