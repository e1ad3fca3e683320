package dev.stagecraft.ui.document;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.TextMeasurer;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.GraphChange;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the canvas shows of the open graph: the {@link Diagram}, the selected component, the analysis mode and the
 * resulting {@link Highlighting}. The diagram follows every change at once, on the UI thread, and cheaply: a move
 * redoes only the geometry, another edit reuses every label already measured ({@link Diagram#Diagram(ServiceGraph,
 * TextMeasurer, Diagram.Placement, Executor, Diagram)}). The highlighting comes from the document's latest analysed
 * {@link Revision}, never from an analysis of its own; until the revision of an edit arrives, the previous one's
 * highlighting is shown on the new diagram, matched by component id. No JavaFX nodes here, so it is tested without a
 * stage.
 */
public final class AnalysisViewModel {
    private final TextMeasurer measurer;
    /** Builds a large diagram's first spatial index (the window: a background executor; tests: {@code Runnable::run}). */
    private final Executor indexing;
    private final DocumentViewModel document;
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ReadOnlyObjectWrapper<Highlighting> highlighting = new ReadOnlyObjectWrapper<>(this, "highlighting");
    private final Selection selection;
    private final ObjectProperty<AnalysisMode> mode = new SimpleObjectProperty<>(this, "mode", AnalysisMode.NONE);
    private final ObjectProperty<Highlighting> replay = new SimpleObjectProperty<>(this, "replay");
    private final GraphListener onModelChange = this::changed;
    private ServiceGraph graph;
    private Prepared prepared;
    /** The revision the highlighting was computed from, and what it computed (indexed by that revision's snapshot). */
    private Revision analysed;
    private HighlightAnalysis analysis;
    private Highlight computedFor;
    private Highlighting computed;

    /**
     * A graph's first revision and diagram built ahead, on any thread, with a measurer of the same fonts: opening a
     * large file builds them while the window gets ready. Used once, and only if the graph is still at the same
     * revision.
     */
    public record Prepared(ServiceGraph graph, long revision, Revision first, Diagram diagram) {
    }

    /** Builds what {@link #usePrepared} takes. Touches no JavaFX node that is on screen; the graph must not be edited meanwhile. */
    public static Prepared prepare(ServiceGraph g, TextMeasurer measurer, Executor indexing) {
        Revision first = new Revision(g.revision(), g.frozenCopy());
        GraphAnalysis a = first.analysis();
        Diagram d = new Diagram(g, measurer, new DiagramPlacement(new HighlightAnalysis(a)::waves), indexing);
        // the rest of the first revision's analysis is the analysis lane's, after the first frame
        return new Prepared(g, g.revision(), first, d);
    }

    /** The next time this graph is attached at that revision, use the prepared revision and diagram. */
    public void usePrepared(Prepared value) {
        prepared = value;
    }

