package dev.stagecraft.io.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Kubernetes reader on manifests as kubectl, helm template and kustomize give them. */
class KubernetesReaderTest {
    private static ImportResult read(String resource) {
        return new KubernetesReader().read(TestFiles.text("kubernetes/" + resource), resource);
    }

    /** id to kind, in component order. */
    private static Map<String, String> kinds(ServiceGraph g) {
        Map<String, String> kinds = new LinkedHashMap<>();
        g.components().forEach(c -> kinds.put(c.id(), c.kind().id()));
        return kinds;
    }

    private static Set<String> edges(ServiceGraph g) {
        return g.dependencies().stream().map(d -> d.from() + " -> " + d.to()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> messages(ImportResult r, String code) {
        return r.report().withCode(code).stream().map(Finding::message).toList();
    }

    @Test
    void eachNamespaceIsASystemWhenThereAreSeveral() {
        ImportResult r = read("shop.yaml");
        assertTrue(r.graph().components().stream().allMatch(c -> c.system() != null
                && c.system().equals(c.extras().get("namespace"))), "system = namespace");
        assertEquals(java.util.Set.of("shop", "data"), r.graph().components().stream().map(c -> c.system())
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(0, r.graph().groups().size(), "a namespace is no change group");
        ImportResult one = read("helm-template.yaml");
        long namespaces = one.graph().components().stream().map(c -> c.extras().get("namespace")).distinct().count();
        if (namespaces == 1) {
            assertTrue(one.graph().components().stream().allMatch(c -> c.system() == null), "one namespace: no hull");
        }
    }

    @Test
    void multiDocumentAppBecomesWorkloadsEntryPointsAndConfigWithTheirDependencies() {
        ImportResult r = read("shop.yaml");
        ServiceGraph g = r.graph();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("storefront", "service");
        expected.put("orders", "service");
        expected.put("catalog", "service");
        expected.put("redis", "cache");
        expected.put("nightly-report", "job");
        expected.put("postgres", "database");
        expected.put("kafka", "queue");
        expected.put("payments-provider", "external");
        expected.put("shop", "gateway");
        expected.put("storefront-config", "config");
        expected.put("orders-config", "config");
        expected.put("shop-common", "config");
        expected.put("data-common", "config");
        expected.put("orders-db-credentials", "config");
        expected.put("postgres-secret", "config");
        assertEquals(expected, kinds(g));
        assertEquals(new TreeSet<>(List.of(
                "storefront -> storefront-config", "storefront -> orders", "storefront -> catalog",
                "orders -> orders-db-credentials", "orders -> postgres", "orders -> redis", "orders -> kafka",
                "orders -> payments-provider", "orders -> orders-config", "orders -> shop-common",
                "catalog -> postgres", "nightly-report -> orders",
                "postgres -> postgres-secret", "postgres -> data-common",
                "shop -> storefront", "shop -> orders")), edges(g));
    }

    @Test
    void dependenciesSayHowTheyWereFound() {
        ServiceGraph g = read("shop.yaml").graph();
        Dependency config = g.dependency("storefront", "storefront-config").orElseThrow();
        assertEquals(DependencyKind.CONFIG, config.kind());
        assertEquals("envFrom", config.extras().get("via"));
        assertEquals("volume", g.dependency("orders", "orders-config").orElseThrow().extras().get("via"));
        assertEquals("env", g.dependency("orders", "orders-db-credentials").orElseThrow().extras().get("via"));
        assertEquals("configmap:storefront-config/API_URL",
                g.dependency("storefront", "orders").orElseThrow().extras().get("inferred"));
        assertEquals("secret:orders-db-credentials/DATABASE_URL",
                g.dependency("orders", "postgres").orElseThrow().extras().get("inferred"));
        assertEquals("env:KAFKA_BROKERS", g.dependency("orders", "kafka").orElseThrow().extras().get("inferred"));
        assertEquals("ingress", g.dependency("shop", "orders").orElseThrow().extras().get("via"));
    }

    @Test
    void componentsKeepTheirNamespaceKindAndName() {
        ServiceGraph g = read("shop.yaml").graph();
        Component postgres = g.requireComponent("postgres");
        assertEquals("data", postgres.extras().get("namespace"));
        assertEquals("StatefulSet", postgres.extras().get("k8s-kind"));
        assertEquals("postgres", postgres.extras().get("k8s-name"));
        assertEquals("postgres:16.2", postgres.extras().get("image"));
        assertEquals(List.of("postgres"), postgres.extras().get("k8s-services"));
        Component common = g.requireComponent("data-common");
        assertEquals("common (data)", common.name());
        assertEquals("ConfigMap", common.extras().get("k8s-kind"));
        assertEquals("common", common.extras().get("k8s-name"));
        assertEquals("api.payments.example.com",
                g.requireComponent("payments-provider").extras().get("k8s-external-name"));
    }

    @Test
    void sameNameInTwoNamespacesIsQualifiedAndReported() {
        List<String> renamed = messages(read("shop.yaml"), "renamed-id");
        assertEquals(List.of("ConfigMap shop/common has the id 'shop-common': the name common is used in the"
                        + " namespaces data, shop",
                "ConfigMap data/common has the id 'data-common': the name common is used in the namespaces data, shop"),
                renamed);
    }

    @Test
    void skippedKindsAreOneLineEachWithTheirCount() {
        assertEquals(List.of("2 Namespace objects are not modelled and were skipped (first: default/shop)",
                "1 ServiceAccount object is not modelled and was skipped (first: shop/storefront)",
                "1 HorizontalPodAutoscaler object is not modelled and was skipped (first: shop/orders)",
                "1 Role object is not modelled and was skipped (first: shop/orders-reader)",
                "1 RoleBinding object is not modelled and was skipped (first: shop/orders-reader)"),
                messages(read("shop.yaml"), "skipped"));
    }

    @Test
    void helmTemplateOutputKeepsEachObjectsTemplate() {
        ImportResult r = read("helm-template.yaml");
        ServiceGraph g = r.graph();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("prod-webshop-web", "service");
        expected.put("prod-webshop-api", "service");
        expected.put("prod-redis-master", "cache");
        expected.put("prod-webshop", "gateway");
        expected.put("prod-webshop-config", "config");
        assertEquals(expected, kinds(g));
        assertEquals(new TreeSet<>(List.of("prod-webshop-web -> prod-webshop-config",
                "prod-webshop-web -> prod-webshop-api", "prod-webshop-web -> prod-redis-master",
                "prod-webshop-api -> prod-redis-master", "prod-webshop -> prod-webshop-web",
                "prod-webshop -> prod-webshop-api")), edges(g));
        assertEquals("webshop/charts/redis/templates/master/application.yaml",
                g.requireComponent("prod-redis-master").extras().get("k8s-source"));
        assertEquals("webshop/templates/gateway.yaml", g.requireComponent("prod-webshop").extras().get("k8s-source"));
        assertEquals("httproute", g.dependency("prod-webshop", "prod-webshop-web").orElseThrow().extras().get("via"));
        assertEquals(List.of("Deployment default/prod-webshop-web uses Secret default/prod-redis, which is not in"
                + " these manifests; the dependency was skipped"), messages(r, "unresolved-ref"));
    }

    @Test
    void kustomizeListItemsAreRead() {
        ImportResult r = read("kustomize-list.yaml");
        ServiceGraph g = r.graph();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("staging-inventory", "service");
        expected.put("staging-warehouse", "service");
        expected.put("staging-rabbitmq", "queue");
        expected.put("staging-inventory-ingress", "gateway");
        expected.put("staging-inventory-env-5g7c9kh2bt", "config");
        assertEquals(expected, kinds(g));
        assertEquals(new TreeSet<>(List.of("staging-inventory -> staging-inventory-env-5g7c9kh2bt",
                "staging-inventory -> staging-warehouse", "staging-warehouse -> staging-rabbitmq",
                "staging-inventory-ingress -> staging-inventory")), edges(g));
        assertEquals(List.of("Ingress staging/staging-inventory has the id 'staging-inventory-ingress':"
                + " 'staging-inventory' is taken by another object of these manifests"), messages(r, "renamed-id"));
        assertEquals(List.of(
                "1 PodDisruptionBudget object is not modelled and was skipped (first: staging/staging-inventory)",
                "2 ServiceMonitor objects are not modelled and were skipped (first: staging/staging-inventory)",
                "1 CustomResourceDefinition object is not modelled and was skipped"
                        + " (first: default/servicemonitors.monitoring.coreos.com)"), messages(r, "skipped"));
    }

    @Test
    void emptyAndCommentOnlyDocumentsAreSkipped() {
        ImportResult r = read("empty-docs.yaml");
        assertEquals(Map.of("lonely", "service"), kinds(r.graph()));
        assertEquals(0, new KubernetesReader().read("---\n# nothing\n---\n\n---\n", "x.yaml").graph().componentCount());
        assertEquals(0, new KubernetesReader().read("", "x.yaml").graph().componentCount());
    }

    @Test
    void optionalConfigIsASoftDependency() {
        String text = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          image: web:1
                          envFrom:
                            - configMapRef: {name: flags, optional: true}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: flags}
                """;
        Dependency d = new KubernetesReader().read(text, "x.yaml").graph().dependency("web", "flags").orElseThrow();
        assertEquals(Strength.SOFT, d.strength());
    }

    @Test
    void aServiceSelectingNoWorkloadIsItsOwnComponent() {
        String text = """
                apiVersion: v1
                kind: Service
                metadata: {name: legacy, namespace: ops}
                spec:
                  selector: {app: legacy}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: cron-client, namespace: ops}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          image: client:1
                          env: [{name: LEGACY_ADDR, value: legacy.ops}]
                """;
        ImportResult r = new KubernetesReader().read(text, "x.yaml");
        assertEquals(Map.of("cron-client", "service", "legacy", "service"), kinds(r.graph()));
        assertEquals(Set.of("cron-client -> legacy"), edges(r.graph()));
        assertEquals(List.of("Service ops/legacy selects no workload of these manifests; it is a component of its own"),
                messages(r, "unattached-service"));
    }

    @Test
    void anIstioGatewayOrKnativeServiceIsNotTheCoreKind() {
        String text = """
                apiVersion: networking.istio.io/v1beta1
                kind: Gateway
                metadata: {name: public}
                ---
                apiVersion: serving.knative.dev/v1
                kind: Service
                metadata: {name: hello}
                """;
        ImportResult r = new KubernetesReader().read(text, "x.yaml");
        assertEquals(0, r.graph().componentCount());
        assertEquals(List.of(
                "1 Gateway (networking.istio.io/v1beta1) object is not modelled and was skipped (first: default/public)",
                "1 Service (serving.knative.dev/v1) object is not modelled and was skipped (first: default/hello)"),
                messages(r, "skipped"));
    }

    @Test
    void badYamlIsAFormatErrorWithLineAndColumn() {
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new KubernetesReader().read(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n", "bad.yaml"));
        assertEquals("bad.yaml", e.file());
        assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
        GraphFormatException wrongType = assertThrows(GraphFormatException.class, () -> new KubernetesReader().read(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template: [1, 2]\n", "t.yaml"));
        assertEquals(5, wrongType.line(), wrongType.getMessage());
    }

    @Test
    void aDocumentThatIsNoObjectIsReported() {
        ImportResult r = new KubernetesReader().read("foo: bar\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n",
                "x.yaml");
        assertEquals(0, r.graph().componentCount());
        assertEquals(2, r.report().withCode("skipped").size(), r.report().entries().toString());
    }
}
