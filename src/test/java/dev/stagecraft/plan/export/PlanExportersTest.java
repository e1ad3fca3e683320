package dev.stagecraft.plan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stagecraft.model.Gate;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanCriticalPath;
import dev.stagecraft.plan.PlanMetadata;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.StepBlastRadius;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The adapters' outputs, parsed back: every step present, order respecting the waves and the step DAG. */
public class PlanExportersTest {
    /** db and auth first, then api, then web and web-cache together (a change group). */
    public static RolloutPlan plan() {
        List<Gate> gates = List.of(new Gate("error_rate", 0.01), new Gate("p99_latency_ms", 250));
        List<CanaryStage> canary = List.of(new CanaryStage(5, 10, gates), new CanaryStage(50, 10, gates),
                new CanaryStage(100, 10, gates));
        List<CanaryStage> direct = List.of(new CanaryStage(100, 5, List.of()));
        List<PlanStep> steps = List.of(
                new PlanStep("orders-db", List.of("orders-db"), List.of(), 0, 0, 30, 30, direct,
                        List.of("all components healthy at 100%"), List.of("run migration 42 down"), 5,
                        new StepBlastRadius(3, 1, List.of("api", "web", "web-cache"), 1)),
                new PlanStep("auth", List.of("auth"), List.of(), 0, 0, 20, 20, canary,
                        List.of("error_rate <= 0.01 for 10 minutes at 100%"), List.of("helm rollback auth"), 5,
                        new StepBlastRadius(2, 0, List.of("api", "web"), 0)),
                new PlanStep("api", List.of("api"), List.of("orders-db", "auth"), 1, 30, 60, 30, canary,
                        List.of("all components healthy at 100%"), List.of("helm rollback api"), 5,
                        new StepBlastRadius(1, 0, List.of("web"), 0)),
                new PlanStep("web-upgrade", List.of("web", "web-cache"), List.of("api"), 2, 60, 80, 20, canary,
                        List.of("all components healthy at 100%"), List.of("helm rollback web", "flush web-cache"), 5,
                        StepBlastRadius.NONE));
        return new RolloutPlan(new PlanMetadata("shop-release", "shop", "sha256:abc"),
                new PlanSummary(5, 4, 3, Integer.MAX_VALUE, 80, 2, new PlanCriticalPath(80, List.of("orders-db", "api",
                        "web-upgrade"))), steps, List.of("web-upgrade", "api", "auth", "orders-db"));
    }

