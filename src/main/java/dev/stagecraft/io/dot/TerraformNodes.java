package dev.stagecraft.io.dot;

import dev.stagecraft.model.ComponentKind;
import java.util.Locale;

/**
 * What {@code terraform graph} output means. Before Terraform 1.7 nodes are named
 * {@code "[root] aws_db_instance.orders (expand)"}, from 1.7 on {@code "aws_db_instance.orders (expand)"}; resources
 * inside modules are {@code module.net.aws_vpc.main}. Terraform's own bookkeeping is not infrastructure: the
 * {@code root} node, {@code (close)} nodes, {@code meta.count-boundary}, and the variables, locals, outputs and module
 * calls ({@code var.region}, {@code module.net.output.vpc_id}, {@code module.net}) that stand between two resources.
 * Kinds are guessed from the resource type.
 */
final class TerraformNodes {
    private static final java.util.regex.Pattern RESOURCE = java.util.regex.Pattern.compile(
            "(module\\.[^.\\s]+\\.)*(data\\.)?[a-z0-9]+_[a-z0-9_]+\\.[^\\s]+");

    /** A resource of a well-known provider, as Terraform 1.7 and later name nodes (without {@code [root]}). */
    private static final java.util.regex.Pattern KNOWN_PROVIDER_RESOURCE = java.util.regex.Pattern.compile(
            "(module\\.[^.\\s]+\\.)*(data\\.)?(aws|azurerm|azuread|google|kubernetes|helm|random|null|tls"
                    + "|cloudflare|datadog|github|digitalocean|oci|ibm|alicloud)_[a-z0-9_]+\\.[^\\s]+");

    private TerraformNodes() {
    }

    /** The address a node stands for: the name without {@code [root] } and without {@code (expand)} or {@code (close)}. */
    static String address(String nodeName) {
        String a = nodeName.startsWith("[root] ") ? nodeName.substring(7) : nodeName;
        int paren = a.indexOf(" (");
        return paren < 0 ? a : a.substring(0, paren);
    }

    /** Terraform's bookkeeping nodes: not components; dependencies through them join their ends. */
    static boolean isInternal(String nodeName) {
        if (nodeName.equals("[root] root") || nodeName.equals("root") || nodeName.endsWith(" (close)")
                || nodeName.contains("meta.count-boundary")) {
            return true;
        }
        String a = address(nodeName);
        while (a.startsWith("module.")) {
            int dot = a.indexOf('.', "module.".length());
            if (dot < 0) {
                return true; // the module call itself
            }
            a = a.substring(dot + 1);
        }
        return a.startsWith("var.") || a.startsWith("local.") || a.startsWith("output.");
    }

    /**
     * Whether the node names look like terraform graph output: any {@code [root] ...} name, or (Terraform 1.7 and
     * later, without {@code [root]}) any provider or resource address with {@code (expand)}.
     */
    static boolean isTerraformGraph(java.util.Collection<String> nodeNames) {
        for (String n : nodeNames) {
            if (n.startsWith("[root] ") || n.startsWith("provider[\"registry.terraform.io/")
                    || n.endsWith(" (expand)") && RESOURCE.matcher(address(n)).matches()
                    || KNOWN_PROVIDER_RESOURCE.matcher(n).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A kind guessed from a resource address such as {@code aws_sqs_queue.orders}; {@code null} when unsure. */
    static ComponentKind guess(String address) {
        String a = address(address).toLowerCase(Locale.ROOT);
        while (a.startsWith("module.") && a.indexOf('.', 7) > 0) {
            a = a.substring(a.indexOf('.', 7) + 1);
        }
        if (a.startsWith("provider")) {
            return ComponentKind.EXTERNAL;
        }
        if (a.startsWith("var.") || a.startsWith("local.") || a.startsWith("output.")) {
            return ComponentKind.CONFIG;
        }
        String type = a.startsWith("data.") ? a.substring(5) : a;
        int dot = type.indexOf('.');
        type = dot < 0 ? type : type.substring(0, dot);
        if (containsAny(type, "db_instance", "rds", "dynamodb", "sql", "database", "docdb", "bigtable", "s3_bucket",
                "cosmosdb", "spanner", "firestore", "storage_bucket", "storage_account")) {
            return ComponentKind.DATABASE;
        }
        if (containsAny(type, "sqs", "sns", "kinesis", "msk", "pubsub", "queue", "topic", "eventbridge", "eventhub",
                "servicebus")) {
            return ComponentKind.QUEUE;
        }
        if (containsAny(type, "elasticache", "redis", "memcache")) {
            return ComponentKind.CACHE;
        }
        if (containsAny(type, "_lb", "alb", "elb", "api_gateway", "apigateway", "cloudfront", "ingress",
                "application_gateway", "front_door", "api_management", "compute_url_map", "load_balancer")) {
            return ComponentKind.GATEWAY;
        }
        if (containsAny(type, "ssm_parameter", "secretsmanager", "kms", "config_map", "secret", "key_vault",
                "app_configuration")) {
            return ComponentKind.CONFIG;
        }
        if (containsAny(type, "lambda", "ecs_service", "instance", "deployment", "function", "container", "web_app",
                "app_service", "cloud_run", "virtual_machine", "kubernetes", "eks", "aks", "gke")) {
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
