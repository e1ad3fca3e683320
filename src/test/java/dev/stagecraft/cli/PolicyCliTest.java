package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.io.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate --policy} and {@code plan --policy} with the shipped example policy: every rule fires on a file
 * written to break it, none on one written to keep it; findings name the element's and the rule's place; a bad
 * policy is exit 2 with its place.
 */
class PolicyCliTest {
    private static final Path EXAMPLE = Path.of("policies/example-policy.yaml");
    /** A Monday morning: web's second stage waits overnight, across the breaking file's night freeze. */
    private static final String START = "2026-12-07T09:00[Europe/Berlin]";
    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = StagecraftCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    private Path copy(String resource) throws Exception {
        Path p = dir.resolve(Path.of(resource).getFileName().toString());
        Files.writeString(p, TestFiles.text(resource));
        return p;
    }

    private static Set<String> ruleIds() throws Exception {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(EXAMPLE)) {
            if (line.startsWith("  - id: ")) {
                ids.add(line.substring("  - id: ".length()).strip());
            }
        }
        return ids;
    }

    @Test
    void everyExampleRuleFiresOnTheFileThatBreaksItAndNoneOnTheOneThatKeepsIt() throws Exception {
        Path breaks = copy("policy/breaks-example-policy.yaml");
        assertEquals(1, run("validate", breaks.toString(), "--policy", EXAMPLE.toString(), "--format", "json",
                "--start", START), err.toString());
        JsonNode findings = new ObjectMapper().readTree(out.toString());
        Set<String> fired = new TreeSet<>();
        for (JsonNode f : findings) {
            if (f.has("rule")) {
                fired.add(f.get("rule").get("id").asText());
                assertEquals(EXAMPLE.toString(), f.get("rule").get("file").asText());
                assertTrue(f.get("rule").get("line").asInt() > 0, f.toString());
            }
        }
        assertEquals(ruleIds(), fired, out.toString());
        Path keeps = copy("policy/keeps-example-policy.yaml");
        assertEquals(0, run("validate", keeps.toString(), "--policy", EXAMPLE.toString(), "--start", START),
                out + "\n" + err);
        assertFalse(out.toString().contains("(rule at"), out.toString());
    }

    @Test
    void findingsNameTheElementsPlaceAndTheRules() throws Exception {
        Path breaks = copy("policy/breaks-example-policy.yaml");
        assertEquals(1, run("validate", breaks.toString(), "--policy", EXAMPLE.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains(breaks + ":7:5: error [tier0-first-stage-at-most-5-percent] step web: tier-0 step"
                + " starts its canary at 10 % (at most 5 %) (rule at " + EXAMPLE + ":12:5)"), text);
        assertTrue(text.contains(breaks + ":49:5: info [no-hard-sync-call-to-an-external-api] dependency web \u2192"
                + " stripe: web fails whenever stripe does"), text);
        assertTrue(text.contains("error [at-most-2-tier0-steps-at-once] 3 tier-0 steps run at once"), text);
        assertFalse(text.contains("[no-step-under-way-in-a-freeze]"), "without --start steps have no times: " + text);
        assertEquals(1, run("validate", breaks.toString(), "--policy", EXAMPLE.toString(), "--start", START));
        assertTrue(out.toString().contains("error [no-step-under-way-in-a-freeze] step web: is under way from"
                + " 2026-12-07T09:00:00+01:00 to 2026-12-08T14:00:00+01:00, across freeze night-maintenance"),
                out.toString());
    }

    @Test
    void planWithAPolicyStillWritesThePlanAndExitsOneOnErrors() throws Exception {
        Path breaks = copy("policy/breaks-example-policy.yaml");
        Path plan = dir.resolve("plan.yaml");
        assertEquals(1, run("plan", breaks.toString(), "--policy", EXAMPLE.toString(), "-o", plan.toString()));
        assertTrue(Files.exists(plan), "the plan is written");
        assertTrue(err.toString().contains("[at-most-2-tier0-steps-at-once]"), err.toString());
        // with at most 2 steps at once the plan keeps that rule
        assertEquals(1, run("plan", breaks.toString(), "--policy", EXAMPLE.toString(), "--max-parallel", "2",
                "-o", plan.toString()));
        assertFalse(err.toString().contains("[at-most-2-tier0-steps-at-once]"), err.toString());
        Path keeps = copy("policy/keeps-example-policy.yaml");
        assertEquals(0, run("plan", keeps.toString(), "--policy", EXAMPLE.toString(), "-o", plan.toString()),
                err.toString());
    }

    @Test
    void aMalformedExpressionIsExitTwoWithItsPlace() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, String.join("\n", List.of(
                "apiVersion: stagecraft/v1",
                "kind: Policy",
                "rules:",
                "  - id: broken",
                "    for: component",
                "    expression: component.tier <",
                "")));
        Path keeps = copy("policy/keeps-example-policy.yaml");
        assertEquals(2, run("validate", keeps.toString(), "--policy", policy.toString()));
        assertTrue(err.toString().startsWith("stagecraft: " + policy + ":6:"), err.toString());
        assertTrue(err.toString().contains("error [policy-expression] rule 'broken': "), err.toString());
        assertTrue(err.toString().contains("the policy does not compile (1 problem)"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertEquals(2, run("validate", keeps.toString(), "--policy", dir.resolve("none.yaml").toString()));
        assertTrue(err.toString().contains("none.yaml: no such file"), err.toString());
    }
}
