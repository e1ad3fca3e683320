package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code stagecraft simulate} on the five-component graph of CliTest. The plan (checked by hand): api 0-20
 * (stages end at 7, 14, 20: D 20, bake 5 x 3, deploy 5 spread 2, 2, 1), worker 0-18 (ends 6, 12, 18), web 20-35.
 * Impact weights: api 2 + web 2 (outage) = 4; db 2 + api, web, worker 2 each = 8.
 */
class SimulateCliTest {
    private static final Path SMALL = Path.of("src/test/resources/cli/small.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Launcher.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode json(String... args) throws Exception {
        Run r = run(args);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void anInjectedCanaryFailureHaltsAtItsGateAndRollsBackTheFailedStepOnly() throws Exception {
        JsonNode j = json("simulate", SMALL.toString(), "--inject", "api@2", "--format", "json");
        assertEquals("halted", j.get("outcome").asText());
        assertEquals("bad-version", j.get("cause").asText());
        assertEquals(14, j.get("haltMinute").asInt());
        assertEquals("[\"api\"]", j.get("rolledBack").toString());
        assertEquals(19, j.get("runMinutes").asInt(), "api rolls back 14-19; worker finishes its last stage at 18");
        assertEquals(24.0, j.get("runImpact").asDouble(), 1e-9, "50% from 7 to 19 = 12 x 0.5 x 4");
        assertEquals(1.0, j.get("haltProbability").asDouble());
        assertEquals("[\"api\",\"web\"]", j.get("impacted").get("outage").toString());
        String events = j.get("events").toString();
        assertTrue(events.contains("{\"minute\":14,\"type\":\"gate-fail\",\"step\":\"api\",\"components\":[\"api\"],\"percent\":50}"), events);
        assertTrue(events.contains("{\"minute\":14,\"type\":\"halt\",\"step\":\"api\""), events);
        assertTrue(events.contains("{\"minute\":18,\"type\":\"done\",\"step\":\"worker\""), events);
        assertTrue(!events.contains("\"step\":\"web\""), "web would start at 20, after the halt: " + events);
    }

    @Test
    void rollbackAllUndoesEveryStartedStepDependentsFirst() throws Exception {
        JsonNode j = json("simulate", SMALL.toString(), "--inject", "api@2", "--on-failure", "rollback-all",
                "--format", "json");
        assertEquals("rolled-back", j.get("outcome").asText());
        assertEquals("[\"worker\",\"api\"]", j.get("rolledBack").toString());
        assertEquals(19, j.get("runMinutes").asInt());
        assertEquals(1.0, j.get("rollbackProbability").asDouble());
    }

    @Test
    void aFaultHaltsGoodVersionsAndSaysSo() throws Exception {
        JsonNode j = json("simulate", SMALL.toString(), "--fault", "db@0-5m", "--runs", "1", "--format", "json");
        // random bad versions still drawn in this run; seed 1 draws none on this graph
        assertEquals("fault", j.get("cause").asText());
        assertEquals(6, j.get("haltMinute").asInt(), "worker's first stage [0, 6) overlaps the fault");
        assertEquals("rolled-back", j.get("outcome").asText(), "api fails at 7 too: both started steps roll back");
        assertEquals("[\"worker\",\"api\"]", j.get("rolledBack").toString());
        assertEquals(40.0, j.get("runImpact").asDouble(), 1e-9, "5 minutes x weight 8");
        assertEquals(12, j.get("runMinutes").asInt());
    }

    @Test
    void aStepInItsLastStageAtTheHaltCompletesAndItsLaterBadVersionIsCaughtByMonitoring() throws Exception {
        // worker fails its last gate at 18 (bad from 12 at 100%); api is then in its last stage (14-20) and completes;
        // api's version turns bad at 20 (after completion: 100%), noticed 5 minutes later
        JsonNode j = json("simulate", SMALL.toString(), "--inject", "worker@3", "--inject", "api@20m", "--format", "json");
        assertEquals(18, j.get("haltMinute").asInt());
        assertEquals("rolled-back", j.get("outcome").asText());
        assertEquals("[\"worker\",\"api\"]", j.get("rolledBack").toString());
        assertEquals(30, j.get("runMinutes").asInt(), "api rolls back 25-30");
        assertEquals(62.0, j.get("runImpact").asDouble(), 1e-9, "worker 11 min x 2, api 10 min x 4");
        String events = j.get("events").toString();
        assertTrue(events.contains("{\"minute\":20,\"type\":\"done\",\"step\":\"api\""), events);
        assertTrue(events.contains("{\"minute\":25,\"type\":\"gate-fail\",\"step\":\"api\""), events);
    }

    @Test
    void aBatchIsTheSameBytesWithOneThreadOrMany() {
        Run one = run("simulate", SMALL.toString(), "--runs", "3000", "--seed", "42", "--threads", "1", "--format", "json");
        Run many = run("simulate", SMALL.toString(), "--runs", "3000", "--seed", "42", "--threads", "3", "--format", "json");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), many.out());
        Run other = run("simulate", SMALL.toString(), "--runs", "3000", "--seed", "43", "--format", "json");
        assertTrue(!other.out().equals(one.out()), "another seed draws other runs");
    }

    @Test
    void aBatchReportsTheContractFields() throws Exception {
        JsonNode j = json("simulate", SMALL.toString(), "--runs", "500", "--format", "json");
        for (String field : new String[] {"runs", "seed", "haltProbability", "rollbackProbability", "durationMinutes",
                "impact", "topFailureOrigins"}) {
            assertTrue(j.has(field), field + " in " + j);
        }
        for (String p : new String[] {"p50", "p90", "p99", "mean"}) {
            assertTrue(j.get("durationMinutes").has(p) && j.get("impact").has(p), p);
        }
        assertEquals(500, j.get("runs").asInt());
        assertTrue(!j.has("events"), "a batch has no single-run fields");
    }

    @Test
    void comparingMaxParallelRunsTheSameSeedsOnEachVariant() throws Exception {
        JsonNode j = json("simulate", SMALL.toString(), "--compare", "max-parallel=1,0", "--runs", "400", "--format", "json");
        JsonNode variants = j.get("comparison");
        assertEquals(2, variants.size());
        assertEquals(53, variants.get(0).get("planMinutes").asInt(), "one at a time: 20 + 18 + 15");
        assertEquals(35, variants.get(1).get("planMinutes").asInt());
        assertEquals(-18, variants.get(1).get("difference").get("planMinutes").asInt());
    }

    @Test
    void badArgumentsNameTheArgumentAndExitTwo() {
        assertBad("no component 'nope'", "--inject", "nope@1");
        assertBad("'db' is not advanced by the plan", "--inject", "db@1");
        assertBad("has stages 1..3", "--inject", "api@4");
        assertBad("outside the plan, which runs from minute 0 to 35", "--inject", "api@99m");
        assertBad("write ID@K", "--inject", "api");
        assertBad("write ID@A-Bm", "--fault", "db@5m");
        assertBad("is not a policy", "--on-failure", "panic");
        assertBad("drop --runs", "--inject", "api@1", "--runs", "10");
    }

    @Test
    void aPlanFromAnotherGraphIsRefused() throws Exception {
        Path plan = tmp.resolve("plan.yaml");
        assertEquals(0, run("plan", SMALL.toString(), "-o", plan.toString()).code());
        Path edited = tmp.resolve("edited.yaml");
        Files.writeString(edited, Files.readString(SMALL).replace("durationMinutes: 15\n  - id: api", "durationMinutes: 16\n  - id: api"));
        Run ok = run("simulate", SMALL.toString(), "--plan", plan.toString(), "--inject", "api@2");
        assertEquals(0, ok.code(), ok.err());
        Run r = run("simulate", edited.toString(), "--plan", plan.toString(), "--inject", "api@2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("made from another version"), r.err());
    }

    @Test
    void aReportIsWrittenWhole() throws Exception {
        Path report = tmp.resolve("report.md");
        Run r = run("simulate", SMALL.toString(), "--runs", "200", "-o", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(report).contains("200"));
        Run bad = run("simulate", SMALL.toString(), "-o", tmp.resolve("report.pdf").toString());
        assertEquals(2, bad.code());
    }

    @Test
    void aSavedScenarioRunsExactlyAsTheSameFlagsDo() throws Exception {
        String scenarios = "src/test/resources/native/scenarios.yaml";
        assertEquals(json("simulate", scenarios, "--inject", "api@2", "--on-failure", "rollback-dependents",
                "--format", "json"), json("simulate", scenarios, "--scenario", "api-canary", "--format", "json"));
        assertEquals(json("simulate", scenarios, "--inject", "worker@4m", "--fault", "db@30-45m",
                "--detection-minutes", "3", "--format", "json"),
                json("simulate", scenarios, "--scenario", "db-down", "--format", "json"));
        assertEquals(json("simulate", scenarios, "--inject", "api@2", "--inject", "web@1", "--on-failure", "halt",
                "--format", "json"), json("simulate", scenarios, "--scenario", "api-canary", "--inject", "web@1",
                "--on-failure", "halt", "--format", "json"), "flags add to the saved scenario or replace its policy");
        JsonNode batch = json("simulate", scenarios, "--runs", "50", "--format", "json");
        assertEquals(50, batch.get("runs").asInt(), "without --scenario a file's saved scenarios change nothing");
    }

    @Test
    void anUnknownScenarioNameIsBadUsageNamingTheSavedOnes() {
        Run r = run("simulate", "src/test/resources/native/scenarios.yaml", "--scenario", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("saves no scenario of that name; it has api-canary, db-down"), r.err());
        Run none = run("simulate", SMALL.toString(), "--scenario", "api-canary");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("saves no scenario"), none.err());
        Run runs = run("simulate", "src/test/resources/native/scenarios.yaml", "--scenario", "api-canary", "--runs", "9");
        assertEquals(2, runs.code());
        assertTrue(runs.err().contains("--runs 9 with --scenario api-canary"), runs.err());
    }

    private static void assertBad(String message, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "simulate";
        args[1] = SMALL.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        Run r = run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
