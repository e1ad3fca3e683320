package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stagecraft.model.Gate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanWriterTest {
    /** Two steps: db, then api after it; api's blast radius was truncated. */
    static RolloutPlan smallPlan(String apiId) {
        List<Gate> gates = List.of(new Gate("error_rate", 0.01), new Gate("p99_latency_ms", 500));
        PlanStep db = new PlanStep("db", List.of("db"), List.of(), 0, 0, 45, 45,
                List.of(new CanaryStage(100, 5, List.of())), List.of("all components healthy at 100%"),
                List.of("helm rollback db"), 5, new StepBlastRadius(1, 0, List.of(apiId), 0));
        PlanStep api = new PlanStep(apiId, List.of(apiId), List.of("db"), 1, 45, 65, 20,
                List.of(new CanaryStage(10, 5, gates), new CanaryStage(100, 5, gates)),
                List.of("error_rate <= 0.01 for 5 minutes at 100%", "all components healthy at 100%"),
                List.of("redeploy previous version of " + apiId), 5, new StepBlastRadius(0, 22, List.of("web"), 21));
        return new RolloutPlan(new PlanMetadata("shop-rollout", "shop", "sha256:00ff"),
                new PlanSummary(2, 2, 2, 4, 65, 1, new PlanCriticalPath(65, List.of("db", apiId))),
                List.of(db, api), List.of(apiId, "db"));
    }

    @Test
    void yamlHasTheContractsShapeAndOrder() {
        String expected = """
                apiVersion: stagecraft/v1
                kind: RolloutPlan
                metadata:
                  name: shop-rollout
                  graph: shop
                  digest: sha256:00ff
                summary:
                  components: 2
                  steps: 2
                  waves: 2
                  maxParallel: 4
                  estimatedMinutes: 65
                  maxParallelism: 1
                  criticalPath:
                    minutes: 65
                    path:
                      - db
                      - api
                steps:
                  - id: db
                    components:
                      - db
                    after: []
                    wave: 0
                    startMinute: 0
                    endMinute: 45
                    durationMinutes: 45
                    stages:
                      - percent: 100
                        bakeMinutes: 5
                        gates: []
                    acceptance:
                      - all components healthy at 100%
                    rollback:
                      - helm rollback db
                    rollbackMinutes: 5
                    blastRadius:
                      outage: 1
                      degraded: 0
                      mostCritical:
                        - api
                  - id: api
                    components:
                      - api
                    after:
                      - db
                    wave: 1
                    startMinute: 45
                    endMinute: 65
                    durationMinutes: 20
                    stages:
                      - percent: 10
                        bakeMinutes: 5
                        gates:
                          - metric: error_rate
                            max: 0.01
                          - metric: p99_latency_ms
                            max: 500
                      - percent: 100
                        bakeMinutes: 5
                        gates:
                          - metric: error_rate
                            max: 0.01
                          - metric: p99_latency_ms
                            max: 500
                    acceptance:
                      - error_rate <= 0.01 for 5 minutes at 100%
                      - all components healthy at 100%
                    rollback:
                      - redeploy previous version of api
                    rollbackMinutes: 5
                    blastRadius:
                      outage: 0
                      degraded: 22
                      mostCritical:
                        - web
                      more: 21
                rollbackOrder:
                  - api
                  - db
                """;
        assertEquals(expected, PlanWriter.toYaml(smallPlan("api")));
    }

    @Test
    void jsonCarriesTheSameContentAsYaml() throws Exception {
        RolloutPlan plan = smallPlan("api");
        assertEquals(new YAMLMapper().readTree(PlanWriter.toYaml(plan)),
                new ObjectMapper().readTree(PlanWriter.toJson(plan)));
    }

    @Test
    void writtenPlansReadBackEqual() {
        RolloutPlan plan = smallPlan("api");
        assertEquals(plan, PlanReader.read(PlanWriter.toYaml(plan)));
        assertEquals(plan, PlanReader.read(PlanWriter.toJson(plan)));
    }

    @Test
    void idsThatLookLikeNumbersOrBooleansStayText() {
        for (String id : List.of("123", "0x1f", "1e5", "yes", "no", "on", "off", "true", "null", "y", "n", "1.5",
                "0o17", "0b101", "-0x1", "1_000", "12:30", "~", ".5", "+1", "1.5e-3", "-.inf", "=", "<<", "*x", "&a", "!x", "@x", "%x", "- x", "a: b", "a #b", "[x]", "{x}")) {
            RolloutPlan plan = smallPlan(id);
            assertEquals(plan, PlanReader.read(PlanWriter.toYaml(plan)), id);
        }
    }

    @Test
    void unlimitedParallelismIsLeftOutAndReadBackAsUnlimited() {
        RolloutPlan limited = smallPlan("api");
        PlanSummary s = limited.summary();
        RolloutPlan plan = new RolloutPlan(limited.metadata(), new PlanSummary(s.components(), s.steps(), s.waves(),
                PlanOptions.UNLIMITED, s.estimatedMinutes(), s.maxParallelism(), s.criticalPath()),
                limited.steps(), limited.rollbackOrder());
        String yaml = PlanWriter.toYaml(plan);
        assertTrue(!yaml.contains("maxParallel:"), yaml);
        assertEquals(PlanOptions.UNLIMITED, PlanReader.read(yaml).summary().maxParallel());
    }

    @Test
    void aGraphFileIsNotAPlan() {
        PlanFormatException e = assertThrows(PlanFormatException.class,
                () -> PlanReader.read("apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents: []\n"));
        assertEquals("kind must be RolloutPlan, was ServiceGraph", e.getMessage());
    }

    @Test
    void aMissingFieldIsNamedWithItsPath() {
        String yaml = PlanWriter.toYaml(smallPlan("api")).replace("    wave: 1\n", "");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(yaml));
        assertEquals("steps[1].wave is missing", e.getMessage());
    }

    @Test
    void brokenTextNamesLineAndColumn() {
        PlanFormatException e = assertThrows(PlanFormatException.class,
                () -> PlanReader.read("apiVersion: stagecraft/v1\nkind: [RolloutPlan\n"));
        assertTrue(e.line() > 0, e.getMessage());
    }

    /** Fuzz suite, issue 8: {@code FuzzCampaign.input(FuzzTarget.PLAN, 8L, 1037)}, a gate with {@code max: -0.0}. */
    @Test
    void aGateMaxOfMinusZeroReadsBackEqualFromTheFileWrittenFromIt() {
        String yaml = PlanWriter.toYaml(smallPlan("api")).replaceFirst("max: 0.01", "max: -0.0");
        RolloutPlan read = PlanReader.read(yaml);
        assertEquals(read, PlanReader.read(PlanWriter.toYaml(read)));
    }

    /** Fuzz suite, issue 8: {@code FuzzCampaign.input(FuzzTarget.PLAN, 8L, 3927)}, a metric with a lone \\ud846. */
    @Test
    void halfASurrogatePairInAPlanIsAFormatErrorNamingTheField() {
        String json = PlanWriter.toJson(smallPlan("api")).replaceFirst("\"error_rate\"", "\"error\\\\ud846_rate\"");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(json));
        assertTrue(e.getMessage().startsWith("steps[1].stages[0].gates[0].metric is not valid Unicode"), e.getMessage());
    }

    @Test
    void aGateMaxThatIsNotFiniteIsRefusedAtItsPlace() {
        String yaml = PlanWriter.toYaml(smallPlan("api")).replaceFirst("max: 500", "max: 1e400");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(yaml));
        assertTrue(e.getMessage().startsWith("steps[1].stages[0].gates[1].max is 1e400, not a finite number")
                || e.getMessage().startsWith("steps[1].stages[0].gates[1].max is Infinity, not a finite number"),
                e.getMessage());
        int line = (int) yaml.lines().takeWhile(l -> !l.contains("max: 1e400")).count() + 1;
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(yaml.lines().toList().get(line - 1).indexOf("1e400") + 1, e.column(), e.getMessage());

        String json = PlanWriter.toJson(smallPlan("api")).replaceFirst("\"max\" : 500", "\"max\" : -1e999");
        PlanFormatException j = assertThrows(PlanFormatException.class, () -> PlanReader.read(json));
        assertTrue(j.getMessage().contains("not a finite number") && j.line() > 0, j.getMessage());
    }

    @Test
    void aMissingFieldAlsoHasTheLineOfItsStep() {
        String yaml = PlanWriter.toYaml(smallPlan("api")).replace("    wave: 1\n", "");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(yaml));
        assertEquals(yaml.lines().toList().indexOf("  - id: api") + 1, e.line(), e.getMessage());
    }

    @Test
    void aPlanLargerThanSnakeYamlsDefaultLimitIsRead() {
        String yaml = PlanWriter.toYaml(smallPlan("api"));
        int stepStart = yaml.indexOf("  - id: api\n");
        int stepEnd = yaml.indexOf("rollbackOrder:");
        String step = yaml.substring(stepStart, stepEnd);
        StringBuilder big = new StringBuilder(yaml.substring(0, stepEnd));
        int copies = 0;
        while (big.length() <= 3_145_728) {
            big.append(step.replace("api", "api-" + copies++));
        }
        big.append(yaml.substring(stepEnd));
        RolloutPlan plan = PlanReader.read(big.toString());
        assertEquals(2 + copies, plan.steps().size(), "over SnakeYAML's default code point limit: " + big.length());
        assertEquals(List.of("api-" + (copies - 1)), plan.steps().get(plan.steps().size() - 1).components());
    }

    @Test
    void aPlanOverTheLimitIsRefusedWithItsSize() {
        String yaml = PlanWriter.toYaml(smallPlan("api"));
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(yaml, 100));
        assertTrue(e.getMessage().startsWith("the plan is " + String.format(java.util.Locale.ROOT, "%,d", yaml.length())
                + " characters, over the limit of 100 characters"), e.getMessage());
    }

    @Test
    void aPlanFileThatIsNotUtf8IsRefusedAtTheByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("p.yaml");
        java.nio.file.Files.write(file, "apiVersion: stagecraft/v1\nkind: \u00ffx\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(file));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(7, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("byte 0xFF is not valid UTF-8"), e.getMessage());
    }

    @Test
    void stepsTheExportersCouldNotRunAreRefusedAtTheirPlace() {
        String yaml = PlanWriter.toYaml(smallPlan("api"));
        String noComponents = yaml.replace("    components:\n      - api\n", "    components: []\n");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(noComponents));
        assertEquals("steps[1].components is empty; a step advances at least one component", e.getMessage());
        assertEquals(noComponents.lines().toList().indexOf("    components: []") + 1, e.line());

        PlanFormatException twice = assertThrows(PlanFormatException.class,
                () -> PlanReader.read(yaml.replace("  - id: api\n", "  - id: db\n")));
        assertTrue(twice.getMessage().startsWith("steps[1].id 'db' is also the id of steps[0]"), twice.getMessage());

        String unknown = yaml.replace("    after:\n      - db\n", "    after:\n      - dbx\n");
        PlanFormatException after = assertThrows(PlanFormatException.class, () -> PlanReader.read(unknown));
        assertTrue(after.getMessage().startsWith("steps[1].after[0] 'dbx' is not the id of an earlier step"),
                after.getMessage());
        assertEquals(unknown.lines().toList().indexOf("      - dbx") + 1, after.line());
    }
}
