package dev.stagecraft.bench;

import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.io.kubernetes.KubernetesReader;
import java.util.Locale;
import java.util.Random;

/**
 * Importing Kubernetes manifests of 20,000 services: per service a Deployment, a Service selecting it and a
 * ConfigMap it reads with envFrom, in 20 namespaces; each service names 5 others (seeded), 2 in its env values
 * ({@code host:port} and a URL, the other namespace's ones as {@code svc.ns} and
 * {@code svc.ns.svc.cluster.local}) and 3 in its ConfigMap. Goal: the import under 2 s. Generated in memory,
 * read in process; prints the first import in the JVM, and per measurement the first of its runs and the median
 * of 5 runs after 2 warm-up runs (System.nanoTime),
 * for the YAML parse alone ({@link DocumentReader}) and the whole import. Run:
 * {@code mvn -q -o -Pbench test-compile && mvn -q -o -Pbench exec:java
 * -Dexec.mainClass=dev.stagecraft.bench.KubernetesImportBench -Dexec.cleanupDaemonThreads=false}
 */
public final class KubernetesImportBench {
    private static final int SERVICES = 20_000;
    private static final int NAMESPACES = 20;
    private static final int NAMED = 5;

    private KubernetesImportBench() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : SERVICES;
        String text = manifests(services, 1);
        long t0 = System.nanoTime();
        ImportResult first = new KubernetesReader().read(text, "bench.yaml");
        double firstMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "manifests: %,d services, %,d objects, %.1f MB -> %,d components,"
                        + " %,d dependencies, %,d report entries; first import in this JVM %.1f ms%n", services,
                services * 3, text.length() / 1e6, first.graph().componentCount(), first.graph().dependencyCount(),
                first.report().entries().size(), firstMs);
        int components = first.graph().componentCount();
        int dependencies = first.graph().dependencyCount();
        ImportBenchmark.measure("yaml parse (DocumentReader)", text, t -> check(new DocumentReader("bench.yaml").yaml(t).size()
                == services * 3));
        ImportBenchmark.measure("kubernetes import", text, t -> {
            ImportResult r = new KubernetesReader().read(t, "bench.yaml");
            check(r.graph().componentCount() == components && r.graph().dependencyCount() == dependencies);
        });
    }

    /** The manifests: Deployment, Service, ConfigMap per service, in file order. */
    static String manifests(int services, long seed) {
        Random rnd = new Random(seed);
        StringBuilder b = new StringBuilder(services * 1100);
        for (int i = 0; i < services; i++) {
            String name = name(i);
            String ns = namespace(i);
            int[] named = new int[NAMED];
            for (int k = 0; k < NAMED; k++) {
                int other;
                do {
                    other = rnd.nextInt(services);
                } while (other == i);
                named[k] = other;
            }
            b.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(name)
                    .append("-config\n  namespace: ").append(ns).append("\ndata:\n  LOG_LEVEL: info\n");
            for (int k = 2; k < NAMED; k++) {
                b.append("  UPSTREAM_").append(k).append("_URL: \"http://").append(host(named[k], ns, k))
                        .append(":8080/api\"\n");
            }
            b.append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").append(name)
                    .append("\n  namespace: ").append(ns).append("\n  labels:\n    app.kubernetes.io/name: ").append(name)
                    .append("\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ")
                    .append(name).append("\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ")
                    .append(name).append("\n        app.kubernetes.io/part-of: platform\n    spec:\n      containers:\n")
                    .append("        - name: app\n          image: registry.example.com/platform/").append(name)
                    .append(":1.").append(i % 17).append(".0\n          ports:\n            - containerPort: 8080\n")
                    .append("          envFrom:\n            - configMapRef:\n                name: ").append(name)
                    .append("-config\n          env:\n            - name: PEER_ADDR\n              value: ")
                    .append(host(named[0], ns, 0)).append(":8080\n            - name: BACKEND_URL\n")
                    .append("              value: http://").append(host(named[1], ns, 1)).append("/v1\n");
            b.append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ").append(name).append("\n  namespace: ")
                    .append(ns).append("\nspec:\n  selector:\n    app.kubernetes.io/name: ").append(name)
                    .append("\n  ports:\n    - port: 8080\n      targetPort: 8080\n");
        }
        return b.toString();
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "svc-%05d", i);
    }

    private static String namespace(int i) {
        return "team-" + (i % NAMESPACES);
    }

    /** The other service's name as a pod in namespace {@code from} writes it. */
    private static String host(int other, String from, int k) {
        String ns = namespace(other);
        if (ns.equals(from)) {
            return name(other);
        }
        return k % 2 == 0 ? name(other) + "." + ns : name(other) + "." + ns + ".svc.cluster.local";
    }

    private static void check(boolean same) {
        if (!same) {
            throw new IllegalStateException("the import lost objects, components or dependencies");
        }
    }
}
