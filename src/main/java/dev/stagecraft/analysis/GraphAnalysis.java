package dev.stagecraft.analysis;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one shared analysis of one revision: an immutable snapshot and every analysis of it, each computed on
 * first use and then kept. Build one per snapshot and hand it to every consumer (validation, the plan, the
 * JSON and text reports, the diff, the editor's highlights) so they share one computation. Units reuse the
 * strongly connected components when the graph declares no change group (then they are the same partition);
 * waves and the critical path reuse the units. Thread-safe: results are computed once under the lock.
 *
 * <p>There is deliberately no global cache keyed by snapshot: whoever owns the snapshot owns its analysis.
 * An analysis built {@linkplain #of(ServiceGraph) from a graph} also answers the validation findings, which
 * read the components' rollout settings; that graph must not be edited while the analysis is in use (the
 * editor analyses a copy; the CLI never edits).
 *
 * <p>{@link #computations(Result)} is diagnostics: how many times each result was computed (0 or 1), so
 * tests can check that one revision runs each analysis once, whoever asks.
 */
public final class GraphAnalysis {
    /** The results this class computes and keeps; see {@link #computations(Result)}. */
    public enum Result { STRONGLY_CONNECTED, UNITS, WAVES, CRITICAL_PATH, BLAST_RADIUS, FINDINGS }

    private final ServiceGraph graph;
    private final GraphSnapshot snapshot;
    private final Map<Result, Integer> computed = new EnumMap<>(Result.class);
    private StronglyConnected stronglyConnected;
    private RolloutUnits units;
    private RolloutWaves waves;
    private CriticalPath criticalPath;
    private FastBlastRadius blastRadius;
    private List<Finding> findings;

    private GraphAnalysis(ServiceGraph graph, GraphSnapshot snapshot) {
        this.graph = graph;
        this.snapshot = snapshot;
    }

    /** The analysis of a snapshot; {@link #findings()} needs a graph, so it is not available. */
    public static GraphAnalysis of(GraphSnapshot snapshot) {
        return new GraphAnalysis(null, snapshot);
    }

    /** The analysis of the graph's current snapshot; the graph must not be edited while this is in use. */
    public static GraphAnalysis of(ServiceGraph graph) {
        return new GraphAnalysis(graph, graph.snapshot());
    }

    public GraphSnapshot snapshot() {
        return snapshot;
    }

    /**
     * The graph this analysis was built from.
     *
     * @throws IllegalStateException when it was built from a snapshot alone
     */
    public ServiceGraph graph() {
        if (graph == null) {
            throw new IllegalStateException(
                    "this analysis was built from a snapshot alone; use GraphAnalysis.of(graph)");
        }
        return graph;
    }

    public synchronized StronglyConnected stronglyConnected() {
        if (stronglyConnected == null) {
            stronglyConnected = new StronglyConnected(snapshot);
            count(Result.STRONGLY_CONNECTED);
        }
        return stronglyConnected;
    }

    public synchronized RolloutUnits units() {
        if (units == null) {
            // without groups the units are the SCCs: one Tarjan run serves both
            units = snapshot.groupCount() == 0
                    ? new RolloutUnits(snapshot, stronglyConnected().partition())
                    : new RolloutUnits(snapshot);
            count(Result.UNITS);
        }
        return units;
    }

    public synchronized RolloutWaves waves() {
        if (waves == null) {
            waves = new RolloutWaves(units());
            count(Result.WAVES);
        }
        return waves;
    }

    public synchronized CriticalPath criticalPath() {
        if (criticalPath == null) {
            criticalPath = new CriticalPath(units());
            count(Result.CRITICAL_PATH);
        }
        return criticalPath;
    }

    /** The blast-radius index (single queries, every component's size, reusable split queries). */
    public synchronized FastBlastRadius blastRadius() {
        if (blastRadius == null) {
            blastRadius = new FastBlastRadius(snapshot);
            count(Result.BLAST_RADIUS);
        }
        return blastRadius;
    }

    /**
     * The validation findings ({@link Validator}), sorted.
     *
     * @throws IllegalStateException when this analysis was built from a snapshot alone
     */
    public synchronized List<Finding> findings() {
        if (findings == null) {
            findings = Validator.validate(this);
            count(Result.FINDINGS);
        }
        return findings;
    }

    /** Diagnostics: how many times {@code result} has been computed for this revision (0 or 1). */
    public synchronized int computations(Result result) {
        return computed.getOrDefault(result, 0);
    }

    private void count(Result result) {
        computed.merge(result, 1, Integer::sum);
    }
}
