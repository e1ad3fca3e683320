package dev.stagecraft.fuzz;

import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The realistic files mutations start from, per target: the sample graphs, the test resources of the format,
 * and what our own writers make of the sample graphs and of two small synthetic graphs (compose, Backstage and
 * Kubernetes, which Stagecraft only reads, are written here from the same graphs in the shape real files have).
 */
final class SeedCorpus {
    /** A seed file: its name (for failure messages) and its bytes. */
    record Seed(String name, byte[] bytes) {
        static Seed of(String name, String text) {
            return new Seed(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final List<String> NATIVE_RESOURCES = List.of("native/design-example.yaml", "native/extras.yaml",
            "native/repairable.yaml", "native/unordered-sections.yaml", "native/broken-syntax.yaml", "cli/small.yaml",
            "cli/cycle.yaml", "ui/shop.yaml");
    private static final List<String> KUBERNETES_RESOURCES = List.of("kubernetes/shop.yaml",
            "kubernetes/helm-template.yaml", "kubernetes/kustomize-list.yaml", "kubernetes/empty-docs.yaml");
    private static final List<String> SAMPLES = List.of("demo.yaml", "platform-migration.yaml", "shop.yaml");

    private SeedCorpus() {
    }

    static List<Seed> seeds(FuzzTarget target) {
        Map<String, ServiceGraph> graphs = graphs();
        List<Seed> seeds = new ArrayList<>();
        switch (target) {
            case NATIVE -> {
                SAMPLES.forEach(s -> seeds.add(Seed.of(s, sample(s))));
                NATIVE_RESOURCES.forEach(r -> seeds.add(Seed.of(r, TestFiles.text(r))));
                written(graphs, GraphFormat.NATIVE, seeds);
            }
            case PLAN -> graphs.forEach((name, g) -> {
                RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
                RolloutPlan limited = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(2)).build();
                seeds.add(Seed.of(name + " plan yaml", PlanWriter.toYaml(plan)));
                seeds.add(Seed.of(name + " plan json", PlanWriter.toJson(plan)));
                seeds.add(Seed.of(name + " plan yaml max-parallel 2", PlanWriter.toYaml(limited)));
            });
            case DOT -> {
                seeds.add(Seed.of("dot/terraform-graph.dot", TestFiles.text("dot/terraform-graph.dot")));
                written(graphs, GraphFormat.DOT, seeds);
            }
            case GRAPHML -> {
                seeds.add(Seed.of("graphml/yed-shop.graphml", TestFiles.text("graphml/yed-shop.graphml")));
                seeds.add(Seed.of("graphml/xxe.graphml", TestFiles.text("graphml/xxe.graphml")));
                written(graphs, GraphFormat.GRAPHML, seeds);
            }
            case JSON -> written(graphs, GraphFormat.JSON, seeds);
            case CSV -> written(graphs, GraphFormat.CSV, seeds);
            case COMPOSE -> {
                seeds.add(Seed.of("compose/shop-compose.yaml", TestFiles.text("compose/shop-compose.yaml")));
                seeds.add(Seed.of("compose/alias-bomb.yaml", TestFiles.text("compose/alias-bomb.yaml")));
                graphs.forEach((name, g) -> seeds.add(Seed.of(name + " as compose", compose(g))));
            }
            case BACKSTAGE -> {
                seeds.add(Seed.of("backstage/catalog-info.yaml", TestFiles.text("backstage/catalog-info.yaml")));
                graphs.forEach((name, g) -> seeds.add(Seed.of(name + " as backstage", backstage(g))));
            }
            case TRACES -> {
                for (String f : List.of("traces/jaeger-dependencies.json", "traces/servicegraph.prom",
                        "traces/servicegraph-query.json")) {
                    seeds.add(Seed.of(f, TestFiles.text(f)));
                }
                graphs.forEach((name, g) -> seeds.add(Seed.of(name + " as service graph", serviceGraph(g))));
            }
            case KUBERNETES -> {
                KUBERNETES_RESOURCES.forEach(r -> seeds.add(Seed.of(r, TestFiles.text(r))));
                graphs.forEach((name, g) -> seeds.add(Seed.of(name + " as kubernetes", kubernetes(g))));
            }
        }
        return List.copyOf(seeds);
    }

    /** The sample graphs and two small synthetic ones, by name. */
    private static Map<String, ServiceGraph> graphs() {
        Map<String, ServiceGraph> graphs = new LinkedHashMap<>();
        for (String s : SAMPLES) {
            graphs.put(s, NativeGraphReader.read(sample(s), s).graph());
        }
        graphs.put("native/extras.yaml", NativeGraphReader.read(TestFiles.text("native/extras.yaml"), "x").graph());
        graphs.put("generated 12/20 seed 1", GraphGenerator.generate(12, 20, 1));
        graphs.put("generated 40/90 seed 2", GraphGenerator.generate(40, 90, 2));
        return graphs;
    }

    /** A sample graph from {@code sample-graphs/} (tests and benchmarks run in the project folder). */
    private static String sample(String name) {
        try {
            return Files.readString(Path.of("sample-graphs", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void written(Map<String, ServiceGraph> graphs, GraphFormat format, List<Seed> seeds) {
        graphs.forEach((name, g) -> seeds.add(Seed.of(name + " written as " + format.id(),
                format == GraphFormat.NATIVE ? NativeGraphWriter.write(g, "# written by the fuzz corpus")
                        : GraphFormats.writer(format).write(g))));
    }

    /** A compose file with one service per component: image, depends_on (short and long form), environment. */
    static String compose(ServiceGraph g) {
        StringBuilder b = new StringBuilder("name: ").append(g.metadata().name()).append("\n\nservices:\n");
        int i = 0;
        for (Component c : g.components()) {
            b.append("  ").append(c.id()).append(":\n");
            b.append("    image: ").append(image(c)).append('\n');
            List<Dependency> deps = g.dependenciesOf(c.id());
            if (!deps.isEmpty()) {
                b.append("    depends_on:\n");
                for (Dependency d : deps) {
                    if (i % 2 == 0) {
                        b.append("      - ").append(d.to()).append('\n');
                    } else {
                        b.append("      ").append(d.to()).append(":\n        condition: service_healthy\n");
                    }
                }
                b.append("    environment:\n      ").append(deps.get(0).to().toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]", "_")).append("_URL: http://").append(deps.get(0).to()).append(":8080\n");
            }
            i++;
        }
        return b.toString();
    }

    private static String image(Component c) {
        return switch (c.kind() == null ? "service" : c.kind().name().toLowerCase(Locale.ROOT)) {
            case "database" -> "postgres:16";
            case "cache" -> "redis:7-alpine";
            case "queue" -> "rabbitmq:3.13-management";
            case "gateway" -> "envoyproxy/envoy:v1.31-latest";
            default -> "ghcr.io/acme/" + c.id() + ":1.0." + c.id().length();
        };
    }

    /** A Backstage catalog: one System, then a Component or Resource per component with dependsOn refs. */
    /** The graph as the OpenTelemetry service-graph metric in Prometheus text, one series per dependency. */
    static String serviceGraph(ServiceGraph g) {
        StringBuilder b = new StringBuilder("# TYPE traces_service_graph_request_total counter\n");
        int n = 1;
        for (var d : g.dependencies()) {
            b.append("traces_service_graph_request_total{client=\"").append(d.from()).append("\",server=\"")
                    .append(d.to()).append("\",connection_type=\"").append(g.requireComponent(d.to()).kind().id())
                    .append("\"} ").append(n++).append('\n');
        }
        return b.toString();
    }

    static String backstage(ServiceGraph g) {
        String system = g.metadata().name() == null ? "platform" : g.metadata().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-");
        StringBuilder b = new StringBuilder("apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: ")
                .append(system).append("\nspec:\n  owner: group:default/platform\n");
        for (Component c : g.components()) {
            boolean resource = c.kind() != null && c.kind().name().matches("DATABASE|CACHE|QUEUE");
            b.append("---\napiVersion: backstage.io/v1alpha1\nkind: ").append(resource ? "Resource" : "Component")
                    .append("\nmetadata:\n  name: ").append(c.id()).append('\n');
            b.append("spec:\n  type: ").append(resource ? c.kind().name().toLowerCase(Locale.ROOT) : "service")
                    .append("\n  owner: ").append(c.team() == null ? "team-platform" : c.team())
                    .append("\n  lifecycle: production\n  system: ").append(system).append('\n');
            List<Dependency> deps = g.dependenciesOf(c.id());
            if (!deps.isEmpty()) {
                b.append("  dependsOn:\n");
                for (Dependency d : deps) {
                    boolean toResource = g.component(d.to()).map(t -> t.kind() != null
                            && t.kind().name().matches("DATABASE|CACHE|QUEUE")).orElse(false);
                    b.append("    - ").append(toResource ? "resource:" : "component:").append(d.to()).append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * Kubernetes manifests: per component a workload (StatefulSet for data stores, CronJob for jobs, else a
     * Deployment) with a Service selecting it and a ConfigMap it reads with envFrom, whose values are URLs of the
     * Services it depends on (every other one namespace-qualified); namespaces alternate between two.
     */
    static String kubernetes(ServiceGraph g) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        Map<String, String> namespaceOf = new LinkedHashMap<>();
        for (Component c : g.components()) {
            namespaceOf.put(c.id(), i++ % 2 == 0 ? "shop" : "data");
        }
        for (Component c : g.components()) {
            String ns = namespaceOf.get(c.id());
            String kind = c.kind() == null ? "service" : c.kind().name().toLowerCase(Locale.ROOT);
            b.append("---\n# Source: generated/templates/").append(c.id()).append(".yaml\n");
            b.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(c.id()).append("-env\n  namespace: ")
                    .append(ns).append("\ndata:\n");
            int n = 0;
            for (Dependency d : g.dependenciesOf(c.id())) {
                String host = n++ % 2 == 0 ? d.to() + "." + namespaceOf.get(d.to()) + ".svc.cluster.local" : d.to();
                b.append("  DEP_").append(n).append("_URL: \"http://").append(host).append(":8080/\"\n");
            }
            if (n == 0) {
                b.append("  LOG_LEVEL: info\n");
            }
            boolean job = kind.equals("job");
            String workload = job ? "CronJob" : kind.matches("database|queue|cache") ? "StatefulSet" : "Deployment";
            b.append("---\napiVersion: ").append(job ? "batch/v1" : "apps/v1").append("\nkind: ").append(workload)
                    .append("\nmetadata:\n  name: ").append(c.id()).append("\n  namespace: ").append(ns).append("\nspec:\n");
            String indent = job ? "      " : "  ";
            if (job) {
                b.append("  schedule: \"0 * * * *\"\n  jobTemplate:\n    spec:\n");
            }
            b.append(indent).append("template:\n").append(indent).append("  metadata:\n").append(indent)
                    .append("    labels: {app: ").append(c.id()).append("}\n").append(indent).append("  spec:\n")
                    .append(indent).append("    containers:\n").append(indent).append("      - name: main\n")
                    .append(indent).append("        image: ").append(image(c)).append('\n').append(indent)
                    .append("        envFrom:\n").append(indent).append("          - configMapRef: {name: ")
                    .append(c.id()).append("-env}\n");
            b.append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ").append(c.id()).append("\n  namespace: ")
                    .append(ns).append("\nspec:\n  selector:\n    app: ").append(c.id()).append("\n  ports: [{port: 8080}]\n");
        }
        return b.toString();
    }
}
