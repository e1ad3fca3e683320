package dev.stagecraft.diagram;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.analysis.RolloutWaves;
import dev.stagecraft.analysis.StronglyConnected;
import dev.stagecraft.model.GraphSnapshot;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the analysis a {@link Highlight} asks for on a graph snapshot and lays the answer onto node
 * indexes (the snapshot's numbering, which is the {@link Diagram}'s). The analyses themselves live in
 * {@code dev.stagecraft.analysis}; this class only translates. The results come from the revision's shared
 * {@link GraphAnalysis} (condensation, blast-radius index), so clicking from component to component is cheap.
 */
public final class HighlightAnalysis {
    private final GraphSnapshot snapshot;
    private final GraphAnalysis analysis;

    /** Highlights over a snapshot that has no analysis yet; prefer {@link #HighlightAnalysis(GraphAnalysis)}. */
    public HighlightAnalysis(GraphSnapshot snapshot) {
        this(GraphAnalysis.of(snapshot));
    }

    /** Highlights reading the revision's shared analysis. */
    public HighlightAnalysis(GraphAnalysis analysis) {
        this.analysis = analysis;
        this.snapshot = analysis.snapshot();
    }

    /**
     * The highlighting for {@code h}.
     *
     * @throws IllegalArgumentException when a blast radius is asked for a component the graph lacks
     */
    public Highlighting compute(Highlight h) {
        int n = snapshot.size();
        if (h instanceof Highlight.Blast b) {
            return blast(b.id());
        }
        if (h instanceof Highlight.Critical) {
            return critical();
        }
        if (h instanceof Highlight.Waves) {
            return Highlighting.waves(n, waves());
        }
        if (h instanceof Highlight.Cycles) {
            return cycles();
        }
        return Highlighting.none(n);
    }

    /** Rollout wave of every component, for the layered placement of unplaced components. */
    public int[] waves() {
        RolloutWaves waves = analysis.waves();
        int[] wave = new int[snapshot.size()];
        for (int v = 0; v < wave.length; v++) {
            wave[v] = waves.waveOf(v);
        }
        return wave;
    }

    private Highlighting blast(String id) {
        int selected = snapshot.indexOf(id);
        if (selected < 0) {
            throw new IllegalArgumentException("no component '" + id + "' in the graph");
        }
        FastBlastRadius blast = analysis.blastRadius();
        return Highlighting.blast(snapshot.size(), selected, id, indexes(blast.outage(id)), indexes(blast.degraded(id)));
    }

    private Highlighting critical() {
        RolloutUnits u = analysis.units();
        CriticalPath path = analysis.criticalPath();
        int[] unitRank = new int[u.count()];
        Arrays.fill(unitRank, -1);
        int[] onPath = path.units();
        for (int k = 0; k < onPath.length; k++) {
            unitRank[onPath[k]] = k;
        }
        int n = snapshot.size();
        int[] rank = new int[n];
        for (int v = 0; v < n; v++) {
            rank[v] = unitRank[u.unitOf(v)];
        }
        return Highlighting.critical(n, rank, v -> u.durationMinutes(u.unitOf(v)), path.minutes());
    }

    private Highlighting cycles() {
        StronglyConnected scc = analysis.stronglyConnected();
        int n = snapshot.size();
        int[] component = new int[n];
        boolean[] inCycle = new boolean[n];
        int[] outStart = snapshot.outStart();
        int[] outTarget = snapshot.outTarget();
        for (int v = 0; v < n; v++) {
            component[v] = scc.componentOf(v);
            inCycle[v] = scc.members(component[v]).length > 1;
            for (int k = outStart[v]; k < outStart[v + 1]; k++) {
                inCycle[v] |= outTarget[k] == v;
            }
        }
        return Highlighting.cycles(n, component, inCycle, scc.cycles().size());
    }

    private int[] indexes(List<String> ids) {
        return ids.stream().mapToInt(snapshot::indexOf).toArray();
    }
}
