package dev.stagecraft.ui.simulate;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.AtomicFile;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.simulation.MonteCarlo;
import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.OnFailure;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationException;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import dev.stagecraft.simulation.report.SimulationReport;
import dev.stagecraft.simulation.report.SimulationReports;
import dev.stagecraft.simulation.report.Variant;
import dev.stagecraft.ui.simulate.SimulationSettings.Comparison;
import dev.stagecraft.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableDoubleValue;

/**
 * The Monte Carlo batch of the window, without a stage: the fields of the Simulation panel (as text, validated
 * into {@link SimulationSettings}), and the state of the batch: {@link State running, done, cancelled or failed},
 * its progress, its report (the engine's {@link SimulationReport}, the same one {@code stagecraft simulate}
 * writes for the same file, runs and seed), and whether the graph changed since ({@link #staleProperty stale}: a
 * new revision never starts 10,000 runs by itself).
 *
 * <p>The batch runs through the given {@link TaskExecutor} lane, the plan and analysis coming from the document's
 * latest {@link Revision}; a newer run cancels the one under way (the lane does, and its late result is dropped).
 * The work reports its progress through the lane (the JavaFX one coalesces it into at most one update per pulse;
 * {@link MonteCarlo} itself reports every 100 ms), never once per run.
 */
public final class SimulationViewModel {
    /** Where the batch is. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final ReadOnlyObjectProperty<Revision> revision;
    private final Supplier<String> documentName;
    private final Supplier<TaskExecutor> executor;
    private final int threads;

    private final StringProperty runs = new SimpleStringProperty(this, "runs", "1000");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ObjectProperty<OnFailure> onFailure = new SimpleObjectProperty<>(this, "onFailure", OnFailure.HALT);
    private final StringProperty maxParallel = new SimpleStringProperty(this, "maxParallel", "0");
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(this, "comparison", Comparison.NONE);
    private final StringProperty compareLimit = new SimpleStringProperty(this, "compareLimit", "4");
    private final ObjectProperty<Path> compareFile = new SimpleObjectProperty<>(this, "compareFile");
    private final ReadOnlyStringWrapper inputProblem = new ReadOnlyStringWrapper(this, "inputProblem", "");

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<SimulationReport> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ObservableDoubleValue laneProgress;
    /** The number of the run under way; a late result of an older one is dropped. */
    private long generation;
    /** The revision the shown result was computed on (a new document's revisions start again from 0: by identity). */
    private Revision resultRevision;

    /**
     * @param revision     the document's latest analysed revision
     * @param documentName how the main variant is named (the file's name, as the CLI names it)
     * @param executor     the batch's own lane: a new batch cancels the old one, and nothing else
     * @param laneProgress the lane's progress, 0..1 or negative when unknown (shown while a batch runs)
     * @param threads      threads for the batch (the window leaves a core to itself: one on two cores)
     */
    public SimulationViewModel(ReadOnlyObjectProperty<Revision> revision, Supplier<String> documentName,
                               Supplier<TaskExecutor> executor, ObservableDoubleValue laneProgress, int threads) {
        this.revision = revision;
        this.documentName = documentName;
        this.executor = executor;
        this.laneProgress = laneProgress;
        this.threads = Math.max(1, threads);
        javafx.beans.InvalidationListener check = o -> inputProblem.set(problemOf());
        for (javafx.beans.Observable field : List.of(runs, seed, onFailure, maxParallel, comparison, compareLimit,
                compareFile)) {
            field.addListener(check);
        }
        inputProblem.set(problemOf());
        revision.addListener((o, was, now) -> stale.set(result.get() != null && now != resultRevision));
    }

    private String problemOf() {
        try {
            settings();
            return "";
        } catch (SimulationSettings.Problem p) {
            return p.getMessage();
        }
    }

    /** The fields as settings; what is wrong with them otherwise. */
    public SimulationSettings settings() throws SimulationSettings.Problem {
        return SimulationSettings.parse(runs.get(), seed.get(), onFailure.get(), maxParallel.get(), comparison.get(),
                compareLimit.get(), compareFile.get());
    }

    /**
     * Starts a batch on the latest revision with the fields' settings (cancelling one under way). With a field
     * wrong it starts nothing and the state is {@link State#FAILED} with the field's problem as the message.
     */
    public void run() {
        SimulationSettings s;
        try {
            s = settings();
        } catch (SimulationSettings.Problem p) {
            fail(p.getMessage());
            return;
        }
        Revision r = revision.get();
        if (r == null) {
            fail("The graph is still being analysed; run again in a moment.");
            return;
        }
        long mine = ++generation;
        String name = documentName.get();
        result.set(null);
        stale.set(false);
        state.set(State.RUNNING);
        message.set(String.format(Locale.ROOT, "Running %,d runs\u2026", s.runs()));
        // from 0, not "unknown": an indeterminate bar animates every pulse of a batch that mostly takes a second
        progress.bind(javafx.beans.binding.Bindings.max(0, laneProgress));
        executor.get().submit("Monte Carlo", work -> simulate(r, name, s, work), report -> {
            if (mine == generation) {
                progress.unbind();
                progress.set(1);
                resultRevision = r;
                stale.set(revision.get() != r);
                result.set(report);
                state.set(State.DONE);
                message.set(String.format(Locale.ROOT, "%,d runs, seed %d", report.main().batch().runs(), s.seed()));
            }
        }, failure -> {
            if (mine != generation) {
                return;
            }
            if (failure instanceof UserProblem) {
                fail(failure.getMessage());
            } else {
                fail("The simulation failed: " + failure);
                TaskExecutor.reportUnexpected(failure);
            }
        });
    }

