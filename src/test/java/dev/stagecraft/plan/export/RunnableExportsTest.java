package dev.stagecraft.plan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exports run without hand edits: manifests valid against the upstream CRD schemas (strictly: no field the
 * schema lacks), the fields the controllers and {@code spin pipeline save} require, names Kubernetes accepts.
 */
class RunnableExportsTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The graph of {@link PlanExportersTest#plan()}: orders-db a database with a migration image, web-cache a cache. */
    static ExportSettings shop() {
        return ExportSettings.DEFAULTS.withComponents(List.of(
                Component.of("orders-db", ComponentKind.DATABASE).withChanging(true),
                Component.of("auth", ComponentKind.SERVICE),
                Component.of("api", ComponentKind.GATEWAY),
                Component.of("web", ComponentKind.SERVICE),
                Component.of("web-cache", ComponentKind.CACHE)));
    }

    static ExportSettings shopWithMigration() {
        ExportSettings s = shop();
        List<Component> cs = new ArrayList<>(s.components().values());
        cs.replaceAll(c -> c.id().equals("orders-db") ? new Component(c.id(), null, c.kind(), null, null, true, null, null,
                Map.of("migration-image", "registry.example/orders-migrations:42", "migration-command", "migrate up")) : c);
        return s.withComponents(cs);
    }

    static List<JsonNode> docs(String yaml) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        YAML.readerFor(JsonNode.class).readValues(yaml).forEachRemaining(d -> out.add((JsonNode) d));
        return out;
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    /** The schema of a test resource, every object with properties closed to other fields (kubectl's strict validation). */
    static Schema schema(String resource) throws Exception {
        try (InputStream in = RunnableExportsTest.class.getResourceAsStream("/schemas/" + resource)) {
            assertNotNull(in, resource);
            JsonNode node = YAML.readTree(in);
            close(node);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
        }
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties") && !o.has("x-kubernetes-preserve-unknown-fields")) {
                o.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                close(it.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(RunnableExportsTest::close);
        }
    }

    static void assertValid(Schema schema, JsonNode doc) {
        List<Error> errors = schema.validate(doc);
        assertTrue(errors.isEmpty(), doc.path("kind").asText() + " " + doc.path("metadata").path("name").asText() + ": "
                + errors.stream().map(Error::toString).collect(Collectors.joining("; ")));
    }

    @Test
    void argoRolloutsManifestsMatchTheRolloutAndAnalysisTemplateSchemas() throws Exception {
        List<JsonNode> docs = docs(new ArgoRolloutsExporter().export(PlanExportersTest.plan(), shopWithMigration()).text());
        Schema rollout = schema("rollout-crd.openAPIV3Schema.yaml");
        Schema template = schema("analysistemplate-crd.openAPIV3Schema.yaml");
        assertEquals(3, ofKind(docs, "Rollout").size());
        ofKind(docs, "Rollout").forEach(d -> assertValid(rollout, d));
        assertEquals(6, ofKind(docs, "AnalysisTemplate").size(), "two gates for each of auth, api and web");
        ofKind(docs, "AnalysisTemplate").forEach(d -> assertValid(template, d));
    }

    @Test
    void theStrictSchemaRefusesAFieldTheRealOneLacks() throws Exception {
        JsonNode rollout = ofKind(docs(new ArgoRolloutsExporter().export(PlanExportersTest.plan(), shop()).text()), "Rollout").get(0);
        ((ObjectNode) rollout.get("spec").get("workloadRef")).put("scaleDown", "progressively");
        assertFalse(schema("rollout-crd.openAPIV3Schema.yaml").validate(rollout).isEmpty());
        ((ObjectNode) rollout.get("spec").get("workloadRef")).remove("scaleDown");
        ((ObjectNode) rollout.get("spec").get("strategy").get("canary").get("steps").get(0)).put("setWeight", "five");
        assertFalse(schema("rollout-crd.openAPIV3Schema.yaml").validate(rollout).isEmpty());
    }

