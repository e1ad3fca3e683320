package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.Launcher;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.MarkdownRunbook;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What the CLI says: errors on files of another format, values, counts, tables and the runbook's order. */
class CliMessagesTest {
    private static final Path SHOP = Path.of("sample-graphs/shop.yaml");
    private static final Path SMALL = Path.of("src/test/resources/cli/small.yaml");

    @TempDir
    static Path tmp;

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

    /** The shop written in each other format, and the compose and Backstage test files. */
    static Stream<Arguments> filesOfOtherFormats() throws Exception {
        ServiceGraph shop = NativeGraphReader.read(SHOP).graph();
        List<Arguments> out = new ArrayList<>();
        for (String command : List.of("validate", "analyze", "plan", "simulate")) {
            for (GraphFormat f : List.of(GraphFormat.DOT, GraphFormat.GRAPHML, GraphFormat.JSON, GraphFormat.CSV)) {
                Path file = tmp.resolve("shop." + f.id());
                if (!Files.exists(file)) {
                    Files.writeString(file, GraphFormats.writer(f).write(shop));
                }
                out.add(Arguments.of(command, file, GraphFormats.title(f)));
            }
            out.add(Arguments.of(command, Path.of("src/test/resources/compose/shop-compose.yaml"), "a docker-compose file"));
            out.add(Arguments.of(command, Path.of("src/test/resources/backstage/catalog-info.yaml"), "a Backstage catalog"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("filesOfOtherFormats")
    void aGraphFileOfAnotherFormatIsNamedWithTheConvertCommandAndNotQuoted(String command, Path file, String title) {
        Run r = run(command, file.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(file + ": this looks like " + title), r.err());
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        assertTrue(r.err().contains("stagecraft convert " + file + " "), r.err());
        assertTrue(r.err().contains(stem), r.err());
        assertTrue(r.err().length() < 400, "one short message, not the file: " + r.err().length() + " characters");
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aDotFileNamedYamlGetsTheConvertCommandWithItsFormat() throws Exception {
        Path file = tmp.resolve("looks-native.yaml");
        Files.writeString(file, "// drawn by hand\ndigraph shop {\n  web -> api;\n}\n");
        Run r = run("analyze", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("a Graphviz DOT file (by its content)"), r.err());
        assertTrue(r.err().contains("stagecraft convert " + file + " " + tmp.resolve("looks-native.stagecraft.yaml")
                + " --from dot"), r.err());
        Run converted = run("convert", file.toString(), tmp.resolve("looks-native.stagecraft.yaml").toString(),
                "--from", "dot");
        assertEquals(0, converted.code(), "the command suggested works: " + converted.err());
    }

    @Test
    void aLongTextWhereAGraphIsExpectedIsCutInTheMessage() throws Exception {
        Path file = tmp.resolve("notes.yaml");
        Files.writeString(file, "word ".repeat(5000));
        Run r = run("validate", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().length() < 400, r.err());
        assertTrue(r.err().contains("notes.yaml:1:1"), r.err());
    }

    @Test
    void diffPrintsValuesAsTheGraphFileWritesThem() throws Exception {
        ServiceGraph before = NativeGraphReader.read(SHOP).graph();
        ServiceGraph after = NativeGraphReader.read(SHOP).graph();
        after.replaceComponent("checkout", after.requireComponent("checkout").withRollout(after.requireComponent("checkout")
                .rollout().withGates(List.of(new Gate("error_rate", 0.01))).withRollbackMinutes(12)
                .withRollback(List.of("helm rollback checkout", "page: payments, on-call"))));
        Path a = tmp.resolve("before.yaml");
        Path b = tmp.resolve("after.yaml");
        GraphFormats.write(a, before, GraphFormat.NATIVE);
        GraphFormats.write(b, after, GraphFormat.NATIVE);
        Run r = run("diff", a.toString(), b.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("rollout.gates: [{metric: error_rate, max: 0.005}, {metric: p99_latency_ms, max: 800},"
                + " {metric: checkout_conversion_drop, max: 0.02}] -> [{metric: error_rate, max: 0.01}]"), r.out());
        assertTrue(r.out().contains("-> [helm rollback checkout, \"page: payments, on-call\"]"), r.out());
        assertTrue(r.out().contains("rollout.rollbackMinutes: (none) -> 12"), r.out());
        assertFalse(r.out().contains("Gate["), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan", "simulate"})
    void maxParallelZeroIsUnlimitedAndHelpSaysSo(String command) {
        assertTrue(run(command, "--help").out().replaceAll("\\s+", " ").contains("0 = unlimited"), command + " --help");
        Run zero = run(command, SMALL.toString(), "--max-parallel", "0");
        Run none = run(command, SMALL.toString());
        assertEquals(0, zero.code(), zero.err());
        assertEquals(none.out(), zero.out());
    }

    @Test
    void countsOfOneAreSingular() {
        Run convert = run("convert", SHOP.toString(), tmp.resolve("one-group.json").toString());
        assertTrue(convert.err().contains("33 components, 57 dependencies, 1 group\n"), convert.err());
        Run validate = run("validate", SMALL.toString());
        assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.out());
        Run one = run("analyze", SMALL.toString(), "--component", "api");
        assertTrue(one.out().contains("Blast radius of api: 1 component\n"), one.out());
        Run plan = run("plan", SMALL.toString(), "-o", tmp.resolve("p.yaml").toString());
        assertFalse(plan.err().matches("(?s).*\\b1 (steps|waves|minutes)\\b.*"), plan.err());
    }

    @Test
    void analyzeTablesHaveColumnHeaders() {
        Run r = run("analyze", SHOP.toString());
        assertTrue(r.out().contains("  members  components\n        2  inventory, orders\n"), r.out());
        assertTrue(r.out().contains("  wave  members  components\n     0       14  "), r.out());
        assertTrue(r.out().matches("(?s).*\n  component +affected +outage +degraded\n  order-events +10 +3 +7\n.*"), r.out());
        Run one = run("analyze", SHOP.toString(), "--component", "orders-db");
        assertTrue(one.out().contains("  effect    count  components\n  outage        4  "), one.out());
    }

    /** Checklist lines: wave, step id, start minute. */
    private static final Pattern CHECKLIST = Pattern.compile("(?m)^- \\[ \\] Wave (\\d+) · `([^`]+)` at minute (\\d+):");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 0})
    void theRunbookListsStepsByWaveThenStartMinuteThenId(int maxParallel) throws Exception {
        for (Path sample : List.of(SHOP, Path.of("sample-graphs/platform-migration.yaml"), Path.of("sample-graphs/demo.yaml"))) {
            ServiceGraph g = NativeGraphReader.read(sample).graph();
            RolloutPlan plan = new PlanBuilder(GraphAnalysis.of(g), PlanOptions.defaults()
                    .withMaxParallel(maxParallel == 0 ? PlanOptions.UNLIMITED : maxParallel)).build();
            String md = new MarkdownRunbook().export(plan);
            List<String[]> rows = new ArrayList<>();
            Matcher m = CHECKLIST.matcher(md);
            while (m.find()) {
                rows.add(new String[] {m.group(1), m.group(3), m.group(2)});
            }
            assertEquals(plan.steps().size(), rows.size(), sample + ": every step once");
            List<String[]> sorted = rows.stream().sorted(Comparator.<String[]>comparingInt(x -> Integer.parseInt(x[0]))
                    .thenComparingInt(x -> Integer.parseInt(x[1])).thenComparing(x -> x[2])).toList();
            assertEquals(sorted.stream().map(x -> x[2]).toList(), rows.stream().map(x -> x[2]).toList(),
                    sample + " at max-parallel " + maxParallel + ": checklist order");
            List<String> sections = new ArrayList<>();
            Matcher s = Pattern.compile("(?m)^### Step `([^`]+)`").matcher(md);
            while (s.find()) {
                sections.add(s.group(1));
            }
            assertEquals(sorted.stream().map(x -> x[2]).toList(), sections, sample + ": sections in the checklist's order");
        }
    }
}
