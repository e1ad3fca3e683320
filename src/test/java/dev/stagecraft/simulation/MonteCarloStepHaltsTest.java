package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A batch's P(halt) per step counts, per step, the runs whose halt minute is that step's gate failure. */
class MonteCarloStepHaltsTest {
    @Test
    void eachStepsHaltShareIsCountedFromTheRunsThemselves() {
        RandomScenarios.Case c = RandomScenarios.plan(5, 0.3);
        Simulator simulator = new Simulator(c.plan(), Scenario.random());
        int runs = 500;
        MonteCarloResult batch = new MonteCarlo(simulator, runs, 3, 2).run();
        Map<String, Integer> counted = new HashMap<>();
        int halted = 0;
        for (int r = 0; r < runs; r++) {
            RunResult run = simulator.run(3, r);
            if (run.haltMinute() < 0) {
                continue;
            }
            halted++;
            for (int k = 0; k < run.plan().stepCount(); k++) {
                if (run.gateFailMinute(k) == run.haltMinute()) {
                    counted.merge(run.plan().stepId(k), 1, Integer::sum);
                }
            }
        }
        assertTrue(halted > 0, "some runs halt");
        List<MonteCarloResult.StepHalt> expected = counted.entrySet().stream()
                .map(e -> new MonteCarloResult.StepHalt(e.getKey(), (double) e.getValue() / runs))
                .sorted(Comparator.comparingDouble(MonteCarloResult.StepHalt::haltProbability).reversed()
                        .thenComparing(MonteCarloResult.StepHalt::step))
                .limit(10).collect(Collectors.toList());
        assertEquals(expected, batch.stepHalts());
        double sum = counted.values().stream().mapToInt(Integer::intValue).sum() / (double) runs;
        assertTrue(sum >= batch.haltProbability() - 1e-12, "every halt has at least one halting step");
    }

    @Test
    void oneThreadReportsProgressWhileItRunsSoItCanBeCancelled() {
        RandomScenarios.Case c = RandomScenarios.plan(5, 0.3);
        Simulator simulator = new Simulator(c.plan(), Scenario.random());
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.List<Integer> reported = new java.util.ArrayList<>();
        int runs = 5_000_000;
        MonteCarloResult batch = new MonteCarlo(simulator, runs, 1, 1).run(done -> {
            reported.add(done);
            cancelled.set(true);
        }, cancelled);
        assertTrue(batch.cancelled(), "stopped on the first report");
        assertTrue(batch.runs() > 0 && batch.runs() < runs, "the runs done by then: " + batch.runs());
        assertTrue(reported.get(0) < runs, "the first report came while the batch ran: " + reported);
    }
}
