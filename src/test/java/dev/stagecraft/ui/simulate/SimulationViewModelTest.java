package dev.stagecraft.ui.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.Launcher;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.simulation.OnFailure;
import dev.stagecraft.simulation.report.HtmlReport;
import dev.stagecraft.simulation.report.MarkdownReport;
import dev.stagecraft.simulation.report.SimulationJson;
import dev.stagecraft.simulation.report.SimulationReport;
import dev.stagecraft.ui.simulate.SimulationSettings.Comparison;
import dev.stagecraft.ui.simulate.SimulationViewModel.State;
import dev.stagecraft.ui.task.SameThreadExecutor;
import dev.stagecraft.ui.task.HeldExecutor;
import dev.stagecraft.ui.task.TaskExecutor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Monte Carlo view model without a stage: the same numbers as the CLI, validation, cancel, stale, export. */
class SimulationViewModelTest {
    static final Path SHOP = Path.of("sample-graphs/shop.yaml");
    static final Path PLATFORM = Path.of("sample-graphs/platform-migration.yaml");

    @TempDir
    Path tmp;

    private final SimpleObjectProperty<Revision> revision = new SimpleObjectProperty<>();
    private final SameThreadExecutor same = new SameThreadExecutor();

    private SimulationViewModel model(TaskExecutor executor) {
        return new SimulationViewModel(revision, () -> "shop.yaml", () -> executor, new SimpleDoubleProperty(-1), 2);
    }

    static Revision revisionOf(Path file) {
        ServiceGraph g = NativeGraphReader.read(file).graph();
        return new Revision(g.revision(), g.copy());
    }

