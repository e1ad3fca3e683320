package dev.stagecraft.io.container;

import dev.stagecraft.model.ComponentKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a component's kind from a container image: the image's own name (registry, path, tag and digest
 * stripped) is matched against well-known products, e.g. {@code bitnami/postgresql:16} is a database,
 * {@code confluentinc/cp-kafka:7.6} a queue, {@code team/orders-db} (a name ending in {@code -db}) a database, while
 * the tools around a product are services ({@code confluentinc/cp-kafka-rest}, {@code provectuslabs/kafka-ui},
 * exporters). Anything else is a service.
 */
public final class ImageKinds {
    /** Products by kind, matched as substrings of the image name, first match wins. */
    private static final List<Map.Entry<ComponentKind, List<String>>> PRODUCTS = List.of(
            // the tools around a product are services: a REST proxy, UI, exporter or admin of Kafka is no queue
            Map.entry(ComponentKind.SERVICE, List.of("kafka-rest", "kafka-ui", "kafdrop", "schema-registry",
                    "kafka-connect", "ksqldb", "akhq", "redis-commander", "redisinsight", "pgadmin", "mongo-express",
                    "adminer", "phpmyadmin", "exporter", "dashboards", "kibana")),
            Map.entry(ComponentKind.DATABASE, List.of("postgres", "mysql", "mariadb", "mongo", "cockroach",
                    "cassandra", "scylla", "clickhouse", "elasticsearch", "opensearch", "mssql", "sql-edge",
                    "azure-sql", "sqlserver", "oracle", "db2", "neo4j", "influxdb", "timescale", "couchdb",
                    "couchbase", "arangodb", "surrealdb", "questdb", "yugabyte", "tidb", "percona", "dynamodb")),
            Map.entry(ComponentKind.CACHE, List.of("redis", "memcached", "valkey", "keydb")),
            Map.entry(ComponentKind.QUEUE, List.of("kafka", "rabbitmq", "nats", "activemq", "pulsar", "redpanda")),
            Map.entry(ComponentKind.GATEWAY, List.of("nginx", "envoy", "traefik", "haproxy", "kong")),
            Map.entry(ComponentKind.CONFIG, List.of("consul", "etcd", "vault", "zookeeper")));

    private ImageKinds() {
    }

    /** A guess and the product word that made it ({@code null} when the guess is the default, service). */
    public record Guess(ComponentKind kind, String product) {
    }

    public static Guess guess(String image) {
        String name = imageName(image);
        if (name.equals("db") || name.endsWith("-db") || name.endsWith("_db")) {
            return new Guess(ComponentKind.DATABASE, "-db");
        }
        // the whole repository path: mcr.microsoft.com/mssql/server names its product in the path
        String repository = repository(image);
        for (Map.Entry<ComponentKind, List<String>> entry : PRODUCTS) {
            for (String product : entry.getValue()) {
                if (repository.contains(product)) {
                    return new Guess(entry.getKey(), product);
                }
            }
        }
        return new Guess(ComponentKind.SERVICE, null);
    }

    /** {@code registry.example.com:5000/team/orders-db:1.2@sha256:...} gives {@code team/orders-db}. */
    public static String repository(String image) {
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
        int first = s.indexOf('/');
        String host = first > 0 ? s.substring(0, first) : "";
        if (host.contains(".") || host.contains(":") || host.equals("localhost")) {
            s = s.substring(first + 1); // a registry host
        }
        return s;
    }

    /** {@code registry.example.com:5000/team/orders-db:1.2@sha256:...} gives {@code orders-db}. */
    public static String imageName(String image) {
        String repository = repository(image);
        return repository.substring(repository.lastIndexOf('/') + 1);
    }
}