    private static final Map<String, Integer> WAVE = Map.of("orders-db", 0, "auth", 0, "api", 1, "web", 2, "web-cache", 2);

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String yaml) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        new YAMLMapper().readerFor(Map.class).readValues(yaml).forEachRemaining(d -> out.add((Map<String, Object>) d));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** The Rollouts of an Argo Rollouts export, in file order. */
    static List<Map<String, Object>> rollouts(List<Map<String, Object>> docs) {
        return docs.stream().filter(d -> "Rollout".equals(d.get("kind"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void argoRolloutsHasCanaryStepsForEveryComponentInWaveOrder() throws Exception {
        List<Map<String, Object>> docs = rollouts(documents(new ArgoRolloutsExporter().export(plan())));
        assertEquals(List.of("orders-db", "auth", "api", "web", "web-cache"),
                docs.stream().map(d -> map(d.get("metadata")).get("name")).toList());
        int lastWave = 0;
        for (Map<String, Object> d : docs) {
            assertEquals("Rollout", d.get("kind"));
            Map<String, Object> meta = map(d.get("metadata"));
            int wave = Integer.parseInt((String) map(meta.get("annotations")).get("stagecraft.dev/wave"));
            assertEquals(WAVE.get(meta.get("name")), wave);
            assertTrue(wave >= lastWave);
            lastWave = wave;
        }
        // api waits for orders-db and auth: it holds at 0 % until promoted, then the plan's stages
        List<Object> apiSteps = (List<Object>) map(map(map(docs.get(2).get("spec")).get("strategy")).get("canary")).get("steps");
        assertEquals(List.of(Map.of("pause", Map.of()), Map.of("setWeight", 5), Map.of("pause", Map.of("duration", "10m")),
                Map.of("setWeight", 50), Map.of("pause", Map.of("duration", "10m")), Map.of("setWeight", 100)), apiSteps);
        List<Object> authSteps = (List<Object>) map(map(map(docs.get(1).get("spec")).get("strategy")).get("canary")).get("steps");
        assertEquals(Map.of("setWeight", 5), authSteps.get(0), "a step that waits for nothing starts at once");
    }

    @Test
    void argoCdSyncWaveIsThePlanWave() throws Exception {
        List<Map<String, Object>> docs = documents(new ArgoCdExporter().export(plan()));
        assertEquals(5, docs.size());
        for (Map<String, Object> d : docs) {
            Map<String, Object> meta = map(d.get("metadata"));
            assertEquals(Integer.toString(WAVE.get(meta.get("name"))),
                    map(meta.get("annotations")).get("argocd.argoproj.io/sync-wave"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void helmfileNeedsPointOnlyAtEarlierReleasesAsNamespaceSlashName() throws Exception {
        Map<String, Object> root = documents(new HelmfileExporter().export(plan())).get(0);
        List<Map<String, Object>> releases = (List<Map<String, Object>>) root.get("releases");
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> r : releases) {
            for (String need : (List<String>) r.getOrDefault("needs", List.of())) {
                assertTrue(seen.contains(need), r.get("name") + " needs " + need + " which comes later");
            }
            seen.add(r.get("namespace") + "/" + r.get("name"));
        }
        assertEquals(WAVE.keySet().stream().map(n -> "default/" + n).collect(java.util.stream.Collectors.toSet()), seen);
        assertEquals(List.of("default/api"), releases.get(3).get("needs"));
        assertEquals(List.of("default/orders-db", "default/auth"), releases.get(2).get("needs"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void spinnakerStagesFormThePlanDag() throws Exception {
        Map<String, Object> pipeline = new ObjectMapper().readValue(new SpinnakerExporter().export(plan()), Map.class);
        List<Map<String, Object>> stages = (List<Map<String, Object>>) pipeline.get("stages");
        Map<String, List<String>> requisites = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> s : stages) {
            List<String> req = (List<String>) s.get("requisiteStageRefIds");
            assertTrue(seen.containsAll(req), "a stage waits only for earlier stages");
            seen.add((String) s.get("refId"));
            requisites.put((String) s.get("refId"), req);
        }
        // each step deploys after the gates (manualJudgment) of the steps it waits for; its own gates follow it
        Map<String, List<String>> expected = new HashMap<>();
        Set<String> gated = new HashSet<>();
        for (PlanStep st : plan().steps()) {
            expected.put(st.id(), st.after().stream().map(a -> gated.contains(a) ? a + "-gates" : a).toList());
            if (!RolloutManifests.strictestGates(st).isEmpty()) {
                gated.add(st.id());
                expected.put(st.id() + "-gates", List.of(st.id()));
            }
        }
        assertEquals(expected, requisites);
    }

    @Test
    void markdownRunbookHasEveryStepAChecklistAndRollbackCommands() {
        String md = new MarkdownRunbook().export(plan());
        for (PlanStep step : plan().steps()) {
            assertTrue(md.contains("### Step `" + step.id() + "`"), step.id());
            assertTrue(md.contains("- [ ] **Step `" + step.id() + "` done**"), step.id());
            step.rollback().forEach(r -> assertTrue(md.contains("  " + r + "\n"), r));
        }
        assertTrue(md.indexOf("## Wave 0") < md.indexOf("## Wave 1") && md.indexOf("## Wave 1") < md.indexOf("## Wave 2"));
        assertTrue(md.contains("| 5% | 10 min | error_rate ≤ 0.01, p99_latency_ms ≤ 250 |"));
        assertTrue(md.contains("- **Blast radius:** 3 in outage, 1 degraded; most critical: `api`, `web`, `web-cache` and 1 more"));
        assertTrue(md.contains("after `orders-db`, `auth`"));
        assertEquals(4, md.lines().filter(l -> l.startsWith("- [ ] Wave ")).count());
    }

    @Test
    void everyTargetIsDeterministic() {
        for (PlanExports target : PlanExports.values()) {
            assertEquals(target.exporter().export(plan()), target.exporter().export(plan()), target.id());
        }
    }

    /** Map.of iterates in an order that changes from one JVM to the next; written keys keep a fixed order. */
    @Test
    void keysAreWrittenInAFixedOrderNotMapOfOrder() {
        String argo = new ArgoCdExporter().export(plan());
        assertTrue(argo.indexOf("repoURL:") < argo.indexOf("path:") && argo.indexOf("path:") < argo.indexOf("targetRevision:"), argo);
        assertTrue(argo.indexOf("server:") < argo.indexOf("namespace:", argo.indexOf("destination:")), argo);
        String helmfile = new HelmfileExporter().export(plan());
        assertTrue(helmfile.indexOf("stagecraft-step:") < helmfile.indexOf("stagecraft-wave:"), helmfile);
    }
}
