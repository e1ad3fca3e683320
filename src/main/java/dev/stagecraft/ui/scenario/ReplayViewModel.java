package dev.stagecraft.ui.scenario;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Highlighting.NodeState;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.simulation.ComponentState;
import dev.stagecraft.simulation.Phase;
import dev.stagecraft.simulation.Replay;
import dev.stagecraft.simulation.RunEvents;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.SimulationEvent;
import dev.stagecraft.simulation.SimulationException;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import dev.stagecraft.ui.task.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

/**
 * The replay of the window's scenario on the document's latest analysed revision: the engine's one run
 * ({@link Simulator#run()}, exactly what {@code stagecraft simulate FILE --inject ...} prints), its event log
 * ({@link RunEvents}) and, at the playhead {@link #minuteProperty() minute}, every component's state from
 * {@link Replay#stateAt} as the map's {@link #highlightingProperty() highlighting}. The run is computed through the
 * {@link TaskExecutor} (off the JavaFX thread) when the revision, the scenario or the max-parallel setting changes;
 * until it arrives the previous run stays on the map, matched by component id.
 *
 * <p>Playing is {@link #advance(double)}: the view calls it every frame with the seconds since the last one, and
 * the playhead moves {@link #speedProperty() speed} plan minutes per second. No JavaFX nodes here.
 *
 * <p>Binding a timeline's playhead: {@code minuteProperty()} is a plain {@link IntegerProperty} kept within
 * {@code 0..}{@link #endMinuteProperty() endMinute}, so {@code timeline.playheadMinuteProperty()
 * .bindBidirectional(replay.minuteProperty())} (an {@code IntegerProperty}), or
 * {@code Bindings.bindBidirectional(timelineDoubleProperty, replay.minuteProperty())} for a {@code DoubleProperty}
 * (both are {@code Property<Number>}; the replay truncates to whole minutes), keeps the two in step both ways.
 */
public final class ReplayViewModel {
    /** Speeds offered, in plan minutes per second of replay. */
    public static final List<Double> SPEEDS = List.of(1.0, 5.0, 10.0, 30.0, 60.0, 120.0);

    /** One computed run, what it was computed from, and its log. */
    public record Run(Revision revision, SavedScenario scenario, int maxParallel, RunResult result,
                      List<SimulationEvent> events, Replay replay) {
        /** The last minute of the run (the playhead's range is 0 to this). */
        public int endMinute() {
            return result.durationMinutes();
        }
    }

    private final ObservableValue<Revision> revision;
    private final ObservableValue<SavedScenario> scenario;
    private final ObservableValue<Diagram> diagram;
    private final Supplier<TaskExecutor> executor;
    private final IntegerProperty maxParallel = new SimpleIntegerProperty(this, "maxParallel", 0);
    private final IntegerProperty minute = new SimpleIntegerProperty(this, "minute", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 10);
    private final ReadOnlyIntegerWrapper endMinute = new ReadOnlyIntegerWrapper(this, "endMinute");
    private final ReadOnlyIntegerWrapper currentEvent = new ReadOnlyIntegerWrapper(this, "currentEvent", -1);
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Highlighting> highlighting = new ReadOnlyObjectWrapper<>(this, "highlighting");
    /** Per diagram node, its index in the run's snapshot (-1: not in it). */
    private int[] toRun = new int[0];
    private ComponentState[] states;
    /** The playhead between whole minutes while playing. */
    private double position;
    private boolean settingMinute;
    /** Whether anyone looks at the replay; while not, nothing is simulated (a 20,000-step plan is a plan build). */
    private boolean active;
    private boolean stale = true;
    private final Badges badges = new Badges();

    public ReplayViewModel(ObservableValue<Revision> revision, ObservableValue<SavedScenario> scenario,
                           ObservableValue<Diagram> diagram, Supplier<TaskExecutor> executor) {
        this.revision = revision;
        this.scenario = scenario;
        this.diagram = diagram;
        this.executor = executor;
        revision.addListener((o, was, now) -> recompute());
        scenario.addListener((o, was, now) -> recompute());
        maxParallel.addListener((o, was, now) -> recompute());
        diagram.addListener((o, was, now) -> {
            remap();
            recolour();
        });
        minute.addListener((o, was, now) -> minuteChanged());
        recompute();
    }

    /** At most this many steps at once, 0 = unlimited (as {@code --max-parallel}); bind it to the plan's setting. */
    public IntegerProperty maxParallelProperty() {
        return maxParallel;
    }