    @Test
    void aRolloutReferencesItsDeploymentAndEveryGateTemplateItRuns() throws Exception {
        List<JsonNode> docs = docs(new ArgoRolloutsExporter().export(PlanExportersTest.plan(), shop()).text());
        Set<String> templates = ofKind(docs, "AnalysisTemplate").stream()
                .map(d -> d.path("metadata").path("name").asText()).collect(Collectors.toSet());
        JsonNode api = ofKind(docs, "Rollout").stream().filter(d -> d.path("metadata").path("name").asText().equals("api"))
                .findFirst().orElseThrow();
        JsonNode spec = api.get("spec");
        assertEquals("apps/v1", spec.at("/workloadRef/apiVersion").asText());
        assertEquals("Deployment", spec.at("/workloadRef/kind").asText());
        assertEquals("api", spec.at("/workloadRef/name").asText());
        assertEquals("api", spec.at("/selector/matchLabels/app.kubernetes.io~1name").asText());
        JsonNode analysis = spec.at("/strategy/canary/analysis");
        assertEquals(1, analysis.get("startingStep").asInt(), "analysis starts with the first setWeight, after the hold");
        assertEquals("api", analysis.at("/args/0/value").asText());
        List<String> used = new ArrayList<>();
        analysis.get("templates").forEach(t -> used.add(t.get("templateName").asText()));
        assertEquals(List.of("api-error-rate", "api-p99-latency-ms"), used);
        assertTrue(templates.containsAll(used));
        JsonNode metric = ofKind(docs, "AnalysisTemplate").stream()
                .filter(d -> d.path("metadata").path("name").asText().equals("api-error-rate")).findFirst().orElseThrow()
                .at("/spec/metrics/0");
        assertEquals("len(result) > 0 && !isNaN(result[0]) && result[0] <= 0.01", metric.get("successCondition").asText());
        assertEquals("len(result) > 0 && !isNaN(result[0]) && result[0] > 0.01", metric.get("failureCondition").asText());
        assertEquals(1, metric.get("failureLimit").asInt());
        assertEquals("1m", metric.get("interval").asText());
        assertEquals(MetricsMap.DEFAULT_ADDRESS, metric.at("/provider/prometheus/address").asText());
        assertTrue(metric.at("/provider/prometheus/query").asText().contains("service=\"{{args.service}}\""));
    }

    @Test
    void databasesRunTheirMigrationAsAJobAndCachesAreListedAsNotExported() throws Exception {
        PlanExport without = new ArgoRolloutsExporter().export(PlanExportersTest.plan(), shop());
        assertTrue(ofKind(docs(without.text()), "Job").isEmpty());
        assertTrue(without.warnings().stream().anyMatch(w -> w.startsWith("'orders-db' is not exported: database")
                && w.contains("migration-image")), without.warnings().toString());
        assertTrue(without.warnings().stream().anyMatch(w -> w.startsWith("'web-cache' is not exported: cache")));
        assertTrue(without.text().contains("# warning: 'web-cache' is not exported"), "the report is in the header too");
        List<JsonNode> jobs = ofKind(docs(new ArgoRolloutsExporter().export(PlanExportersTest.plan(), shopWithMigration()).text()), "Job");
        assertEquals(1, jobs.size());
        JsonNode job = jobs.get(0);
        assertEquals("batch/v1", job.get("apiVersion").asText());
        assertEquals("orders-db-migrate", job.at("/metadata/name").asText());
        assertEquals("Never", job.at("/spec/template/spec/restartPolicy").asText());
        assertEquals("registry.example/orders-migrations:42", job.at("/spec/template/spec/containers/0/image").asText());
        assertEquals("[\"sh\",\"-c\",\"migrate up\"]", job.at("/spec/template/spec/containers/0/command").toString());
    }

    @Test
    void withoutAGraphEveryComponentIsAServiceAndAWarningSaysSo() {
        PlanExport e = new ArgoRolloutsExporter().export(PlanExportersTest.plan(), ExportSettings.DEFAULTS);
        assertTrue(e.warnings().get(0).startsWith("no graph given (--graph GRAPH.yaml)"), e.warnings().toString());
    }