    /** Stops the batch under way: the state says cancelled and no result is shown. */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        generation++;
        executor.get().cancel();
        progress.unbind();
        progress.set(0);
        result.set(null);
        state.set(State.CANCELLED);
        message.set("Cancelled; no result.");
    }

    private void fail(String text) {
        generation++;
        progress.unbind();
        progress.set(0);
        state.set(State.FAILED);
        message.set(text);
    }

    /** An input problem found while the batch ran (the other graph file is unreadable, an id does not fit). */
    private static final class UserProblem extends Exception {
        UserProblem(String message) {
            super(message);
        }
    }

    /** The batch itself, off the JavaFX thread: the variants as {@code stagecraft simulate} makes them. */
    private SimulationReport simulate(Revision r, String name, SimulationSettings s, TaskExecutor.Progress work)
            throws UserProblem {
        Scenario scenario = Scenario.random().withOnFailure(s.onFailure());
        List<Variant> variants = new ArrayList<>();
        int count = s.comparison() == Comparison.NONE ? 1 : 2;
        try {
            switch (s.comparison()) {
                case NONE -> variants.add(variant(name, r.analysis(), r, s.maxParallel(), scenario, s, work, 0, count));
                case MAX_PARALLEL -> {
                    variants.add(variant("max-parallel=" + SimulationSettings.limitText(s.maxParallel()), r.analysis(), r,
                            s.maxParallel(), scenario, s, work, 0, count));
                    variants.add(variant("max-parallel=" + SimulationSettings.limitText(s.compareLimit()), r.analysis(), r,
                            s.compareLimit(), scenario, s, work, 1, count));
                }
                case GRAPH_FILE -> {
                    variants.add(variant(name, r.analysis(), r, s.maxParallel(), scenario, s, work, 0, count));
                    GraphAnalysis other = GraphAnalysis.of(read(s.compareFile()));
                    variants.add(variant(s.compareFile().getFileName().toString(), other, null, s.maxParallel(), scenario,
                            s, work, 1, count));
                }
            }
        } catch (SimulationException e) {
            throw new UserProblem(e.getMessage());
        }
        return new SimulationReport(r.graph().metadata().name(), scenario, variants);
    }

    private static dev.stagecraft.model.ServiceGraph read(Path file) throws UserProblem {
        try {
            return GraphFormats.read(file, null).graph();
        } catch (GraphFormatException e) {
            throw new UserProblem("Cannot compare with " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** One variant: its plan (the revision's, when it is the document's), compiled, and a batch on the seed. */
    private Variant variant(String name, GraphAnalysis analysis, Revision r, int limit, Scenario scenario,
                            SimulationSettings s, TaskExecutor.Progress work, int index, int count) {
        PlanOptions options = PlanOptions.defaults().withMaxParallel(limit);
        RolloutPlan plan = r != null ? r.plan(options) : new PlanBuilder(analysis, options).build();
        Simulator simulator = new Simulator(new SimulationPlan(analysis, plan, limit), scenario);
        AtomicBoolean cancelled = new AtomicBoolean();
        MonteCarloResult batch = new MonteCarlo(simulator, s.runs(), s.seed(), threads).run(done -> {
            if (work.isCancelled()) {
                cancelled.set(true);
            }
            work.update((index + (double) done / s.runs()) / count, String.format(Locale.ROOT,
                    "Monte Carlo: %,d of %,d runs", index * s.runs() + done, count * s.runs()));
        }, cancelled);
        if (batch.cancelled() || work.isCancelled()) {
            throw new CancellationException("a newer batch was started or the batch was cancelled");
        }
        return new Variant(name, simulator.plan(), batch, s.runs() == 1 ? simulator.run(s.seed(), 0) : null);
    }

    /**
     * Writes the shown report as {@code stagecraft simulate -o} does (the engine's Markdown or HTML writer, by the
     * file's ending), all at once.
     *
     * @throws IOException naming the file and what went wrong
     * @throws IllegalStateException when there is no result to export
     */
    public SimulationReports export(Path file) throws IOException {
        SimulationReport report = result.get();
        if (report == null) {
            throw new IllegalStateException("no result to export");
        }
        SimulationReports format = SimulationReports.forFile(file.getFileName().toString())
                .filter(f -> f == SimulationReports.MARKDOWN || f == SimulationReports.HTML)
                .orElseThrow(() -> new IOException(file.getFileName() + ": write a report ending in .md or .html"));
        AtomicFile.write(file, format.render(report).getBytes(StandardCharsets.UTF_8));
        return format;
    }

    public StringProperty runsProperty() {
        return runs;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<OnFailure> onFailureProperty() {
        return onFailure;
    }

    /** 0 or blank for unlimited. */
    public StringProperty maxParallelProperty() {
        return maxParallel;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public StringProperty compareLimitProperty() {
        return compareLimit;
    }

    public ObjectProperty<Path> compareFileProperty() {
        return compareFile;
    }

    /** What is wrong with the fields, in a sentence; empty when they can run. */
    public ReadOnlyStringProperty inputProblemProperty() {
        return inputProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0..1 while running, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The report of the last batch that completed; null while one runs, after a cancel or a failure. */
    public ReadOnlyObjectProperty<SimulationReport> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SimulationReport result() {
        return result.get();
    }

    /** What the panel says about the batch: under way, done, cancelled, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The graph changed since the shown result was computed (run again to update it). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** True while a batch runs. */
    public BooleanBinding runningBinding() {
        return Bindings.createBooleanBinding(() -> state.get() == State.RUNNING, state);
    }
}
