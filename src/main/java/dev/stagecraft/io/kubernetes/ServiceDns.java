package dev.stagecraft.io.kubernetes;

import java.util.ArrayList;
import java.util.List;

/**
 * The Services a host name can reach from a pod in a namespace, as cluster DNS resolves it: {@code orders}
 * (the pod's own namespace), {@code orders.shop}, {@code orders.shop.svc}, {@code orders.shop.svc.cluster.local}
 * (any cluster domain after {@code .svc.}), and a StatefulSet pod's own name in front of its Service's
 * ({@code postgres-0.postgres}, {@code postgres-0.postgres.data.svc.cluster.local}). O(length of the name).
 */
final class ServiceDns {
    private ServiceDns() {
    }

    /**
     * The {@code namespace/name} keys of the Services the host may name, most likely first; empty when it names
     * none (more labels than a Service's DNS name has, e.g. {@code api.stripe.com.example}).
     *
     * @param host      a lower-case host name
     * @param namespace the namespace of the pod that looks the name up
     */
    static List<String> candidates(String host, String namespace) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        boolean qualified = false;
        int svc = name.indexOf(".svc.");
        if (svc > 0) {
            name = name.substring(0, svc);
            qualified = true;
        } else if (name.endsWith(".svc")) {
            name = name.substring(0, name.length() - 4);
            qualified = true;
        }
        String[] labels = name.split("\\.", -1);
        List<String> keys = new ArrayList<>(2);
        switch (labels.length) {
            case 1 -> {
                if (!qualified) {
                    keys.add(KubeObject.key(namespace, labels[0]));
                }
            }
            case 2 -> {
                keys.add(KubeObject.key(labels[1], labels[0])); // service.namespace
                if (!qualified) {
                    keys.add(KubeObject.key(namespace, labels[1])); // pod.service
                }
            }
            case 3 -> keys.add(KubeObject.key(labels[2], labels[1])); // pod.service.namespace
            default -> { }
        }
        return keys;
    }
}