    @Test
    void aMetricsMapGivesQueriesAndAnUnknownMetricAPlaceholderAndAWarning() throws Exception {
        MetricsMap map = MetricsMap.parse("""
                prometheus:
                  address: http://prom.example:9090
                interval: 30s
                failureLimit: 0
                metrics:
                  error_rate: sum(rate(errors{app="{{args.service}}"}[1m]))
                  p99_latency_ms:
                    query: my_p99{app="{{args.service}}"}
                    failureLimit: 3
                """);
        assertEquals(new MetricsMap.Measure("sum(rate(errors{app=\"{{args.service}}\"}[1m]))", "30s", 0, false),
                map.measure("error_rate"));
        assertEquals(3, map.measure("p99_latency_ms").failureLimit());
        assertTrue(MetricsMap.DEFAULTS.measure("latency_p95_s").query().startsWith("histogram_quantile(0.95,"));
        assertTrue(MetricsMap.DEFAULTS.measure("p99_latency_ms").query().startsWith("1000 * histogram_quantile(0.99,"));
        MetricsMap.Measure unknown = map.measure("checkout_conversion_drop");
        assertTrue(unknown.placeholder());
        assertTrue(unknown.query().startsWith("stagecraft_unmapped_metric{metric=\"checkout_conversion_drop\""));

        RolloutPlan plan = PlanExportersTest.plan();
        List<PlanStep> steps = new ArrayList<>(plan.steps());
        PlanStep auth = steps.get(1);
        steps.set(1, new PlanStep(auth.id(), auth.components(), auth.after(), auth.wave(), auth.startMinute(), auth.endMinute(),
                auth.durationMinutes(), List.of(new dev.stagecraft.plan.CanaryStage(100, 5,
                List.of(new dev.stagecraft.model.Gate("checkout_conversion_drop", 0.02)))), auth.acceptance(), auth.rollback(),
                auth.rollbackMinutes(), auth.blastRadius()));
        RolloutPlan withUnknown = new RolloutPlan(plan.metadata(), plan.summary(), steps, plan.rollbackOrder());
        PlanExport e = new ArgoRolloutsExporter().export(withUnknown, shop().withMetrics(map));
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("gate metric 'checkout_conversion_drop' has no query")
                && w.contains("--metrics-map")), e.warnings().toString());
        assertTrue(e.text().contains("address: http://prom.example:9090"));
    }

    @Test
    void aMetricsMapWithAnUnknownKeyIsRefusedWithTheKey() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MetricsMap.parse("metrics:\n  error_rate: {qurey: up}\n"));
        assertTrue(e.getMessage().contains("metrics.error_rate has an unknown key 'qurey'"), e.getMessage());
    }

    @Test
    void namesAreDnsLabelsDeterministicCollisionFreeAndReported() {
        KubeNames names = new KubeNames("Rollout", KubeNames.LABEL);
        assertEquals("orders-db-v2", names.of("orders_db.v2"));
        assertEquals("orders-db-v2", names.of("orders_db.v2"), "the same source, the same name");
        String clash = names.of("orders-db-v2");
        assertTrue(clash.startsWith("orders-db-v2-") && clash.length() == "orders-db-v2-".length() + 6, clash);
        String longId = "a".repeat(40) + "." + "b".repeat(40);
        String cut = names.of(longId);
        assertTrue(KubeNames.isValid(cut, 63) && cut.length() <= 63, cut);
        assertEquals(cut, new KubeNames("Rollout", 63).of(longId), "deterministic across exports");
        assertEquals(3, names.changes().size(), names.changes().toString());
        assertTrue(names.changes().get(1).contains("is already the name of 'orders_db.v2'"), names.changes().toString());
        KubeNames helm = new KubeNames("Helm release", KubeNames.HELM_RELEASE);
        assertTrue(helm.of(longId).length() <= 53);
        assertEquals("x", new KubeNames("Rollout", 63).of("..."));
    }

    @Test
    void exportedNamesAreValidForEveryTarget() throws Exception {
        RolloutPlan plan = PlanExportersTest.plan();
        ExportSettings settings = shop().withComponents(List.of(
                new Component("orders-db", null, ComponentKind.SERVICE, null, null, true, null, null,
                        Map.of("k8s-name", "Orders_Service." + "x".repeat(70)))));
        for (JsonNode d : docs(new ArgoRolloutsExporter().export(plan, settings).text())) {
            assertTrue(KubeNames.isValid(d.at("/metadata/name").asText(), 63), d.at("/metadata/name").asText());
        }
        for (JsonNode d : docs(new ArgoCdExporter().export(plan, settings).text())) {
            assertTrue(KubeNames.isValid(d.at("/metadata/name").asText(), 63), d.at("/metadata/name").asText());
        }
        JsonNode helmfile = docs(new HelmfileExporter().export(plan, settings).text()).get(0);
        helmfile.get("releases").forEach(r -> assertTrue(KubeNames.isValid(r.get("name").asText(), 53), r.toString()));
        PlanExport e = new ArgoRolloutsExporter().export(plan, settings);
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("Rollout 'Orders_Service.xxx")), e.warnings().toString());
    }

    @Test
    void argoCdApplicationsHaveWhatTheControllerRequiresAndNoPlaceholderWhenTheRepositoryIsGiven() throws Exception {
        ExportSettings settings = shop().withArgoCd(ArgoCdSettings.DEFAULTS.with("https://git.example/shop.git",
                "deploy/{namespace}/{name}", "main", "shop", "automated"));
        PlanExport e = new ArgoCdExporter().export(PlanExportersTest.plan(), settings);
        Schema schema = schema("application-crd.openAPIV3Schema.yaml");
        docs(e.text()).forEach(d -> assertValid(schema, d));
        docs(new ArgoCdExporter().export(PlanExportersTest.plan(), shop()).text()).forEach(d -> assertValid(schema, d));
        assertFalse(e.text().contains("REPLACE-ME"));
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        List<JsonNode> apps = docs(e.text());
        assertEquals(5, apps.size());
        for (JsonNode app : apps) {
            assertEquals("argoproj.io/v1alpha1", app.get("apiVersion").asText());
            assertEquals("Application", app.get("kind").asText());
            JsonNode spec = app.get("spec");
            // the Application CRD requires spec.destination and spec.project, and source.repoURL
            assertFalse(spec.path("project").asText().isEmpty());
            assertFalse(spec.at("/destination/server").asText().isEmpty());
            assertEquals("https://git.example/shop.git", spec.at("/source/repoURL").asText());
            assertEquals("deploy/shop/" + app.at("/metadata/name").asText(), spec.at("/source/path").asText());
            assertEquals("main", spec.at("/source/targetRevision").asText());
            assertTrue(spec.at("/syncPolicy/automated/selfHeal").asBoolean());
        }
        PlanExport bare = new ArgoCdExporter().export(PlanExportersTest.plan(), shop());
        assertTrue(bare.text().contains("repoURL: REPLACE-ME"));
        assertTrue(bare.warnings().get(0).contains("--repo-url"), bare.warnings().toString());
        assertTrue(docs(bare.text()).stream().noneMatch(a -> a.at("/spec").has("syncPolicy")), "manual: no automated sync");
    }

    @Test
    void argoCdConfigFileIsReadAndOptionsWin() {
        ArgoCdSettings file = ArgoCdSettings.parse("repoURL: https://git.example/a.git\nsyncPolicy: automated\nproject: p\n");
        assertEquals("https://git.example/a.git", file.repoURL());
        assertEquals("p", file.project());
        assertEquals("manual", file.with(null, null, null, null, "manual").syncPolicy());
        assertEquals("https://git.example/a.git", file.with(null, null, null, null, null).repoURL());
    }

    @Test
    void helmfileReleasesHaveNamespaceChartAndNeeds() throws Exception {
        ExportSettings settings = shop().withNamespace("shop").withChart("oci://charts.example/{name}");
        PlanExport e = new HelmfileExporter().export(PlanExportersTest.plan(), settings);
        JsonNode releases = docs(e.text()).get(0).get("releases");
        assertEquals(5, releases.size());
        for (JsonNode r : releases) {
            assertEquals("shop", r.get("namespace").asText());
            assertEquals("oci://charts.example/" + r.get("name").asText(), r.get("chart").asText());
            r.path("needs").forEach(n -> assertTrue(n.asText().startsWith("shop/"), n.asText()));
        }
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        assertTrue(new HelmfileExporter().export(PlanExportersTest.plan(), shop()).warnings().get(0).contains("--chart"));
    }

    /** What {@code spin pipeline save} and Orca check: application and name; every stage a refId and a type. */
    @Test
    void spinnakerPipelinePassesSpinPipelineSaveChecks() throws Exception {
        PlanExport e = new SpinnakerExporter().export(PlanExportersTest.plan(), shopWithMigration().withAccount("k8s-prod"));
        JsonNode p = new ObjectMapper().readTree(e.text());
        assertEquals("shop", p.get("application").asText(), "the graph's name by default");
        assertEquals("shop-release", p.get("name").asText());
        Set<String> refs = new HashSet<>();
        boolean judged = false;
        for (JsonNode s : p.get("stages")) {
            assertFalse(s.path("refId").asText().isEmpty());
            assertTrue(refs.add(s.get("refId").asText()), "refIds are unique");
            s.get("requisiteStageRefIds").forEach(r -> assertTrue(refs.contains(r.asText()), r.asText()));
            String type = s.path("type").asText();
            assertTrue(type.equals("deployManifest") || type.equals("manualJudgment"), type);
            if (type.equals("deployManifest")) {
                assertEquals("k8s-prod", s.get("account").asText());
                assertEquals("kubernetes", s.get("cloudProvider").asText());
                assertEquals("text", s.get("source").asText());
                assertTrue(s.get("manifests").size() > 0);
                assertEquals("shop", s.at("/moniker/app").asText());
                s.get("manifests").forEach(m -> assertFalse(m.at("/spec/strategy/canary/steps/0").has("pause"),
                        "Spinnaker orders the steps itself: no hold"));
            } else {
                judged |= s.get("instructions").asText().contains("error_rate <= 0.01");
            }
        }
        assertTrue(judged, "gates are manualJudgment stages");
        assertTrue(e.warnings().stream().anyMatch(w -> w.startsWith("'web-cache' is not exported")));
        assertTrue(new SpinnakerExporter().export(PlanExportersTest.plan(), shop()).warnings().stream()
                .anyMatch(w -> w.contains("--account")));
        assertEquals("shop-app", new ObjectMapper().readTree(new SpinnakerExporter().export(PlanExportersTest.plan(),
                shop().withApplication("shop-app")).text()).get("application").asText());
    }

    @Test
    void argoWorkflowDagFollowsThePlanAndPromotesOnlyHeldRollouts() throws Exception {
        RolloutPlan plan = PlanExportersTest.plan();
        PlanExport e = new ArgoWorkflowsExporter().export(plan, shopWithMigration());
        JsonNode wf = docs(e.text()).get(0);
        assertEquals("Workflow", wf.get("kind").asText());
        assertEquals("argoproj.io/v1alpha1", wf.get("apiVersion").asText());
        assertEquals("shop-release-", wf.at("/metadata/generateName").asText());
        JsonNode spec = wf.get("spec");
        Map<String, JsonNode> templates = new java.util.HashMap<>();
        spec.get("templates").forEach(t -> templates.put(t.get("name").asText(), t));
        JsonNode entry = templates.get(spec.get("entrypoint").asText());
        assertNotNull(entry);
        Map<String, List<String>> deps = new java.util.HashMap<>();
        for (JsonNode task : entry.at("/dag/tasks")) {
            assertTrue(templates.containsKey(task.get("template").asText()), task.toString());
            List<String> d = new ArrayList<>();
            task.path("dependencies").forEach(x -> d.add(x.asText()));
            deps.put(task.get("name").asText(), d);
        }
        Map<String, List<String>> expected = new java.util.HashMap<>();
        plan.steps().forEach(s -> expected.put(s.id(), s.after()));
        assertEquals(expected, deps);
        String api = templates.get("step-api").toString();
        assertTrue(api.contains("\"promote-api\"") && api.contains("\"status-api\""), api);
        String auth = templates.get("step-auth").toString();
        assertFalse(auth.contains("promote"), "auth waits for nothing: it is not held, so not promoted");
        assertTrue(templates.get("step-web-upgrade").toString().contains("\"by-hand\""), "web-cache is done by hand");
        assertEquals("apply", templates.get("job-orders-db-migrate").at("/resource/action").asText());
        for (JsonNode t : templates.values()) {
            for (JsonNode group : t.path("steps")) {
                group.forEach(s -> assertTrue(templates.containsKey(s.get("template").asText()), s.toString()));
            }
        }
        assertEquals(List.of("status", "{{inputs.parameters.rollout}}", "--namespace", "{{inputs.parameters.namespace}}",
                "--timeout", "{{inputs.parameters.timeout}}"), YAML.convertValue(templates.get("status").at("/container/args"), List.class));
        String timeout = templates.get("step-api").at("/steps/1/0/arguments/parameters/2/value").asText();
        assertEquals("70m", timeout, "2 x 30 planned minutes + 10");
    }

    @Test
    void githubActionsWorkflowFollowsThePlanAndPromotesOnlyHeldRollouts() throws Exception {
        RolloutPlan plan = PlanExportersTest.plan();
        JsonNode wf = docs(new GithubActionsExporter().export(plan, shopWithMigration()).text()).get(0);
        assertTrue(wf.has("on") && wf.at("/on").has("workflow_dispatch"), wf.toString());
        Map<String, List<String>> needs = new java.util.HashMap<>();
        wf.get("jobs").fields().forEachRemaining(j -> {
            assertTrue(j.getKey().matches("[A-Za-z_][A-Za-z0-9_-]*"), "a GitHub job id: " + j.getKey());
            assertEquals("ubuntu-latest", j.getValue().get("runs-on").asText());
            List<String> d = new ArrayList<>();
            j.getValue().path("needs").forEach(x -> d.add(x.asText()));
            needs.put(j.getKey(), d);
            j.getValue().get("steps").forEach(st -> assertTrue(st.has("name") && st.has("run"), st.toString()));
        });
        Map<String, List<String>> expected = new java.util.HashMap<>();
        plan.steps().forEach(st -> expected.put(st.id(), st.after()));
        assertEquals(expected, needs, "needs = the plan's after");
        String api = wf.at("/jobs/api").toString();
        assertTrue(api.contains("kubectl argo rollouts promote api") && api.contains("kubectl argo rollouts status api"),
                api);
        assertFalse(wf.at("/jobs/auth").toString().contains("promote"), "auth waits for nothing: not held");
        assertEquals("by-hand", wf.at("/jobs/web-upgrade/environment").asText(), "web-cache is done by hand");
    }

    @Test
    void signOffsBecomeEachEnginesWayOfWaitingForPeople() throws Exception {
        var graph = dev.stagecraft.io.nativeyaml.NativeGraphReader.read(
                dev.stagecraft.io.TestFiles.text("governance/approvals.yaml"), "approvals.yaml").graph();
        RolloutPlan plan = new dev.stagecraft.plan.PlanBuilder(graph, dev.stagecraft.plan.PlanOptions.defaults()).build();
        ExportSettings settings = ExportSettings.DEFAULTS.withComponents(List.copyOf(graph.components()));
        // GitHub: the job of a runs in the environment of its rule, whose reviewers are the approvers
        PlanExport gh = new GithubActionsExporter().export(plan, settings);
        JsonNode wf = docs(gh.text()).get(0);
        assertEquals("approval-tier0-cab", wf.at("/jobs/a/environment").asText());
        assertTrue(wf.at("/jobs/a").toString().contains("kubectl argo rollouts promote a"), "held for its sign-off");
        assertTrue(gh.text().contains("approval-tier0-cab: required reviewers change-advisory-board, sre-on-call"),
                gh.text());
        // Argo Rollouts: a starts at pause {} (nothing else holds it: it waits for no step)
        JsonNode rollout = ofKind(docs(new ArgoRolloutsExporter().export(plan, settings).text()), "Rollout").get(0);
        assertEquals("{}", rollout.at("/spec/strategy/canary/steps/0/pause").toString());
        assertEquals("change-advisory-board, sre-on-call",
                rollout.at("/metadata/annotations").get("stagecraft.dev/approvers").asText());
        // Argo Workflows: a sign-off suspend before the promote
        JsonNode flow = docs(new ArgoWorkflowsExporter().export(plan, settings).text()).get(0);
        Map<String, JsonNode> templates = new java.util.HashMap<>();
        flow.at("/spec/templates").forEach(t -> templates.put(t.get("name").asText(), t));
        assertEquals("sign-off", templates.get("step-a").at("/steps/0/0/template").asText());
        assertTrue(templates.get("sign-off").has("suspend"));
        // Spinnaker: a manual judgment naming the approvers before the deploy
        JsonNode pipeline = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new SpinnakerExporter().export(plan, settings).text());
        JsonNode first = pipeline.get("stages").get(0);
        assertEquals("manualJudgment", first.get("type").asText());
        assertTrue(first.get("instructions").asText().contains("change-advisory-board"), first.toString());
    }

    @Test
    void everyTargetHasAFileEndingAndASummary() {
        for (PlanExports t : PlanExports.values()) {
            assertEquals(t, PlanExports.forFileName("release" + t.suffix()).orElseThrow());
            assertFalse(t.summary().isBlank());
            assertTrue(t.summary().length() <= 42, t.summary());
        }
        assertEquals(PlanExports.ARGO_WORKFLOWS, PlanExports.forFileName("Shop.Argo-Workflow.yaml").orElseThrow());
        assertTrue(PlanExports.forFileName("plan.yaml").isEmpty());
    }
}
