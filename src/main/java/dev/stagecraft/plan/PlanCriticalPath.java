package dev.stagecraft.plan;

import java.util.List;

/**
 * The longest chain through the step DAG ({@code after} edges), each step weighing its effective duration
 * T = max(D, total bake) (DESIGN.md, "Step timing"): the plan cannot finish sooner, whatever the parallelism. Components that are
 * not advanced take no time here (unlike the graph's {@code CriticalPath}, which weighs every unit).
 *
 * @param minutes total minutes of the chain
 * @param path    step ids in deployment order (first to deploy first)
 */
public record PlanCriticalPath(int minutes, List<String> path) {
    public PlanCriticalPath {
        path = List.copyOf(path);
    }
}
