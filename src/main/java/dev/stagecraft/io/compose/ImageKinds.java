package dev.stagecraft.io.compose;

import dev.stagecraft.model.ComponentKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a component's kind from a container image: the image's own name (registry, path, tag and digest
 * stripped) is matched against well-known products, e.g. {@code bitnami/postgresql:16} is a database,
 * {@code confluentinc/cp-kafka:7.6} a queue. Anything else is a service.
 */
final class ImageKinds {
    /** Products by kind, matched as substrings of the image name, first match wins. */
    private static final List<Map.Entry<ComponentKind, List<String>>> PRODUCTS = List.of(
            Map.entry(ComponentKind.DATABASE, List.of("postgres", "mysql", "mariadb", "mongo", "cockroach",
                    "cassandra", "scylla", "clickhouse", "elasticsearch", "opensearch")),
            Map.entry(ComponentKind.CACHE, List.of("redis", "memcached", "valkey", "keydb")),
            Map.entry(ComponentKind.QUEUE, List.of("kafka", "rabbitmq", "nats", "activemq", "pulsar", "redpanda")),
            Map.entry(ComponentKind.GATEWAY, List.of("nginx", "envoy", "traefik", "haproxy", "kong")),
            Map.entry(ComponentKind.CONFIG, List.of("consul", "etcd", "vault", "zookeeper")));

    private ImageKinds() {
    }

    /** A guess and the product word that made it ({@code null} when the guess is the default, service). */
    record Guess(ComponentKind kind, String product) {
    }

    static Guess guess(String image) {
        String name = imageName(image);
        for (Map.Entry<ComponentKind, List<String>> entry : PRODUCTS) {
            for (String product : entry.getValue()) {
                if (name.contains(product)) {
                    return new Guess(entry.getKey(), product);
                }
            }
        }
        return new Guess(ComponentKind.SERVICE, null);
    }

    /** {@code registry.example.com:5000/team/orders-db:1.2@sha256:...} gives {@code orders-db}. */
    static String imageName(String image) {
        String s = image.toLowerCase(Locale.ROOT);
        int digest = s.indexOf('@');
        if (digest >= 0) {
            s = s.substring(0, digest);
        }
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        if (colon > slash) {
            s = s.substring(0, colon);
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
