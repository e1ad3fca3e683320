package dev.stagecraft.ui.document;

import dev.stagecraft.model.GraphChange;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.Highlight;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.TextMeasurer;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the canvas shows of the open graph: the {@link Diagram} (rebuilt whenever the model reports a
 * change; after a pure move only its geometry is redone and the analysis is kept), the selected component, the analysis mode and the resulting {@link Highlighting}. Derived
 * results are recomputed from a fresh snapshot, never patched. No JavaFX nodes here, so it is tested
 * without a stage.
 */
public final class AnalysisViewModel {
    private final TextMeasurer measurer;
    /** Builds a large diagram's first spatial index (the window: a background executor; tests: {@code Runnable::run}). */
    private final Executor indexing;
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ReadOnlyObjectWrapper<Highlighting> highlighting = new ReadOnlyObjectWrapper<>(this, "highlighting");
    private final ReadOnlyObjectWrapper<String> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ObjectProperty<AnalysisMode> mode = new SimpleObjectProperty<>(this, "mode", AnalysisMode.NONE);
    private final GraphListener onModelChange = this::changed;
    private ServiceGraph graph;
    private HighlightAnalysis analysis;
    private Prepared prepared;

    /**
     * A graph's analysis and diagram built ahead, on any thread, with a measurer of the same fonts:
     * opening a large file builds them while the window gets ready. Used once, and only if the graph
     * is still at the same revision.
     */
    public record Prepared(ServiceGraph graph, long revision, HighlightAnalysis analysis, Diagram diagram) {
    }

    /** Builds what {@link #usePrepared} takes. Touches no JavaFX node that is on screen. */
    public static Prepared prepare(ServiceGraph g, TextMeasurer measurer, Executor indexing) {
        HighlightAnalysis a = new HighlightAnalysis(g.snapshot());
        return new Prepared(g, g.revision(), a, new Diagram(g, measurer, new DiagramPlacement(a::waves), indexing));
    }

    /** The next time this graph is attached at that revision, use the prepared analysis and diagram. */
    public void usePrepared(Prepared value) {
        prepared = value;
    }

    public AnalysisViewModel(ReadOnlyObjectProperty<ServiceGraph> source, TextMeasurer measurer, Executor indexing) {
        this.measurer = measurer;
        this.indexing = indexing;
        source.addListener((o, was, now) -> attach(now));
        mode.addListener((o, was, now) -> refreshHighlighting());
        attach(source.get());
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

    /** Id of the selected component, null when none. */
    public ReadOnlyObjectProperty<String> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ObjectProperty<AnalysisMode> modeProperty() {
        return mode;
    }

    /** Selects a component and shows its blast radius. */
    public void select(String id) {
        if (graph == null || !graph.contains(id)) {
            throw new IllegalArgumentException("no component '" + id + "'");
        }
        selection.set(id);
        if (mode.get() == AnalysisMode.BLAST) {
            refreshHighlighting();
        } else {
            mode.set(AnalysisMode.BLAST);
        }
    }

    /** Clears the selection; the blast-radius view falls back to no highlight. */
    public void clearSelection() {
        selection.set(null);
        if (mode.get() == AnalysisMode.BLAST) {
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
        analysis = null;
        selection.set(null);
        if (mode.get() == AnalysisMode.BLAST) {
            mode.set(AnalysisMode.NONE);
        }
        if (g != null) {
            g.addListener(onModelChange);
            rebuild(g);
        }
    }

    private void changed(ServiceGraph g, GraphChange change) {
        Diagram shown = diagram.get();
        if (change instanceof GraphChange.Moved moved && prepared == null && analysis != null && shown != null
                && shown.size() == g.componentCount()) {
            // a move changes no analysis, and the highlighting is over node indexes, which a move keeps
            diagram.set(Diagram.moved(shown, g, moved.components()));
        } else {
            rebuild(g);
        }
    }

    private void rebuild(ServiceGraph g) {
        Prepared ahead = prepared;
        prepared = null;
        if (selection.get() != null && !g.contains(selection.get())) {
            selection.set(null);
        }
        if (ahead != null && ahead.graph() == g && ahead.revision() == g.revision()) {
            analysis = ahead.analysis();
            diagram.set(ahead.diagram());
        } else {
            analysis = new HighlightAnalysis(g.snapshot());
            diagram.set(new Diagram(g, measurer, new DiagramPlacement(analysis::waves), indexing));
        }
        refreshHighlighting();
    }

    private void refreshHighlighting() {
        if (analysis == null) {
            return;
        }
        Highlight h = switch (mode.get()) {
            case NONE -> Highlight.NONE;
            case BLAST -> selection.get() == null ? Highlight.NONE : new Highlight.Blast(selection.get());
            case CRITICAL -> Highlight.CRITICAL;
            case WAVES -> Highlight.WAVES;
            case CYCLES -> Highlight.CYCLES;
        };
        highlighting.set(analysis.compute(h));
    }
}
