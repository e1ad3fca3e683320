package dev.stagecraft.simulation.report;

import dev.stagecraft.simulation.MonteCarloResult;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.SimulationPlan;
import java.util.Objects;

/**
 * One plan variant as simulated: its batch and, for a single-run scenario, that run.
 *
 * @param name   how the variant is called in a comparison ({@code max-parallel=4}, a file name)
 * @param single the run itself when the batch is one run or the scenario injects failures, else {@code null}
 */
public record Variant(String name, SimulationPlan plan, MonteCarloResult batch, RunResult single) {
    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(batch, "batch");
    }
}
