package dev.stagecraft.bench;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.GraphDigest;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Planning a generated 20,000-component / 100,000-dependency graph with every component changing:
 * building the plan (goal: under 300 ms after warm-up) and writing it as YAML and JSON, measured apart.
 * Prints median and p90 in milliseconds.
 *
 * <p>{@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.PlanBenchmark}
 * (optional arguments: components dependencies seed rounds).
 */
public final class PlanBenchmark {
    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int dependencies = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        ServiceGraph g = allChanging(GraphGenerator.generate(components, dependencies, seed));
        System.out.printf("graph: %d components, %d dependencies, %d groups, all changing; %d rounds after warm-up%n",
                g.componentCount(), g.dependencyCount(), g.groups().size(), rounds);

        for (int limit : new int[] {8, PlanOptions.UNLIMITED}) {
            PlanOptions options = PlanOptions.defaults().withMaxParallel(limit);
            String label = limit == PlanOptions.UNLIMITED ? "unlimited" : "maxParallel " + limit;
            RolloutPlan plan = measure("build (" + label + ")", rounds, () -> new PlanBuilder(g, options).build());
            System.out.printf("  -> %d steps, %d waves, estimated %d min, critical path %d min, peak %d at once%n",
                    plan.steps().size(), plan.summary().waves(), plan.summary().estimatedMinutes(),
                    plan.summary().criticalPath().minutes(), plan.summary().maxParallelism());
        }
        PlanOptions withDigest = PlanOptions.defaults().withMaxParallel(8).withDigest("sha256:given");
        measure("build, digest given (maxParallel 8)", rounds, () -> new PlanBuilder(g, withDigest).build());
        measure("graph digest alone", rounds, () -> GraphDigest.of(g));
        measure("snapshot alone (not in build: cached per revision)", rounds, () -> GraphSnapshot.of(g));
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(8)).build();
        String yaml = measure("write YAML", Math.max(3, rounds / 3), () -> PlanWriter.toYaml(plan));
        String json = measure("write JSON", Math.max(3, rounds / 3), () -> PlanWriter.toJson(plan));
        System.out.printf("  -> YAML %.1f MB, JSON %.1f MB%n", yaml.length() / 1e6, json.length() / 1e6);
    }

    /** Marks every component changing (in place) and returns the graph. */
    static ServiceGraph allChanging(ServiceGraph g) {
        List<Component> components = List.copyOf(g.components());
        g.beginUpdate();
        try {
            for (Component c : components) {
                g.replaceComponent(c.id(), c.withChanging(true));
            }
        } finally {
            g.endUpdate();
        }
        return g;
    }

    /** Runs the task (as many warm-up rounds as measured ones first) and prints median and p90. */
    static <T> T measure(String label, int rounds, Supplier<T> task) {
        T result = null;
        for (int i = 0; i < rounds; i++) {
            result = task.get();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            result = task.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s median %8.1f ms   p90 %8.1f ms   (min %.1f, max %.1f, n=%d)%n", label,
                ms[rounds / 2], ms[(int) Math.ceil(rounds * 0.9) - 1], ms[0], ms[rounds - 1], rounds);
        return result;
    }
}
