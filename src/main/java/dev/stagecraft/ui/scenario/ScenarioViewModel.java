package dev.stagecraft.ui.scenario;

import dev.stagecraft.model.GraphChange;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.ui.command.EditMetadata;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The scenario the window simulates: bad versions, faults, the on-failure policy and the detection minutes, as a
 * {@link SavedScenario}. It lives in this view model until the user asks to save it with the graph
 * ({@link #setSaved}); from then on it is the graph's (its metadata's scenario of that name) and every edit is an
 * undoable {@link EditMetadata#scenarios} command, so undo and redo move it too. A component it names that the graph does
 * not have (deleted since) is listed in {@link #problemsProperty()} and left out of the run, never a failure.
 * Opening a graph that saves scenarios starts on its first one. No JavaFX nodes: tested without a stage.
 */
public final class ScenarioViewModel {
    /** The name of a scenario the user has not named. */
    public static final String DEFAULT_NAME = "scenario";

    private final DocumentViewModel document;
    private final ReadOnlyObjectWrapper<SavedScenario> scenario =
            new ReadOnlyObjectWrapper<>(this, "scenario", SavedScenario.empty(DEFAULT_NAME));
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyObjectWrapper<List<String>> savedNames = new ReadOnlyObjectWrapper<>(this, "savedNames", List.of());
    private final GraphListener onChange = this::graphChanged;
    private ServiceGraph graph;

    public ScenarioViewModel(DocumentViewModel document) {
        this.document = document;
        document.graphProperty().addListener((o, was, now) -> attach(was, now));
        attach(null, document.graph());
    }

    /** The scenario as it stands (never null). */
    public ReadOnlyObjectProperty<SavedScenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public SavedScenario scenario() {
        return scenario.get();
    }

    /** Whether the scenario is saved with the graph (in its {@code scenarios:} section). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Sentences about entries left out of the run (a component the graph does not have); empty when none. */
    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The names of the scenarios the graph saves, in file order. */
    public ReadOnlyObjectProperty<List<String>> savedNamesProperty() {
        return savedNames.getReadOnlyProperty();
    }

    /** Changes the scenario: one command when it is saved with the graph, else at once. No-ops change nothing. */
    public void edit(UnaryOperator<SavedScenario> change, String description) {
        SavedScenario now = scenario.get();
        SavedScenario next = change.apply(now);
        if (next.equals(now)) {
            return;
        }
        if (saved.get()) {
            List<SavedScenario> list = new ArrayList<>(graph.metadata().scenarios());
            list.replaceAll(s -> s.name().equals(now.name()) ? next : s);
            if (!next.name().equals(now.name()) && graph.metadata().scenario(next.name()).isPresent()) {
                throw new IllegalArgumentException("the graph already saves a scenario named '" + next.name() + "'");
            }
            document.history().execute(EditMetadata.scenarios(graph, list, description));
        } else {
            set(next);
        }
    }

    public void addBadVersion(SavedScenario.BadVersion b) {
        edit(s -> s.withInject(plus(s.inject(), b)), "Fail " + b.component() + " in the scenario");
    }

    public void addFault(SavedScenario.Outage f) {
        edit(s -> s.withFaults(plus(s.faults(), f)), "Take " + f.component() + " down in the scenario");
    }

    public void replaceBadVersion(int index, SavedScenario.BadVersion b) {
        edit(s -> s.withInject(replaced(s.inject(), index, b)), "Edit a bad version of the scenario");
    }

    public void replaceFault(int index, SavedScenario.Outage f) {
        edit(s -> s.withFaults(replaced(s.faults(), index, f)), "Edit a fault of the scenario");
    }

    public void removeBadVersion(int index) {
        edit(s -> s.withInject(removed(s.inject(), index)), "Remove a bad version from the scenario");
    }

    public void removeFault(int index) {
        edit(s -> s.withFaults(removed(s.faults(), index)), "Remove a fault from the scenario");
    }

    /** @param policy {@code halt}, {@code rollback-dependents} or {@code rollback-all} */
    public void setOnFailure(String policy) {
        edit(s -> s.withOnFailure(policy.equals("halt") && s.onFailure() == null ? null : policy), "Set the on-failure policy");
    }

    public void setDetectionMinutes(int minutes) {
        edit(s -> s.withDetectionMinutes(minutes == Scenario.DEFAULT_DETECTION_MINUTES && s.detectionMinutes() == null
                ? null : minutes), "Set the detection minutes");
    }

    /** Empties the scenario (keeps its name, policy and detection minutes). */
    public void clear() {
        edit(s -> s.withInject(List.of()).withFaults(List.of()), "Clear the scenario");
    }

    /**
     * Saves the scenario with the graph (one command adding it to the {@code scenarios:} section, replacing one of
     * the same name) or takes it out again (one command); either way the scenario itself stays as it is.
     */
    public void setSaved(boolean value) {
        if (graph == null || value == saved.get()) {
            return;
        }
        SavedScenario s = scenario.get();
        List<SavedScenario> list = new ArrayList<>(graph.metadata().scenarios());
        if (value) {
            list.removeIf(x -> x.name().equals(s.name()));
            list.add(s);
            document.history().execute(EditMetadata.scenarios(graph, list, "Save scenario " + s.name() + " with the graph"));
        } else {
            list.removeIf(x -> x.name().equals(s.name()));
            document.history().execute(EditMetadata.scenarios(graph, list, "Stop saving scenario " + s.name() + " with the graph"));
        }
    }

    /** Works on the scenario the graph saves under {@code name}. */
    public void open(String name) {
        graph.metadata().scenario(name).ifPresent(this::set);
        refreshSaved();
    }

    /**
     * What the simulator runs: the scenario with every entry whose component the graph {@code g} does not have left
     * out (they are in {@link #problemsProperty()}).
     */
    public static Scenario runnable(SavedScenario s, ServiceGraph g) {
        return Scenario.of(s.withInject(s.inject().stream().filter(b -> g.contains(b.component())).toList())
                .withFaults(s.faults().stream().filter(f -> g.contains(f.component())).toList()));
    }

    private void attach(ServiceGraph was, ServiceGraph now) {
        if (was != null) {
            was.removeListener(onChange);
        }
        graph = now;
        if (now == null) {
            return;
        }
        now.addListener(onChange);
        List<SavedScenario> list = now.metadata().scenarios();
        set(list.isEmpty() ? SavedScenario.empty(DEFAULT_NAME) : list.get(0));
        refreshSaved();
    }

    private void graphChanged(ServiceGraph g, GraphChange change) {
        GraphMetadata meta = g.metadata();
        if (saved.get()) {
            // undo, redo, or an edit of the saved scenario: the graph's is the one
            meta.scenario(scenario.get().name()).filter(s -> !s.equals(scenario.get())).ifPresent(this::set);
        }
        if (saved.get() && meta.scenario(scenario.get().name()).isEmpty()) {
            // a rename saved as one command, or undone: follow the one scenario that changed name
            List<SavedScenario> added = new ArrayList<>(meta.scenarios());
            added.removeIf(s -> savedNames.get().contains(s.name()));
            if (added.size() == 1) {
                set(added.get(0));
            }
        }
        refreshSaved();
        refreshProblems();
    }

    private void set(SavedScenario value) {
        scenario.set(value);
        refreshProblems();
    }

    private void refreshSaved() {
        GraphMetadata meta = graph.metadata();
        saved.set(meta.scenario(scenario.get().name()).filter(s -> s.equals(scenario.get())).isPresent());
        savedNames.set(meta.scenarios().stream().map(SavedScenario::name).toList());
    }

    private void refreshProblems() {
        if (graph == null) {
            return;
        }
        List<String> out = new ArrayList<>();
        for (String id : scenario.get().components()) {
            if (!graph.contains(id)) {
                out.add("'" + id + "' is not in the graph (deleted or renamed?): its entries are left out of the run");
            }
        }
        if (!out.equals(problems.get())) {
            problems.set(List.copyOf(out));
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> replaced(List<T> list, int index, T item) {
        List<T> out = new ArrayList<>(list);
        out.set(index, item);
        return out;
    }

    private static <T> List<T> removed(List<T> list, int index) {
        List<T> out = new ArrayList<>(list);
        out.remove(index);
        return out;
    }
}
