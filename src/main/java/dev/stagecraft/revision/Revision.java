package dev.stagecraft.revision;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One revision of a document: a copy of the graph as it was at that revision, which nobody edits, and the one
 * {@link GraphAnalysis} that every consumer of the revision reads (highlights, status bar, findings, plan,
 * inspector). Results are computed at most once each, on first use, by whichever thread asks first; a
 * {@link RevisionFollower} computes the common ones before it publishes the revision, so the UI thread only
 * reads. Plans are kept per {@link PlanOptions}.
 */
public final class Revision {
    private final long number;
    private final ServiceGraph graph;
    private final GraphAnalysis analysis;
    private final Map<PlanOptions, RolloutPlan> plans = new HashMap<>();

    /** @param graph a graph nobody edits from now on (a copy); the revision reads it on any thread */
    public Revision(long number, ServiceGraph graph) {
        this.number = number;
        this.graph = graph;
        this.analysis = GraphAnalysis.of(graph);
    }

    /** The {@link ServiceGraph#revision()} of the edited graph this is a copy of. */
    public long number() {
        return number;
    }

    /** The graph as it was at this revision. Read it, never edit it. */
    public ServiceGraph graph() {
        return graph;
    }

    public GraphAnalysis analysis() {
        return analysis;
    }

    public GraphSnapshot snapshot() {
        return analysis.snapshot();
    }

    /** The validation findings of this revision (not those of reading the file). */
    public List<Finding> findings() {
        return analysis.findings();
    }

    /** The rollout plan with these options, built once per options from the shared analysis. */
    public RolloutPlan plan(PlanOptions options) {
        synchronized (plans) {
            RolloutPlan plan = plans.get(options);
            if (plan == null) {
                plan = new PlanBuilder(analysis, options).build();
                plans.put(options, plan);
            }
            return plan;
        }
    }

    /**
     * The rollout wave of each of these component ids, in their order; 0 for an id this revision does not know (a
     * component added since). For placing new components of a graph edited after this revision.
     */
    public int[] wavesOf(List<String> ids) {
        GraphSnapshot s = snapshot();
        var waves = analysis.waves();
        int[] wave = new int[ids.size()];
        for (int i = 0; i < wave.length; i++) {
            int v = s.indexOf(ids.get(i));
            wave[i] = v < 0 ? 0 : waves.waveOf(v);
        }
        return wave;
    }

    @Override
    public String toString() {
        return "revision " + number + " (" + graph.componentCount() + " components)";
    }
}
