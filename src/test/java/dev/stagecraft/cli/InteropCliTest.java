package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.export.PlanExportersTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** convert, export-plan and diff as a user runs them: exit codes, messages with places, files written. */
class InteropCliTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = StagecraftCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path resource(String name, String resource) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, TestFiles.text(resource));
        return p;
    }

    @Test
    void convertComposeToJsonReportsWhatWasInferred() throws Exception {
        Path in = resource("docker-compose.yaml", "compose/shop-compose.yaml");
        Path outFile = dir.resolve("shop.json");
        assertEquals(0, run("convert", in.toString(), outFile.toString()), err.toString());
        ServiceGraph g = new JsonGraphReader().read(Files.readString(outFile), null).graph();
        assertEquals(25, g.componentCount());
        assertTrue(err.toString().contains("[inferred-dependency] storefront depends on api-gateway"), err.toString());
        assertTrue(err.toString().contains("wrote " + outFile + " (json): 25 components"), err.toString());
    }

    @Test
    void convertChainsThroughEveryWritableForeignFormat() throws Exception {
        Path dot = resource("tf.dot", "dot/terraform-graph.dot");
        Path graphml = dir.resolve("tf.graphml");
        Path csv = dir.resolve("tf.csv");
        Path back = dir.resolve("back.gv");
        assertEquals(0, run("convert", dot.toString(), graphml.toString()));
        assertEquals(0, run("convert", graphml.toString(), csv.toString()));
        assertTrue(err.toString().contains("note: CSV carries ids and dependencies only"));
        assertEquals(0, run("convert", csv.toString(), back.toString()));
        assertEquals(15, Files.readAllLines(csv).size(), "header and 14 dependencies (provider -> var.region went with var.region, bookkeeping)");
        assertTrue(Files.readString(back).contains("\"aws_ecs_service.orders\" -> \"aws_db_instance.orders\""));
    }

    @Test
    void fromOverridesTheFileName() throws Exception {
        Path in = dir.resolve("edges.txt");
        Files.writeString(in, "from,to\na,b\n");
        assertEquals(2, run("convert", in.toString(), dir.resolve("x.dot").toString()));
        assertEquals(0, run("convert", "--from", "csv", in.toString(), dir.resolve("x.dot").toString()), err.toString());
    }

    @Test
    void unknownOrReadOnlyTargetIsBadUsage() throws Exception {
        Path in = resource("tf.dot", "dot/terraform-graph.dot");
        assertEquals(2, run("convert", in.toString(), dir.resolve("x.png").toString()));
        assertEquals(2, run("convert", "--to", "compose", in.toString(), dir.resolve("x.yaml").toString()));
        assertTrue(err.toString().contains("reads compose but does not write it"), err.toString());
    }

    @Test
    void badInputNamesFileLineAndColumnAndWritesNothing() throws Exception {
        Path in = dir.resolve("bad.dot");
        Files.writeString(in, "digraph {\n  a -> ;\n}\n");
        Path target = dir.resolve("out.json");
        assertEquals(2, run("convert", in.toString(), target.toString()));
        assertTrue(err.toString().contains(in + ":2:8: not valid DOT"), err.toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void xxeGraphmlIsRefusedWithoutLeakingTheSecret() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "CLI-SECRET-42");
        Path in = dir.resolve("evil.graphml");
        Files.writeString(in, TestFiles.text("graphml/xxe.graphml").replace("SECRET_PATH", secret.toString()));
        assertEquals(2, run("convert", in.toString(), dir.resolve("x.json").toString()));
        assertTrue(err.toString().contains("DOCTYPE"));
        assertFalse((out + err.toString()).contains("CLI-SECRET-42"));
    }

    @Test
    void exportPlanWritesEveryTarget() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, PlanWriter.toYaml(PlanExportersTest.plan()));
        for (String target : new String[] {"argo-rollouts", "argocd", "helmfile", "spinnaker", "argo-workflows", "markdown"}) {
            Path o = dir.resolve("out-" + target);
            assertEquals(0, run("export-plan", plan.toString(), "--to", target, "-o", o.toString()), err.toString());
            assertTrue(Files.size(o) > 100, target);
        }
        assertEquals(0, run("export-plan", plan.toString(), "--to", "markdown"));
        assertTrue(out.toString().startsWith("# Rollout runbook: shop-release"));
    }

    @Test
    void exportPlanHelpListsEveryTargetOnOneLine() {
        assertEquals(0, run("export-plan", "--help"));
        for (dev.stagecraft.plan.export.PlanExports t : dev.stagecraft.plan.export.PlanExports.values()) {
            assertEquals(1, out.toString().lines().filter(l -> l.startsWith("  " + t.id() + " ")).count(), out.toString());
        }
        for (String option : new String[] {"--graph", "--metrics-map", "--repo-url", "--repo-path", "--namespace",
                "--sync-policy", "--argocd-config", "--chart", "--application", "--account"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void exportPlanTakesTheTargetFromTheFileNameAndWarnsOnStandardError() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, PlanWriter.toYaml(PlanExportersTest.plan()));
        Path graph = dir.resolve("shop.yaml");
        Files.writeString(graph, """
                apiVersion: stagecraft/v1
                kind: ServiceGraph
                metadata:
                  name: shop
                components:
                  - {id: orders-db, kind: database, changing: true, migration-image: "registry.example/m:1"}
                  - {id: auth, kind: service, changing: true}
                  - {id: api, kind: gateway, changing: true, k8s-name: API_Gateway}
                  - {id: web, kind: service, changing: true}
                  - {id: web-cache, kind: cache, changing: true}
                """);
        Path metrics = dir.resolve("metrics.yaml");
        Files.writeString(metrics, "prometheus: {address: 'http://prom:9090'}\n");
        Path o = dir.resolve("release.argo-rollouts.yaml");
        assertEquals(0, run("export-plan", plan.toString(), "--graph", graph.toString(), "--metrics-map", metrics.toString(),
                "--namespace", "shop", "-o", o.toString()), err.toString());
        String text = Files.readString(o);
        assertTrue(text.contains("kind: Job") && text.contains("name: api-gateway") && text.contains("address: http://prom:9090"),
                text);
        assertTrue(err.toString().contains("warning: Rollout 'API_Gateway' is named 'api-gateway'"), err.toString());
        assertTrue(err.toString().contains("warning: 'web-cache' is not exported: cache"), err.toString());
        assertTrue(err.toString().contains("wrote " + o + " (argo-rollouts)"), err.toString());

        assertEquals(0, run("export-plan", plan.toString(), "--to", "argocd", "--repo-url", "https://git.example/x.git",
                "--sync-policy", "automated"));
        assertFalse(out.toString().contains("REPLACE-ME"));
        assertEquals(2, run("export-plan", plan.toString(), "--to", "argocd", "--sync-policy", "sometimes"));
        assertEquals(2, run("export-plan", plan.toString(), "-o", dir.resolve("x.txt").toString()));
        assertTrue(err.toString().contains("say --to TARGET"), err.toString());
        Files.writeString(metrics, "metrics: {error_rate: {qurey: up}}\n");
        assertEquals(2, run("export-plan", plan.toString(), "--to", "argo-rollouts", "--metrics-map", metrics.toString()));
        assertTrue(err.toString().contains(metrics + ": not a metrics map: metrics.error_rate has an unknown key 'qurey'"),
                err.toString());
    }

    @Test
    void exportPlanRefusesUnknownTargetAndUnreadablePlan() throws Exception {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, "apiVersion: stagecraft/v1\nkind: ServiceGraph\n");
        assertEquals(2, run("export-plan", plan.toString(), "--to", "jenkins"));
        assertEquals(2, run("export-plan", plan.toString(), "--to", "argocd"));
        assertTrue(err.toString().contains(plan.toString()), err.toString());
        assertEquals(2, run("export-plan", dir.resolve("none.yaml").toString(), "--to", "argocd"));
    }

    @Test
    void diffExitsOneWhenTheGraphsDiffer() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "from,to\nweb,api\napi,db\n");
        Files.writeString(b, "from,to\nweb,api\napi,db\napi,cache\n");
        assertEquals(0, run("diff", a.toString(), a.toString()));
        assertTrue(out.toString().contains("No changes"));
        assertEquals(1, run("diff", a.toString(), b.toString(), "--format", "json"));
        assertTrue(out.toString().contains("\"api -> cache\""), out.toString());
    }
}
