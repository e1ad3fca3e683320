package dev.stagecraft.simulation.report;

import dev.stagecraft.simulation.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * Everything a simulation report says: the graph, the scenario and the variants simulated on the same seed
 * (the first is the one asked for; the others are compared with it).
 */
public record SimulationReport(String graphName, Scenario scenario, List<Variant> variants) {
    public SimulationReport {
        Objects.requireNonNull(scenario, "scenario");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one variant");
        }
    }

    public Variant main() {
        return variants.get(0);
    }

    public List<Variant> others() {
        return variants.subList(1, variants.size());
    }
}
