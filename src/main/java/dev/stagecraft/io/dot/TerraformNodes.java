package dev.stagecraft.io.dot;

import dev.stagecraft.model.ComponentKind;
import java.util.Locale;

/**
 * What {@code terraform graph} output means: nodes are named {@code "[root] aws_db_instance.orders (expand)"}
 * with the resource address as label; {@code [root] root}, {@code (close)} and {@code meta.count-boundary}
 * nodes are Terraform's own bookkeeping, not infrastructure. Kinds are guessed from the resource type.
 */
final class TerraformNodes {
    private TerraformNodes() {
    }

    /** Terraform's bookkeeping nodes, skipped on import. */
    static boolean isInternal(String nodeName) {
        return nodeName.equals("[root] root") || nodeName.endsWith(" (close)") || nodeName.contains("meta.count-boundary");
    }

    /** Whether the file looks like terraform graph output (any node named "[root] ..."). */
    static boolean isTerraformName(String nodeName) {
        return nodeName.startsWith("[root] ");
    }

    /** A kind guessed from a resource address such as {@code aws_sqs_queue.orders}; {@code null} when unsure. */
    static ComponentKind guess(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        if (a.startsWith("provider")) {
            return ComponentKind.EXTERNAL;
        }
        if (a.startsWith("var.") || a.startsWith("local.") || a.startsWith("output.")) {
            return ComponentKind.CONFIG;
        }
        String type = a.startsWith("data.") ? a.substring(5) : a;
        int dot = type.indexOf('.');
        type = dot < 0 ? type : type.substring(0, dot);
        if (containsAny(type, "db_instance", "rds", "dynamodb", "sql", "database", "docdb", "bigtable", "s3_bucket")) {
            return ComponentKind.DATABASE;
        }
        if (containsAny(type, "sqs", "sns", "kinesis", "msk", "pubsub", "queue", "topic", "eventbridge")) {
            return ComponentKind.QUEUE;
        }
        if (containsAny(type, "elasticache", "redis", "memcache")) {
            return ComponentKind.CACHE;
        }
        if (containsAny(type, "_lb", "alb", "elb", "api_gateway", "apigateway", "cloudfront", "ingress")) {
            return ComponentKind.GATEWAY;
        }
        if (containsAny(type, "ssm_parameter", "secretsmanager", "kms", "config_map", "secret")) {
            return ComponentKind.CONFIG;
        }
        if (containsAny(type, "lambda", "ecs_service", "instance", "deployment", "function", "container")) {
            return ComponentKind.SERVICE;
        }
        return null;
    }

    private static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
