package dev.stagecraft.bench;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.simulation.MonteCarlo;
import dev.stagecraft.simulation.OnFailure;
import dev.stagecraft.simulation.ReferenceRuns;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Monte Carlo runs of the fast {@link Simulator} against the event-queue reference of the tests, single thread:
 * (and through {@link MonteCarlo} on every core) 10,000 runs of a ~500-step plan (a generated 5,000-component graph, about 10% changing) and 1,000 runs of a
 * 20,000-component / 100,000-dependency plan with everything changing. Each batch is timed several times after
 * a warm-up; prints medians, the share of halted runs (the same for both engines: they are cross-checked) and
 * the machine's load.
 *
 * <p>{@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.SimulationBench}
 * (optional arguments: repetitions, max-parallel).
 */
public final class SimulationBench {
    private SimulationBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int maxParallel = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.println("load before: " + uptime());
        ServiceGraph medium = GraphGenerator.generate(5_000, 25_000, 1);
        batch("~500 steps", medium, maxParallel, 10_000, repetitions);
        ServiceGraph large = PlanBenchmark.allChanging(GraphGenerator.generate(20_000, 100_000, 1));
        batch("20,000 components", large, maxParallel, 1_000, Math.max(3, repetitions / 2));
        System.out.println("load after: " + uptime());
    }

    private static void batch(String label, ServiceGraph g, int maxParallel, int runs, int repetitions) {
        long t0 = System.nanoTime();
        RolloutPlan rollout = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(maxParallel)).build();
        SimulationPlan plan = new SimulationPlan(g, rollout, maxParallel);
        Scenario scenario = Scenario.random().withOnFailure(OnFailure.HALT);
        Simulator fast = new Simulator(plan, scenario);
        ReferenceRuns reference = new ReferenceRuns(plan, scenario);
        System.out.printf("%n%s: %d components, %d steps, max-parallel %d, plan %d min (plan built in %.0f ms); "
                        + "%d runs, %d repetitions after one warm-up%n", label, g.componentCount(), plan.stepCount(),
                maxParallel, plan.makespan(), (System.nanoTime() - t0) / 1e6, runs, repetitions);
        long[] halted = new long[2];
        LongSupplier fastBatch = () -> {
            long h = 0;
            for (int r = 0; r < runs; r++) {
                RunResult result = fast.run(1, r);
                h += result.haltMinute() >= 0 ? 1 : 0;
            }
            return h;
        };
        LongSupplier referenceBatch = () -> {
            long h = 0;
            for (int r = 0; r < runs; r++) {
                h += reference.halted(1, r) ? 1 : 0;
            }
            return h;
        };
        int cores = Runtime.getRuntime().availableProcessors();
        LongSupplier monteCarlo = () -> (long) (new MonteCarlo(fast, runs, 1, cores).run().haltProbability() * runs);
        double batchMs = median(monteCarlo, repetitions, new long[1], 0);
        double fastMs = median(fastBatch, repetitions, halted, 0);
        System.out.printf("  MonteCarlo    median %9.1f ms  (%d threads, with the summary: percentiles, origins)%n",
                batchMs, cores);
        double referenceMs = median(referenceBatch, repetitions, halted, 1);
        System.out.printf("  fast engine   median %9.1f ms  (%7.1f us/run)%n", fastMs, fastMs * 1000 / runs);
        System.out.printf("  event queue   median %9.1f ms  (%7.1f us/run)  %.0fx the fast engine%n", referenceMs,
                referenceMs * 1000 / runs, referenceMs / fastMs);
        System.out.printf("  halted runs: fast %d, reference %d of %d%n", halted[0], halted[1], runs);
    }

    private static double median(LongSupplier task, int repetitions, long[] halted, int slot) {
        halted[slot] = task.getAsLong();
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            halted[slot] = task.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repetitions / 2];
    }

    private static String uptime() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return out;
    }
}
