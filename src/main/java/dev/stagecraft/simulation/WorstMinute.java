package dev.stagecraft.simulation;

import dev.stagecraft.analysis.FastBlastRadius;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The minute of a run when failures hurt most (the largest impact per minute, the earliest on ties) and who
 * is in outage and degraded then. O(exposures log exposures + their blast radii).
 *
 * @param minute   -1 when nothing was exposed
 * @param outage   sorted ids in outage at that minute (exposed components and their outage sets)
 * @param degraded sorted ids degraded then and not in outage
 */
public record WorstMinute(int minute, List<String> outage, List<String> degraded) {
    public WorstMinute {
        outage = List.copyOf(outage);
        degraded = List.copyOf(degraded);
    }

    public static WorstMinute of(RunResult run) {
        List<Exposure> exposures = run.exposures();
        if (exposures.isEmpty()) {
            return new WorstMinute(-1, List.of(), List.of());
        }
        SimulationPlan plan = run.plan();
        int[] minutes = exposures.stream().mapToInt(Exposure::fromMinute).sorted().distinct().toArray();
        int best = -1;
        double bestRate = -1;
        for (int m : minutes) { // the rate only rises where an exposure starts
            double rate = 0;
            for (Exposure e : exposures) {
                if (e.fromMinute() <= m && m < e.toMinute()) {
                    rate += e.percent() / 100.0 * plan.impactWeight(e.component());
                }
            }
            if (rate > bestRate) {
                bestRate = rate;
                best = m;
            }
        }
        TreeSet<String> outage = new TreeSet<>();
        TreeSet<String> degraded = new TreeSet<>();
        for (Exposure e : exposures) {
            if (e.fromMinute() <= best && best < e.toMinute()) {
                FastBlastRadius.Split split = plan.blastRadius(e.component());
                outage.add(plan.snapshot().id(e.component()));
                Arrays.stream(split.outage()).forEach(v -> outage.add(plan.snapshot().id(v)));
                Arrays.stream(split.degraded()).forEach(v -> degraded.add(plan.snapshot().id(v)));
            }
        }
        degraded.removeAll(outage);
        return new WorstMinute(best, new ArrayList<>(outage), new ArrayList<>(degraded));
    }
}
