package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stagecraft.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every subcommand and exit code, run in process through the same command line as the jar. */
class CliTest {
    private static final Path SMALL = Path.of("src/test/resources/cli/small.yaml");
    private static final Path CYCLE = Path.of("src/test/resources/cli/cycle.yaml");
    private static final Path BROKEN = Path.of("src/test/resources/cli/broken.yaml");

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
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        AnalyzeCommand analyze = (AnalyzeCommand) cl.getSubcommands().get("analyze").getCommandSpec().userObject();
        analyze.stdout = raw;
        int code = cl.execute(args);
        return new Run(code, out + raw.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void aRunNamingItsSubcommandBuildsThatOneAloneAndHelpListsThemAll() {
        assertEquals(Set.of("analyze"), Launcher.commandLine("analyze").getSubcommands().keySet());
        assertEquals(Set.of("render"), Launcher.commandLine("render").getSubcommands().keySet());
        Set<String> all = Set.of("validate", "analyze", "plan", "simulate", "convert", "export-plan", "diff", "generate", "open",
                "render");
        assertEquals(all, Launcher.commandLine("--help").getSubcommands().keySet());
        assertEquals(all, Launcher.commandLine("analyse").getSubcommands().keySet());
        assertEquals(all, Launcher.commandLine().getSubcommands().keySet());
    }

    @Test
    void aLoneExistingFileOpensTheEditorAndSubcommandNamesStayCommands() {
        assertTrue(Launcher.opensAsFile(SMALL.toString()));
        assertFalse(Launcher.opensAsFile("analyze"));
        assertFalse(Launcher.opensAsFile("--help"));
        assertFalse(Launcher.opensAsFile("no-such-file.yaml"));
    }

    @Test
    void analyzeJsonPrintsExactlyTheContractObject() {
        Run r = run("analyze", SMALL.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        String expected = "{\"components\":5,\"dependencies\":4,"
                + "\"blastRadius\":{\"api\":[\"web\"],\"cache\":[\"api\",\"web\"],\"db\":[\"api\",\"web\",\"worker\"],\"web\":[],\"worker\":[]},"
                + "\"outage\":{\"api\":[\"web\"],\"cache\":[],\"db\":[\"api\",\"web\",\"worker\"],\"web\":[],\"worker\":[]},"
                + "\"degraded\":{\"api\":[],\"cache\":[\"api\",\"web\"],\"db\":[],\"web\":[],\"worker\":[]},"
                + "\"cycles\":[],\"waves\":[[\"cache\",\"db\"],[\"api\",\"worker\"],[\"web\"]],"
                + "\"criticalPath\":{\"minutes\":65,\"path\":[\"db\",\"api\",\"web\"]}}";
        assertEquals(expected, r.out().trim());
    }

    @Test
    void analyzeJsonForOneComponentHoldsOnlyThatKey() throws Exception {
        Run r = run("analyze", SMALL.toString(), "--format", "json", "--component", "cache");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("blastRadius").size());
        assertEquals("[\"api\",\"web\"]", json.get("blastRadius").get("cache").toString());
        assertEquals("[\"api\",\"web\"]", json.get("degraded").get("cache").toString());
        assertEquals("[]", json.get("outage").get("cache").toString());
    }

    @Test
    void analyzeTextIsReadable() {
        Run r = run("analyze", CYCLE.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Cycles: 1"), r.out());
        assertTrue(r.out().contains("inventory, orders"), r.out());
        assertTrue(r.out().contains("Critical path:"), r.out());
    }

    @Test
    void analyzeUnknownComponentIsBadUsage() {
        Run r = run("analyze", SMALL.toString(), "--component", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no component 'nope'"), r.err());
    }

    @Test
    void validateCleanGraphExitsZero() {
        Run r = run("validate", SMALL.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("0 errors, 0 warnings"), r.out());
    }

    @Test
    void validateUndeclaredCycleExitsOneAndNamesThePlace() {
        Run r = run("validate", CYCLE.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("undeclared-cycle"), r.out());
        assertTrue(r.out().contains("cycle.yaml:"), "finding located in the file: " + r.out());
    }

    @Test
    void validateJsonListsFindings() throws Exception {
        Run r = run("validate", CYCLE.toString(), "--format", "json");
        assertEquals(1, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.isArray() && json.size() >= 1);
        assertEquals("undeclared-cycle", json.get(0).get("code").asText());
        assertTrue(json.get(0).get("line").asInt() > 0);
    }

    @Test
    void malformedYamlExitsTwoWithLineAndColumn() {
        Run r = run("validate", BROKEN.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s).*broken\\.yaml:\\d+:\\d+: .*"), r.err());
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("analyze", "does-not-exist.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does-not-exist.yaml: no such file"), r.err());
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertEquals(2, run("analyze", SMALL.toString(), "--bogus").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String sub : new String[] {"validate", "analyze", "plan", "generate", "open", "render"}) {
            assertTrue(help.out().contains(sub), "help lists " + sub);
        }
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("stagecraft "), version.out());
    }

    @Test
    void planToStdoutIsYamlWithStepsForChangingComponentsOnly() throws Exception {
        Run r = run("plan", SMALL.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode plan = new YAMLMapper().readTree(r.out());
        assertEquals("RolloutPlan", plan.get("kind").asText());
        assertEquals(3, plan.get("steps").size());
        assertFalse(r.out().contains("id: db"), "db is not changing: " + r.out());
    }

    @Test
    void planWritesFileAndJsonCarriesTheSameContent(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("plan.yaml");
        assertEquals(0, run("plan", SMALL.toString(), "-o", yaml.toString(), "--max-parallel", "1").code());
        Run json = run("plan", SMALL.toString(), "--format", "json", "--max-parallel", "1");
        assertEquals(0, json.code(), json.err());
        assertEquals(new YAMLMapper().readTree(yaml.toFile()), new ObjectMapper().readTree(json.out()));
    }

    @Test
    void planWithNegativeMaxParallelIsBadUsage() {
        Run r = run("plan", SMALL.toString(), "--max-parallel", "-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("0 (unlimited) or more"), r.err());
    }

    @Test
    void generateWritesAGraphThatReadsBackAndAnalyzes() throws Exception {
        Path out = tmp.resolve("gen.yaml");
        Run r = run("generate", "--components", "300", "--dependencies", "1200", "--seed", "5", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out) > 0);
        Run a = run("analyze", out.toString(), "--format", "json");
        assertEquals(0, a.code(), a.err());
        JsonNode json = new ObjectMapper().readTree(a.out());
        assertEquals(300, json.get("components").asInt());
        assertEquals(1200, json.get("dependencies").asInt());
    }

    @Test
    void generateRefusesImpossibleSizes() {
        Run r = run("generate", "--components", "2", "--dependencies", "10", "-o", tmp.resolve("x.yaml").toString());
        assertEquals(2, r.code());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "nothing written");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
