package dev.stagecraft.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.analysis.CriticalPath;
import dev.stagecraft.analysis.RolloutUnits;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.synthetic.GraphGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * analyze, plan and simulate use one timing model (DESIGN.md, "Step timing"): on every sample and on a
 * generated 20,000-component graph, with every component advancing, the graph's critical path equals the plan's,
 * and a run with nothing failing reproduces every step's planned minutes, each lasting T = max(D, B).
 */
class TimingAgreementTest {

    static Stream<Arguments> graphs() {
        List<Arguments> out = new ArrayList<>();
        for (String sample : List.of("demo", "shop", "platform-migration")) {
            out.add(Arguments.of(sample, NativeGraphReader.read(Path.of("sample-graphs", sample + ".yaml")).graph()));
        }
        out.add(Arguments.of("generated 20,000 / 100,000", GraphGenerator.generate(20_000, 100_000, 1)));
        return out.stream();
    }

    private static ServiceGraph allChanging(ServiceGraph g) {
        ServiceGraph copy = g.copy();
        copy.beginUpdate();
        for (Component c : g.components()) {
            copy.replaceComponent(c.id(), c.withChanging(false)); // none marked: the plan advances every component
        }
        copy.endUpdate();
        return copy;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void criticalPathOfTheGraphEqualsThePlansWhenEverythingAdvances(String name, ServiceGraph g) {
        ServiceGraph all = allChanging(g);
        // sign-offs and capacity budgets make the schedule longer than its critical path: without them here
        all.setMetadata(all.metadata().withGovernance(dev.stagecraft.model.Governance.NONE));
        RolloutPlan plan = new PlanBuilder(all, PlanOptions.defaults()).build();
        // the plan is ordered by the graph's dependencies and the data-layer rules (MigrationOrder)
        int analyzed = new CriticalPath(dev.stagecraft.plan.MigrationOrder.of(dev.stagecraft.analysis.GraphAnalysis.of(all))
                .units()).minutes();
        assertEquals(analyzed, plan.summary().criticalPath().minutes(), name);
        assertEquals(analyzed, plan.summary().estimatedMinutes(), name + ": unlimited parallelism");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void aRunWithNothingFailingReproducesThePlan(String name, ServiceGraph g) {
        for (int limit : new int[] {PlanOptions.UNLIMITED, 3}) {
            RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(limit)).build();
            SimulationPlan compiled = new SimulationPlan(g, plan, limit);
            RunResult run = new Simulator(compiled, Scenario.random()).run();
            assertEquals(Outcome.COMPLETED, run.outcome());
            assertEquals(plan.summary().estimatedMinutes(), run.durationMinutes(), name);
            for (int k = 0; k < plan.steps().size(); k++) {
                PlanStep s = plan.steps().get(k);
                assertEquals(s.startMinute(), compiled.start(k), s.id());
                assertEquals(s.endMinute(), run.doneMinute(k), s.id());
                assertEquals(s.endMinute() - s.startMinute(), s.timing().effectiveMinutes(), s.id());
            }
        }
    }
}