    /** {@code stagecraft simulate ...} in process: its standard output. */
    static String cli(String... args) {
        CommandLine cl = Launcher.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void aBatchIsTheCliBatchForTheSameFileRunsAndSeed() {
        revision.set(revisionOf(SHOP));
        SimulationViewModel vm = model(same);
        vm.runsProperty().set("700");
        vm.seedProperty().set("42");
        vm.onFailureProperty().set(OnFailure.ROLLBACK_DEPENDENTS);
        vm.maxParallelProperty().set("2");
        vm.run();
        assertEquals(State.DONE, vm.stateProperty().get(), vm.messageProperty().get());
        assertEquals(cli("simulate", SHOP.toString(), "--runs", "700", "--seed", "42", "--on-failure",
                "rollback-dependents", "--max-parallel", "2", "--format", "json"), SimulationJson.write(vm.result()));
        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void comparisonsAreTheCliComparisons() {
        revision.set(revisionOf(SHOP));
        SimulationViewModel vm = model(same);
        vm.runsProperty().set("400");
        vm.seedProperty().set("5");
        vm.comparisonProperty().set(Comparison.MAX_PARALLEL);
        vm.compareLimitProperty().set("1");
        vm.run();
        assertEquals(cli("simulate", SHOP.toString(), "--runs", "400", "--seed", "5", "--compare",
                "max-parallel=0,1", "--format", "json"), SimulationJson.write(vm.result()));
        vm.comparisonProperty().set(Comparison.GRAPH_FILE);
        vm.compareFileProperty().set(PLATFORM);
        vm.run();
        assertEquals(2, vm.result().variants().size());
        assertEquals(cli("simulate", SHOP.toString(), "--runs", "400", "--seed", "5", "--compare-with",
                PLATFORM.toString(), "--format", "json"), SimulationJson.write(vm.result()));
    }

    @Test
    void aFieldThatIsWrongSaysWhyAndRunsNothing() {
        revision.set(revisionOf(SHOP));
        SimulationViewModel vm = model(same);
        assertEquals("", vm.inputProblemProperty().get());
        vm.runsProperty().set("many");
        assertEquals("Runs: \"many\" is not a whole number from 1 to 1,000,000", vm.inputProblemProperty().get());
        vm.runsProperty().set("0");
        assertTrue(vm.inputProblemProperty().get().startsWith("Runs: 0 is out of range"), vm.inputProblemProperty().get());
        vm.runsProperty().set("10,000");
        assertEquals("", vm.inputProblemProperty().get(), "thousands separators are fine");
        vm.seedProperty().set("");
        assertTrue(vm.inputProblemProperty().get().startsWith("Seed is empty"), vm.inputProblemProperty().get());
        vm.seedProperty().set("-3");
        vm.maxParallelProperty().set("-1");
        assertTrue(vm.inputProblemProperty().get().startsWith("Max parallel: -1 is out of range"));
        vm.maxParallelProperty().set("3");
        vm.comparisonProperty().set(Comparison.MAX_PARALLEL);
        vm.compareLimitProperty().set("3");
        assertTrue(vm.inputProblemProperty().get().contains("is the same as Max parallel"));
        vm.comparisonProperty().set(Comparison.GRAPH_FILE);
        assertEquals("Compare with: choose the other graph file", vm.inputProblemProperty().get());
        vm.run();
        assertEquals(State.FAILED, vm.stateProperty().get());
        assertEquals("Compare with: choose the other graph file", vm.messageProperty().get());
        assertEquals(0, same.submitted());
    }

    @Test
    void anUnreadableComparisonFileIsAMessageNotACrash() throws IOException {
        revision.set(revisionOf(SHOP));
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "components: [\n");
        SimulationViewModel vm = model(same);
        vm.runsProperty().set("10");
        vm.comparisonProperty().set(Comparison.GRAPH_FILE);
        vm.compareFileProperty().set(broken);
        vm.run();
        assertEquals(State.FAILED, vm.stateProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Cannot compare with broken.yaml: "), vm.messageProperty().get());
        assertNull(vm.result());
    }

    @Test
    void aNewRevisionMarksTheResultStaleAndRunsNothing() {
        revision.set(revisionOf(SHOP));
        SimulationViewModel vm = model(same);
        vm.run();
        SimulationReport shown = vm.result();
        assertNotNull(shown);
        revision.set(revisionOf(PLATFORM));
        assertTrue(vm.staleProperty().get());
        assertEquals(shown, vm.result(), "the numbers stay, marked");
        assertEquals(1, same.submitted(), "no batch started by itself");
        vm.run();
        assertFalse(vm.staleProperty().get());
    }

    @Test
    void cancelSaysCancelledShowsNoResultAndALateResultIsDropped() {
        revision.set(revisionOf(SHOP));
        HeldExecutor held = new HeldExecutor();
        SimulationViewModel vm = model(held);
        vm.run();
        assertEquals(State.RUNNING, vm.stateProperty().get());
        vm.cancel();
        assertEquals(State.CANCELLED, vm.stateProperty().get());
        assertEquals(1, held.cancels);
        held.finishes.get(0).run(); // the cancelled batch's result arrives late
        assertEquals(State.CANCELLED, vm.stateProperty().get());
        assertNull(vm.result());
        vm.runsProperty().set("200");
        vm.run();
        vm.runsProperty().set("300");
        vm.run(); // a newer batch: the older one's result is dropped when it comes
        held.finishes.get(1).run();
        assertEquals(State.RUNNING, vm.stateProperty().get());
        assertNull(vm.result());
        held.finishes.get(2).run();
        assertEquals(State.DONE, vm.stateProperty().get());
        assertEquals(300, vm.result().main().batch().runs());
    }

    @Test
    void exportWritesTheEnginesReportByTheFilesEnding() throws IOException {
        revision.set(revisionOf(SHOP));
        SimulationViewModel vm = model(same);
        vm.comparisonProperty().set(Comparison.MAX_PARALLEL);
        vm.compareLimitProperty().set("2");
        vm.run();
        Path html = tmp.resolve("report.html");
        Path md = tmp.resolve("report.md");
        vm.export(html);
        vm.export(md);
        assertEquals(HtmlReport.write(vm.result()), Files.readString(html, StandardCharsets.UTF_8));
        assertEquals(MarkdownReport.write(vm.result()), Files.readString(md, StandardCharsets.UTF_8));
        IOException wrong = assertThrows(IOException.class, () -> vm.export(tmp.resolve("report.pdf")));
        assertEquals("report.pdf: write a report ending in .md or .html", wrong.getMessage());
        assertFalse(Files.exists(tmp.resolve("report.pdf")));
    }
}
