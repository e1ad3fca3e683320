package dev.stagecraft.io.backstage;

import dev.stagecraft.model.ComponentKind;
import java.util.Locale;

/** Maps a Backstage entity's {@code spec.type} to a component kind; the caller reports the guess. */
final class BackstageKinds {
    private BackstageKinds() {
    }

    static ComponentKind forComponent(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "library" -> ComponentKind.LIBRARY;
            case "gateway", "proxy", "load-balancer" -> ComponentKind.GATEWAY;
            case "job", "batch", "cronjob" -> ComponentKind.JOB;
            default -> ComponentKind.SERVICE;
        };
    }

    static ComponentKind forResource(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("database") || t.equals("db") || t.contains("postgres") || t.contains("mysql")
                || t.contains("bucket") || t.contains("storage") || t.contains("table")) {
            return ComponentKind.DATABASE;
        }
        if (t.contains("queue") || t.contains("topic") || t.contains("stream") || t.contains("kafka")) {
            return ComponentKind.QUEUE;
        }
        if (t.contains("cache") || t.contains("redis") || t.contains("memcache")) {
            return ComponentKind.CACHE;
        }
        if (t.contains("config") || t.contains("secret") || t.contains("parameter")) {
            return ComponentKind.CONFIG;
        }
        if (t.contains("external") || t.contains("saas") || t.contains("third-party")) {
            return ComponentKind.EXTERNAL;
        }
        return ComponentKind.SERVICE;
    }
}
