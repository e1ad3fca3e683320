package dev.stagecraft.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Waves over the rollout units: wave 0 holds units with no dependencies; a unit's wave is 1 + the highest
 * wave among the units it depends on. Everything in one wave may advance in parallel. O(V + E), plus
 * O(V log V) for the sorted id lists of {@link #waves()} on first call.
 */
public final class RolloutWaves {
    private final RolloutUnits units;
    private final int[] wave;
    private final int count;
    private List<List<String>> waves;

    public RolloutWaves(RolloutUnits units) {
        this.units = units;
        int[] start = units.dependencyStart();
        int[] deps = units.dependencyList();
        wave = new int[units.count()];
        int highest = -1;
        // units are numbered dependencies first, so every dependency's wave is known when u is reached
        for (int u = 0; u < wave.length; u++) {
            int w = 0;
            for (int i = start[u]; i < start[u + 1]; i++) {
                w = Math.max(w, wave[deps[i]] + 1);
            }
            wave[u] = w;
            highest = Math.max(highest, w);
        }
        count = highest + 1;
    }

    public int waveOfUnit(int unit) {
        return wave[unit];
    }

    /** Wave of a component (by index). */
    public int waveOf(int component) {
        return wave[units.unitOf(component)];
    }

    public int count() {
        return count;
    }

    /** waves().get(w) = sorted ids of every component in wave w. */
    public synchronized List<List<String>> waves() {
        if (waves == null) {
            List<List<String>> byWave = new ArrayList<>(count);
            for (int w = 0; w < count; w++) {
                byWave.add(new ArrayList<>());
            }
            var s = units.snapshot();
            for (int v = 0; v < s.size(); v++) {
                byWave.get(waveOf(v)).add(s.id(v));
            }
            List<List<String>> sorted = new ArrayList<>(count);
            for (List<String> ids : byWave) {
                ids.sort(null);
                sorted.add(List.copyOf(ids));
            }
            waves = List.copyOf(sorted);
        }
        return waves;
    }
}
