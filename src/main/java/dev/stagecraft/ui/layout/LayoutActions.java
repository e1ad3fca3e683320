package dev.stagecraft.ui.layout;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.layout.LayeredLayout;
import dev.stagecraft.layout.LayoutInput;
import dev.stagecraft.layout.UnplacedPlacement;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.ui.command.ApplyLayout;
import dev.stagecraft.ui.command.History;
import dev.stagecraft.ui.task.TaskExecutor;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Layout → Auto layout / Layout new components only. The graph is copied (with the painter's box sizes) on the
 * UI thread, laid out by the executor, and applied as one {@link ApplyLayout} only if the graph has not changed
 * meanwhile (same graph, same revision). "Layout new components" is {@link UnplacedPlacement}, the placement the
 * diagram already draws unplaced components with, so it keeps them where they are shown.
 */
public final class LayoutActions {
    private final Supplier<ServiceGraph> graph;
    private final Supplier<Diagram> diagram;
    private final Supplier<History> history;
    private final Supplier<TaskExecutor> executor;
    private final Consumer<String> problem;
    private final Supplier<Revision> revision;
    private Runnable onApplied = () -> { };

    public LayoutActions(Supplier<ServiceGraph> graph, Supplier<Diagram> diagram, Supplier<History> history,
            Supplier<TaskExecutor> executor, Consumer<String> problem) {
        this(graph, diagram, history, executor, problem, () -> null);
    }

    /**
     * @param revision the document's latest analysed revision, whose waves place new components (a component it
     *                 does not know yet is in wave 0); null before the first, when the graph's own snapshot is analysed
     */
    public LayoutActions(Supplier<ServiceGraph> graph, Supplier<Diagram> diagram, Supplier<History> history,
            Supplier<TaskExecutor> executor, Consumer<String> problem, Supplier<Revision> revision) {
        this.revision = revision;
        this.graph = graph;
        this.diagram = diagram;
        this.history = history;
        this.executor = executor;
        this.problem = problem;
    }

    /** Runs after a layout was applied (the window fits the view to the new drawing). */
    public void setOnApplied(Runnable value) {
        onApplied = value;
    }

    /** Lays out every component. */
    public void autoLayout() {
        run("Auto layout", false);
    }

    /** Places only components without a position, by {@link UnplacedPlacement}'s rule. */
    public void layoutNew() {
        run("Layout new components", true);
    }

    private void run(String title, boolean incremental) {
        ServiceGraph g = graph.get();
        Diagram d = diagram.get();
        if (g == null || g.componentCount() == 0) {
            return;
        }
        LayoutInput in = LayoutInput.of(g, new LayoutInput.Sizes() {
            @Override
            public double width(String id) {
                int i = d == null ? -1 : d.indexOf(id);
                return i < 0 ? Diagram.MIN_WIDTH : d.width(i);
            }

            @Override
            public double height(String id) {
                int i = d == null ? -1 : d.indexOf(id);
                return i < 0 ? 60 : d.height(i);
            }
        });
        Revision analysed = revision.get();
        GraphSnapshot snapshot = analysed == null ? g.snapshot() : null;
        executor.get().submit(title, p -> {
            p.update(-1, title + " of " + in.size() + " components\u2026");
            return incremental ? new UnplacedPlacement(in, () -> analysed == null ? new HighlightAnalysis(snapshot).waves()
                    : analysed.wavesOf(in.ids())).added()
                    : LayeredLayout.layout(in, p::isCancelled);
        }, (Map<String, Position> result) -> {
            if (graph.get() != g || g.revision() != in.revision()) {
                problem.accept("The graph changed while laying out; layout discarded.");
                return;
            }
            history.get().execute(new ApplyLayout(g, title, result));
            onApplied.run();
        }, e -> {
            problem.accept(title + " failed: " + e.getMessage());
            TaskExecutor.reportUnexpected(e);
        });
    }
}
