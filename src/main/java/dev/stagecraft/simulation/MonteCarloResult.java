package dev.stagecraft.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What a Monte Carlo batch found.
 *
 * @param haltProbability     share of runs that did not complete (halted or rolled back)
 * @param rollbackProbability share of runs that ended rolled back
 * @param durationMinutes     the runs' duration
 * @param impact              the runs' impact
 * @param topFailureOrigins   components whose failures caused most of the impact, largest first
 * @param stepImpact          expected impact per step (over all runs), largest first, steps with none left out
 * @param stepHalts           per step, the share of runs its gate failure halted (its gate failed at the halt minute;
 *                            steps failing in the same minute each count), largest first, steps with none left out
 * @param durationHistogram   the runs' duration over {@value MonteCarlo#BINS} bins (for the reports' charts)
 * @param impactHistogram     the runs' impact over {@value MonteCarlo#BINS} bins
 * @param cancelled           the batch was stopped early; the numbers cover the runs done by then
 * @param unrecoverableProbability share of runs whose policy would have rolled back a data-layer contract step,
 *                            which cannot be undone
 * @param approvalWaitMinutes the runs' minutes of waiting for sign-offs (summed over the steps each run started);
 *                            {@code null} when no step needs one
 */
public record MonteCarloResult(int runs, long seed, double haltProbability, double rollbackProbability,
                               Distribution durationMinutes, Distribution impact, List<OriginShare> topFailureOrigins,
                               List<StepImpact> stepImpact, List<StepHalt> stepHalts, Histogram durationHistogram,
                               Histogram impactHistogram, boolean cancelled, double unrecoverableProbability,
                               Distribution approvalWaitMinutes) {
    public MonteCarloResult {
        topFailureOrigins = List.copyOf(topFailureOrigins);
        stepImpact = List.copyOf(stepImpact);
        stepHalts = List.copyOf(stepHalts);
        Objects.requireNonNull(durationHistogram, "durationHistogram");
        Objects.requireNonNull(impactHistogram, "impactHistogram");
    }

    /**
     * @param share          the component's part of all runs' impact, 0..1
     * @param expectedImpact its impact per run, on average
     */
    public record OriginShare(String component, double share, double expectedImpact) {
    }

    public record StepImpact(String step, double expectedImpact) {
    }

    /** @param haltProbability share of the runs this step's gate failure halted, 0..1 */
    public record StepHalt(String step, double haltProbability) {
    }
}
