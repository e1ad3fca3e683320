package dev.stagecraft.analysis;

import dev.stagecraft.model.GraphSnapshot;

/**
 * Every analysis of one snapshot, each computed on first use and then kept: build one per snapshot and
 * hand it to whoever asks (CLI, plan, editor panels) so they share one computation. Units, waves and the
 * critical path reuse each other. Thread-safe.
 *
 * <p>There is deliberately no global cache keyed by snapshot: whoever owns the snapshot owns its analysis.
 */
public final class GraphAnalysis {
    private final GraphSnapshot snapshot;
    private StronglyConnected stronglyConnected;
    private RolloutUnits units;
    private RolloutWaves waves;
    private CriticalPath criticalPath;
    private FastBlastRadius blastRadius;

    private GraphAnalysis(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public static GraphAnalysis of(GraphSnapshot snapshot) {
        return new GraphAnalysis(snapshot);
    }

    public GraphSnapshot snapshot() {
        return snapshot;
    }

    public synchronized StronglyConnected stronglyConnected() {
        if (stronglyConnected == null) {
            stronglyConnected = new StronglyConnected(snapshot);
        }
        return stronglyConnected;
    }

    public synchronized RolloutUnits units() {
        if (units == null) {
            units = new RolloutUnits(snapshot);
        }
        return units;
    }

    public synchronized RolloutWaves waves() {
        if (waves == null) {
            waves = new RolloutWaves(units());
        }
        return waves;
    }

    public synchronized CriticalPath criticalPath() {
        if (criticalPath == null) {
            criticalPath = new CriticalPath(units());
        }
        return criticalPath;
    }

    public synchronized BlastRadius blastRadius() {
        if (blastRadius == null) {
            blastRadius = new FastBlastRadius(snapshot);
        }
        return blastRadius;
    }
}