    /** The playhead, in whole plan minutes, 0..{@link #endMinuteProperty()}; set it to scrub. */
    public IntegerProperty minuteProperty() {
        return minute;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Plan minutes per second of replay, &gt; 0. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyIntegerProperty endMinuteProperty() {
        return endMinute.getReadOnlyProperty();
    }

    /** Index in the run's events of the event the playhead is at (the last one at or before it), -1 before the first. */
    public ReadOnlyIntegerProperty currentEventProperty() {
        return currentEvent.getReadOnlyProperty();
    }

    /** The run shown; null before the first and while the scenario cannot run ({@link #errorProperty()}). */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** Why the scenario cannot run on this plan ("checkout@9: its step has 3 stages"), null when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The map's colours at the playhead, over the current diagram's numbering; null without a run. */
    public ReadOnlyObjectProperty<Highlighting> highlightingProperty() {
        return highlighting.getReadOnlyProperty();
    }

    /** The state of component {@code id} at the playhead; null when the run does not know it. */
    public ComponentState stateOf(String id) {
        Run r = run.get();
        if (r == null || states == null) {
            return null;
        }
        int v = r.result().plan().snapshot().indexOf(id);
        return v < 0 ? null : states[v];
    }

    public void play() {
        if (run.get() == null) {
            return;
        }
        if (minute.get() >= endMinute.get()) {
            setMinute(0);
        }
        position = minute.get();
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlaying() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Moves the playhead by {@code seconds} of replay at the speed, while playing; stops at the end.
     * Called by the view every frame.
     */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        position = Math.min(endMinute.get(), position + seconds * Math.max(speed.get(), 0));
        settingMinute = true;
        try {
            minute.set((int) Math.floor(position));
        } finally {
            settingMinute = false;
        }
        if (position >= endMinute.get()) {
            playing.set(false);
        }
    }

    /** Moves the playhead to event {@code index} of the log and makes it the current event. */
    public void jumpToEvent(int index) {
        Run r = run.get();
        if (r == null || index < 0 || index >= r.events().size()) {
            return;
        }
        setMinute(r.events().get(index).minute());
        currentEvent.set(index);
    }

    /** The event after the current one (the first when none is current). */
    public void nextEvent() {
        Run r = run.get();
        if (r != null && currentEvent.get() + 1 < r.events().size()) {
            jumpToEvent(currentEvent.get() + 1);
        }
    }

    /** Back to the current event's minute if the playhead is past it, else the event before. */
    public void previousEvent() {
        Run r = run.get();
        int i = currentEvent.get();
        if (r == null || i < 0) {
            return;
        }
        jumpToEvent(r.events().get(i).minute() < minute.get() || i == 0 ? i : i - 1);
    }

    private void setMinute(int value) {
        playing.set(false);
        minute.set(value);
        position = minute.get();
    }

    private void minuteChanged() {
        int m = minute.get();
        int clamped = Math.max(0, Math.min(endMinute.get(), m));
        if (clamped != m) {
            minute.set(clamped); // fires again with the clamped value
            return;
        }
        if (!settingMinute) {
            position = m;
        }
        currentEvent.set(lastEventAtOrBefore(m));
        recolour();
    }

    private int lastEventAtOrBefore(int m) {
        Run r = run.get();
        if (r == null) {
            return -1;
        }
        List<SimulationEvent> events = r.events();
        int lo = 0;
        int hi = events.size(); // first index with minute > m
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).minute() <= m) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Whether the replay is looked at (its tab shown or the map in replay mode); the run is computed only then. */
    public void setActive(boolean value) {
        active = value;
        if (active && stale) {
            recompute();
        }
    }

    private void recompute() {
        Revision r = revision.getValue();
        SavedScenario s = scenario.getValue();
        int limit = maxParallel.get();
        if (r == null || s == null) {
            return;
        }
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        executor.get().submit("Simulating the scenario", progress -> compute(r, s, limit), this::arrived, failure -> {
            if (failure instanceof SimulationException e) {
                error.set(e.getMessage());
                run.set(null);
                endMinute.set(0);
                remap();
                recolour();
            } else {
                TaskExecutor.reportUnexpected(failure);
            }
        });
    }

    /** The engine's run, as {@code stagecraft simulate} makes it: the plan at that max-parallel, then one run. */
    static Run compute(Revision r, SavedScenario s, int maxParallel) {
        int limit = maxParallel <= 0 ? PlanOptions.UNLIMITED : maxParallel;
        RolloutPlan plan = r.plan(PlanOptions.defaults().withMaxParallel(limit));
        SimulationPlan compiled = new SimulationPlan(r.analysis(), plan, limit);
        RunResult result = new Simulator(compiled, ScenarioViewModel.runnable(s, r.graph())).run();
        return new Run(r, s, maxParallel, result, RunEvents.of(result), new Replay(result));
    }

