package dev.stagecraft.simulation;

/**
 * Monte Carlo runs of the {@link EventQueueSimulator} reference for code outside this package (the benchmarks):
 * the same bad versions as {@code Simulator.run(seed, run)} draws.
 */
public final class ReferenceRuns {
    private final EventQueueSimulator reference;

    public ReferenceRuns(SimulationPlan plan, Scenario scenario) {
        if (!scenario.drawsFailures()) {
            throw new IllegalArgumentException("Monte Carlo runs draw their bad versions: no injections");
        }
        reference = new EventQueueSimulator(plan, scenario);
    }

    /** Whether run {@code run} of seed {@code seed} halts. */
    public boolean halted(long seed, long run) {
        return reference.run(reference.drawn(seed, run)).haltMinute() >= 0;
    }

    /** The run's impact. */
    public double impact(long seed, long run) {
        return reference.run(reference.drawn(seed, run)).impact();
    }
}