    public AnalysisViewModel(DocumentViewModel document, TextMeasurer measurer, Executor indexing) {
        this.document = document;
        this.measurer = measurer;
        this.indexing = indexing;
        selection = new Selection(document.graphProperty());
        selection.primaryProperty().addListener((o, was, now) -> primaryChanged(now));
        document.graphProperty().addListener((o, was, now) -> attach(now));
        document.revisionProperty().addListener((o, was, now) -> revisionArrived(now));
        mode.addListener((o, was, now) -> refreshHighlighting());
        replay.addListener((o, was, now) -> {
            if (mode.get() == AnalysisMode.REPLAY) {
                refreshHighlighting();
            }
        });
        attach(document.graph());
        revisionArrived(document.revision());
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Highlighting> highlightingProperty() {
        return highlighting.getReadOnlyProperty();
    }

    public Highlighting highlighting() {
        return highlighting.get();
    }

    /** Id of the primary selected component (whose blast radius is shown), null when none. */
    public ReadOnlyObjectProperty<String> selectionProperty() {
        return selection.primaryProperty();
    }

    /** The document's one selection, which the editor and the inspector share. */
    public Selection selection() {
        return selection;
    }

    public ObjectProperty<AnalysisMode> modeProperty() {
        return mode;
    }

    /**
     * What {@link AnalysisMode#REPLAY} shows: the replay's colours over the current diagram's numbering (the window
     * binds it to the replay view model's); shown as no highlight while null or of another size.
     */
    public ObjectProperty<Highlighting> replayProperty() {
        return replay;
    }

    /**
     * Selects just this component. With no highlight shown, its blast radius is; a highlight chosen on purpose
     * (critical path, waves, cycles) stays, so clicking through components never leaves it.
     */
    public void select(String id) {
        if (graph == null || !graph.contains(id)) {
            throw new IllegalArgumentException("no component '" + id + "'");
        }
        selection.selectComponents(java.util.List.of(id));
    }

    /** Clears the selection; the blast-radius view falls back to no highlight. */
    public void clearSelection() {
        selection.clear();
    }

    private void primaryChanged(String now) {
        if (now != null && mode.get() == AnalysisMode.NONE) {
            mode.set(AnalysisMode.BLAST);
        } else if (now == null && mode.get() == AnalysisMode.BLAST) {
            mode.set(AnalysisMode.NONE);
        } else {
            refreshHighlighting();
        }
    }

    private void attach(ServiceGraph g) {
        if (graph != null) {
            graph.removeListener(onModelChange);
        }
        graph = g;
        renames.clear();
        analysed = null;
        analysis = null;
        computed = null;
        if (mode.get() == AnalysisMode.BLAST) {
            mode.set(AnalysisMode.NONE);
        }
        if (g != null) {
            g.addListener(onModelChange);
            Prepared ahead = prepared;
            prepared = null;
            if (ahead != null && ahead.graph() == g && ahead.revision() == g.revision()) {
                diagramRevision = g.revision();
                diagram.set(ahead.diagram());
            } else {
                diagramRevision = g.revision();
                diagram.set(new Diagram(g, measurer, placement(g), indexing));
            }
        } else {
            diagram.set(null);
        }
        refreshHighlighting();
    }

    private void changed(ServiceGraph g, GraphChange change) {
        Diagram shown = diagram.get();
        if (change instanceof GraphChange.Moved moved && shown != null && shown.size() == g.componentCount()) {
            // a move changes no analysis, and the highlighting is over node indexes, which a move keeps
            diagramRevision = g.revision();
            diagram.set(Diagram.moved(shown, g, moved.components()));
            if (refreshWaiting) {
                refreshHighlighting();
            }
        } else {
            Map<String, String> renamed = renamedFrom(change);
            if (analysed == null || analysed.number() < g.revision()) {
                // (the revision of this very change may have arrived first: then it knows the new ids already)
                renamed.forEach((now, before) -> renames.add(new Rename(g.revision(), now, before)));
            }
            diagramRevision = g.revision();
            if (shown != null && shown.size() == g.componentCount() && editedInPlace(change, editedIds)) {
                // records edited or renamed in place (tier, name, kind, id): same numbering, same dependencies
                diagram.set(Diagram.edited(shown, g, measurer, placement(g), editedIds, renamed));
                editedIds.clear();
            } else {
                diagram.set(new Diagram(g, measurer, placement(g), indexing, shown, renamed,
                        renamed.isEmpty() && dependenciesLostWithComponents(change)));
            }
            refreshHighlighting();
        }
    }

    /**
     * Whether the change only added and removed components (and with a removed one the dependencies touching it,
     * and its groups' memberships): the graph's dependencies are then the shown diagram's, in order, minus those.
     */
    static boolean dependenciesLostWithComponents(GraphChange change) {
        List<GraphChange> parts = change.parts();
        java.util.Set<String> removed = new java.util.HashSet<>();
        java.util.Set<String> added = new java.util.HashSet<>();
        for (GraphChange part : parts) {
            if (part instanceof GraphChange.Removed r && r.element() instanceof Component c) {
                removed.add(c.id());
            } else if (part instanceof GraphChange.Added a && a.element() instanceof Component c) {
                added.add(c.id());
            }
        }
        for (GraphChange part : parts) {
            boolean fine = part instanceof GraphChange.Removed r && (r.element() instanceof Component
                    || r.element() instanceof dev.stagecraft.model.Dependency d
                    && (removed.contains(d.from()) || removed.contains(d.to())))
                    || part instanceof GraphChange.Added a && a.element() instanceof Component
                    || part instanceof GraphChange.PropertyChanged p
                    && p.before() instanceof dev.stagecraft.model.ChangeGroup;
            if (!fine) {
                return false;
            }
        }
        return java.util.Collections.disjoint(removed, added);
    }

    /** A component renamed at graph revision {@code revision}: what it is called now, what it was called before. */
    private record Rename(long revision, String now, String before) {
    }

    /**
     * The renames made since the analysed revision, oldest first: the analysis knows a renamed component by its old
     * id, so its highlight (a blast radius of the renamed selection, say) is shown on it until the next analysis
     * arrives, rather than dropped for a frame and drawn again.
     */
    private final List<Rename> renames = new ArrayList<>();

    /**
     * {@code id} (as the graph calls it now) as the analysed revision calls it; null when the component holding it
     * took the id after another gave it up by a rename (so the analysis knows it by no id, or knows another by it).
     */
    private String analysedId(String id) {
        String known = id;
        for (int k = renames.size() - 1; k >= 0; k--) {
            Rename r = renames.get(k);
            if (r.now().equals(known)) {
                known = r.before();
            } else if (r.before().equals(known)) {
                return null;
            }
        }
        return known;
    }

    private final List<String> editedIds = new ArrayList<>();
    /** The graph revision the shown diagram was made for. */
    private long diagramRevision = -1;
    /** A refresh was asked for while the diagram was behind the model; the diagram's update does it. */
    private boolean refreshWaiting;

    /** The components the change renamed: new id → old id (what the shown diagram knows them by). */
    private static Map<String, String> renamedFrom(GraphChange change) {
        Map<String, String> renamed = new HashMap<>();
        change.renamedComponents().forEach((before, after) -> renamed.put(after, renamed.getOrDefault(before, before)));
        return renamed;
    }

    /**
     * Whether the change only replaced component records in place, renamed or not (their ids now collected into
     * {@code ids}): no component added or removed, no dependency or group touched.
     */
    private static boolean editedInPlace(GraphChange change, List<String> ids) {
        ids.clear();
        List<GraphChange> parts = change.parts();
        for (GraphChange part : parts) {
            if (part instanceof GraphChange.PropertyChanged p && p.before() instanceof Component
                    && p.after() instanceof Component after) {
                ids.add(after.id());
            } else if (part instanceof GraphChange.Moved m) {
                ids.addAll(m.components());
            } else {
                ids.clear();
                return false;
            }
        }
        return !ids.isEmpty();
    }

    private void revisionArrived(Revision r) {
        if (r == null || graph == null || r == analysed) {
            return;
        }
        analysed = r;
        renames.removeIf(x -> x.revision() <= r.number());
        analysis = new HighlightAnalysis(r.analysis());
        computed = null;
        refreshHighlighting();
    }

    /** The revision the highlighting shows; it may be older than the diagram by the edits made since. */
    public Revision analysedRevision() {
        return analysed;
    }

    private void refreshHighlighting() {
        Diagram d = diagram.get();
        if (d == null) {
            highlighting.set(null);
            return;
        }
        if (graph != null && diagramRevision != graph.revision()) {
            // the model changed and its listener here has not run yet (the selection's ran first): it refreshes
            refreshWaiting = true;
            return;
        }
        refreshWaiting = false;
        if (mode.get() == AnalysisMode.REPLAY) {
            Highlighting r = replay.get();
            highlighting.set(r != null && r.size() == d.size() ? r : Highlighting.none(d.size()));
            return;
        }
        if (analysis == null) {
            highlighting.set(Highlighting.none(d.size()));
            return;
        }
        if (mode.get() == AnalysisMode.BLAST && selection.primary() == null) {
            // the mode chosen with nothing selected: say what to do instead of looking like no mode at all
            highlighting.set(Highlighting.prompt(d.size(), "Blast radius: click a component to see what fails with it"));
            return;
        }
        Highlight h = switch (mode.get()) {
            case NONE -> Highlight.NONE;
            case BLAST -> selection.primary() == null || analysedId(selection.primary()) == null ? Highlight.NONE
                    : new Highlight.Blast(analysedId(selection.primary()));
            case CRITICAL -> Highlight.CRITICAL;
            case WAVES -> Highlight.WAVES;
            case CYCLES -> Highlight.CYCLES;
            case REPLAY -> throw new IllegalStateException("replay is handled above");
        };
        GraphSnapshot s = analysed.snapshot();
        if (h instanceof Highlight.Blast b && s.indexOf(b.id()) < 0) {
            // a component added since the revision: nothing depending on it yet (a new one from Insert) means its
            // blast radius is itself, exactly what the next revision will say; otherwise that revision shows it
            String id = selection.primary();
            int at = d.indexOf(id);
            if (at >= 0 && graph.contains(id) && graph.dependentsOf(id).isEmpty()) {
                highlighting.set(Highlighting.blast(d.size(), at, id, new int[0], new int[0]));
                return;
            }
            h = Highlight.NONE;
        }
        if (!h.equals(computedFor) || computed == null) {
            computed = analysis.compute(h);
            computedFor = h;
        }
        highlighting.set(sameOrder(s, d) ? computed : computed.reindexed(d.size(), snapshotIndexes(s, d)));
    }

    /**
     * For each diagram node its index in the analysed snapshot (-1 when the snapshot does not know it). Components
     * keep their order through inserts and deletes, so most are found where the previous one leads, by comparing
     * ids; only the rest are looked up.
     */
    private java.util.function.IntUnaryOperator snapshotIndexes(GraphSnapshot s, Diagram d) {
        int[] at = new int[d.size()];
        int expected = 0;
        for (int i = 0; i < at.length; i++) {
            String id = renames.isEmpty() ? d.id(i) : analysedId(d.id(i));
            int j = id == null ? -1
                    : expected < s.size() && s.id(expected).equals(id) ? expected : s.indexOf(id);
            at[i] = j;
            if (j >= 0) {
                expected = j + 1;
            }
        }
        return i -> at[i];
    }

    private static boolean sameOrder(GraphSnapshot s, Diagram d) {
        if (s.size() != d.size()) {
            return false;
        }
        for (int i = 0; i < d.size(); i++) {
            if (!s.id(i).equals(d.id(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places components without a position in bands by rollout wave: the waves of the latest revision, matched by id
     * (a component it does not know is in wave 0); before the first revision, of an analysis made for the purpose
     * (asked for only when some component lacks a position).
     */
    private DiagramPlacement placement(ServiceGraph g) {
        return new DiagramPlacement(() -> {
            Revision r = analysed;
            if (r == null) {
                return new HighlightAnalysis(g.snapshot()).waves();
            }
            return r.wavesOf(g.components().stream().map(dev.stagecraft.model.Component::id).toList());
        });
    }
}