    private void arrived(Run value) {
        error.set(null);
        run.set(value);
        endMinute.set(value.endMinute());
        remap();
        if (minute.get() > value.endMinute()) {
            minute.set(value.endMinute());
        }
        position = minute.get();
        currentEvent.set(lastEventAtOrBefore(minute.get()));
        recolour();
    }

    private void remap() {
        Diagram d = diagram.getValue();
        Run r = run.get();
        if (d == null || r == null) {
            toRun = new int[0];
            return;
        }
        GraphSnapshot s = r.result().plan().snapshot();
        int[] map = new int[d.size()];
        for (int i = 0; i < map.length; i++) {
            map[i] = s.indexOf(d.id(i));
        }
        toRun = map;
    }

    /** States at the playhead, then the map's colours: O(components + blast radii exposed then). */
    private void recolour() {
        Run r = run.get();
        Diagram d = diagram.getValue();
        if (r == null || d == null || toRun.length != d.size()) {
            states = null;
            highlighting.set(null);
            return;
        }
        int m = minute.get();
        states = r.replay().stateAt(m);
        highlighting.set(colours(states, toRun, title(r, m), badges));
    }

    /** The map's colours for these states (indexed by the run's snapshot), over a diagram numbered by {@code toRun}. */
    static Highlighting colours(ComponentState[] states, int[] toRun, String title, Badges badges) {
        int n = toRun.length;
        NodeState[] phase = new NodeState[n];
        byte[] impact = new byte[n];
        String[] badge = new String[n];
        for (int i = 0; i < n; i++) {
            int v = toRun[i];
            if (v < 0) {
                phase[i] = NodeState.NORMAL;
                continue;
            }
            ComponentState c = states[v];
            phase[i] = nodeState(c.phase());
            impact[i] = c.outage() > 0 ? Highlighting.IMPACT_OUTAGE : c.degraded() > 0 ? Highlighting.IMPACT_DEGRADED : 0;
            badge[i] = badges.of(c);
        }
        return Highlighting.replay(phase, impact, badge, title);
    }

    private static String title(Run r, int m) {
        RunResult res = r.result();
        String outcome = switch (res.outcome()) {
            case COMPLETED -> "completes";
            case HALTED -> "halts at minute " + res.haltMinute();
            case ROLLED_BACK -> "rolls back from minute " + res.haltMinute();
        };
        return "Replay: minute " + m + " of " + res.durationMinutes() + " \u00b7 the run " + outcome;
    }

    static NodeState nodeState(Phase p) {
        return switch (p) {
            case UNCHANGED -> NodeState.NORMAL;
            case PENDING -> NodeState.PENDING;
            case CANARY -> NodeState.CANARY;
            case DONE -> NodeState.DONE;
            case HELD -> NodeState.HELD;
            case FAILED -> NodeState.FAILED;
            case ROLLING_BACK -> NodeState.ROLLING_BACK;
            case ROLLED_BACK -> NodeState.ROLLED_BACK;
        };
    }

    /**
     * The words on a component ("canary 5%", "outage 50%", "rolling back · outage 5%"), made once per distinct
     * state so that a frame allocates no text.
     */
    static final class Badges {
        private final java.util.Map<ComponentState, String> made = new java.util.HashMap<>();

        String of(ComponentState c) {
            boolean phaseBadge = c.phase() != Phase.UNCHANGED && c.phase() != Phase.PENDING && c.phase() != Phase.DONE;
            if (!phaseBadge && c.outage() == 0 && c.degraded() == 0) {
                return null;
            }
            return made.computeIfAbsent(c, Badges::text);
        }

        private static String text(ComponentState c) {
            String phase = switch (c.phase()) {
                case CANARY -> "canary " + c.percent() + "%";
                case HELD -> "held " + c.percent() + "%";
                case FAILED -> "failed";
                case ROLLING_BACK -> "rolling back";
                case ROLLED_BACK -> "rolled back";
                default -> null;
            };
            String impact = c.outage() > 0 ? "outage " + c.outage() + "%"
                    : c.degraded() > 0 ? "degraded " + c.degraded() + "%" : null;
            return phase == null ? impact : impact == null ? phase : phase + " \u00b7 " + impact;
        }
    }
}
