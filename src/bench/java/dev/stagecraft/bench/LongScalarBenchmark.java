package dev.stagecraft.bench;

import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.backstage.BackstageReader;
import dev.stagecraft.io.compose.ComposeReader;
import dev.stagecraft.io.csv.CsvEdgeListReader;
import dev.stagecraft.io.dot.DotReader;
import dev.stagecraft.io.dot.DotWriter;
import dev.stagecraft.io.graphml.GraphmlReader;
import dev.stagecraft.io.graphml.GraphmlWriter;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.CanaryStage;
import dev.stagecraft.plan.PlanCriticalPath;
import dev.stagecraft.plan.PlanMetadata;
import dev.stagecraft.plan.PlanReader;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.PlanSummary;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.StepBlastRadius;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every reader on a file that is one long scalar (a component name, a description, an image, a rollback step)
 * of 1, 4 and 16 MiB: reading must be linear in the size (issue 8 found SnakeYAML's reader quadratic: 25 s for
 * 8 MiB). The native format twice: its fast path, and its Jackson path (a {@code ~} value makes the fast path
 * give up). Prints the median of 5 runs after 1 warm-up run per size, in ms (System.nanoTime), and ms per MiB,
 * which stays flat when reading is linear. Run:
 * {@code mvn -q -o -Pbench test-compile exec:java -Dexec.mainClass=dev.stagecraft.bench.LongScalarBenchmark}
 */
public final class LongScalarBenchmark {
    private static final int RUNS = 5;
    private static final int[] MIB = {1, 4, 16};

    private LongScalarBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-16s %8s %10s %10s%n", "reader", "MiB", "median ms", "ms/MiB");
        for (int mib : MIB) {
            String s = "x".repeat(mib << 20);
            ServiceGraph g = new ServiceGraph();
            g.addComponent(Component.of("a", ComponentKind.SERVICE).withName(s));
            String nativeText = NativeGraphWriter.write(g, null);
            measure("native", mib, nativeText, t -> NativeGraphReader.read(t, "g.yaml"));
            measure("native-jackson", mib, nativeText.replace("  - id: a\n", "  - id: a\n    team: ~\n"),
                    t -> NativeGraphReader.read(t, "g.yaml"));
            measure("plan-yaml", mib, PlanWriter.toYaml(plan(s)), PlanReader::read);
            measure("compose", mib, "services:\n  web:\n    image: " + s + "\n", graph(new ComposeReader()));
            measure("backstage", mib, "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n"
                    + "  description: " + s + "\nspec:\n  type: service\n", graph(new BackstageReader()));
            measure("json", mib, new JsonGraphWriter().write(g), graph(new JsonGraphReader()));
            measure("csv", mib, "from,to\n" + s + ",b\n", graph(new CsvEdgeListReader()));
            measure("dot", mib, new DotWriter().write(g), graph(new DotReader()));
            measure("graphml", mib, new GraphmlWriter().write(g), graph(new GraphmlReader()));
        }
    }

    private static Consumer<String> graph(GraphReader reader) {
        return text -> reader.read(text, "in");
    }

    private static RolloutPlan plan(String rollback) {
        PlanStep step = new PlanStep("a", List.of("a"), List.of(), 0, 0, 20, 20,
                List.of(new CanaryStage(100, 5, List.of())), List.of("healthy"), List.of(rollback), 5, StepBlastRadius.NONE);
        return new RolloutPlan(new PlanMetadata("p", "g", "sha256:00"),
                new PlanSummary(1, 1, 1, Integer.MAX_VALUE, 20, 1, new PlanCriticalPath(20, List.of("a"))),
                List.of(step), List.of("a"));
    }

    private static void measure(String name, int mib, String text, Consumer<String> read) {
        read.accept(text);
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.accept(text);
            ns[i] = System.nanoTime() - start;
        }
        Arrays.sort(ns);
        double ms = ns[RUNS / 2] / 1e6;
        System.out.printf("%-16s %8d %10.1f %10.1f%n", name, mib, ms, ms / mib);
    }
}
