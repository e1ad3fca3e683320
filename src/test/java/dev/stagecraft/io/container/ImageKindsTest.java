package dev.stagecraft.io.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.ComponentKind;
import org.junit.jupiter.api.Test;

/** Kinds from images as real compose files name them. */
class ImageKindsTest {
    private static ComponentKind kind(String image) {
        return ImageKinds.guess(image).kind();
    }

    @Test
    void dataStoresQueuesAndTheToolsAroundThem() {
        assertEquals(ComponentKind.DATABASE, kind("mcr.microsoft.com/azure-sql-edge:latest"));
        assertEquals(ComponentKind.DATABASE, kind("mcr.microsoft.com/mssql/server:2022-latest"));
        assertEquals(ComponentKind.DATABASE, kind("registry.example.com:5000/shop/orders-db:1.2"));
        assertEquals(ComponentKind.DATABASE, kind("bitnami/postgresql:16"));
        assertEquals(ComponentKind.QUEUE, kind("confluentinc/cp-kafka:7.6.0"));
        assertEquals(ComponentKind.SERVICE, kind("confluentinc/cp-kafka-rest:7.6.0"), "a REST proxy, not the queue");
        assertEquals(ComponentKind.SERVICE, kind("confluentinc/cp-schema-registry:7.6.0"));
        assertEquals(ComponentKind.SERVICE, kind("provectuslabs/kafka-ui:latest"));
        assertEquals(ComponentKind.SERVICE, kind("oliver006/redis_exporter:v1.58.0"));
        assertEquals(ComponentKind.SERVICE, kind("dpage/pgadmin4:8"));
        assertEquals(ComponentKind.CACHE, kind("redis:7-alpine"));
        assertEquals(ComponentKind.SERVICE, kind("example/dbt-runner:1"), "db inside a word is no database");
    }
}
