package dev.stagecraft.analysis;

import java.util.List;

/**
 * Waves over the rollout units: wave 0 holds units with no dependencies; a unit's wave is 1 + the highest
 * wave among the units it depends on. Everything in one wave may advance in parallel. O(V + E).
 */
public final class RolloutWaves {
    public RolloutWaves(RolloutUnits units) {
        throw new UnsupportedOperationException("TODO");
    }

    public int waveOfUnit(int unit) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Wave of a component (by index). */
    public int waveOf(int component) {
        throw new UnsupportedOperationException("TODO");
    }

    public int count() {
        throw new UnsupportedOperationException("TODO");
    }

    /** waves().get(w) = sorted ids of every component in wave w. */
    public List<List<String>> waves() {
        throw new UnsupportedOperationException("TODO");
    }
}
