package dev.stagecraft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.analysis.GraphAnalysis.Result;
import dev.stagecraft.diff.GraphDiff;
import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.synthetic.GraphGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every core consumer of one revision reads its one {@link GraphAnalysis}: after validation, the plan, the
 * simulation plan, waves, critical path, the JSON and text reports and a diff have all run, each analysis was
 * computed exactly once — one SCC run per snapshot, whatever is asked. (With change groups the units take
 * one more Tarjan pass of their own, over the graph plus the group rings; without groups they are the SCCs.)
 * Sharing changes no answer: the plan and the JSON equal those of a fresh, unshared analysis.
 */
class OneAnalysisPerRevisionTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyConsumerSharesOneComputationPerRevision(boolean withGroups) throws IOException {
        ServiceGraph g = GraphGenerator.generate(400, 1600, 11);
        if (!withGroups) {
            for (ChangeGroup group : new ArrayList<>(g.groups())) {
                g.removeGroup(group.id());
            }
        }
        assertEquals(withGroups, !g.groups().isEmpty());
        GraphAnalysis a = GraphAnalysis.of(g);
        for (Result r : Result.values()) {
            assertEquals(0, a.computations(r), r + " before anyone asked");
        }

        a.findings();
        PlanOptions options = PlanOptions.defaults().withMaxParallel(4);
        RolloutPlan plan = new PlanBuilder(a, options).build();
        new SimulationPlan(a, plan, 4);
        a.waves();
        a.criticalPath();
        byte[] json = json(a);
        new AnalysisText(a).write(new PrintWriter(new StringWriter()), -1);
        new AnalysisJsonWriter(a).write(new ByteArrayOutputStream(), 0);
        assertTrue(new GraphDiff(a, a).changes().isEmpty());
        a.findings();

        for (Result r : Result.values()) {
            assertEquals(1, a.computations(r), r + " per revision");
        }
        assertEquals(new PlanBuilder(g.copy(), options).build(), plan, "a shared analysis gives the same plan");
        assertArrayEquals(json(GraphAnalysis.of(g.copy())), json, "and the same JSON");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aNewRevisionGetsItsOwnAnalysis(boolean edit) {
        ServiceGraph g = GraphGenerator.generate(200, 800, 5);
        GraphAnalysis first = GraphAnalysis.of(g);
        first.waves();
        if (edit) {
            g.removeComponent(g.components().iterator().next().id());
        }
        GraphAnalysis second = GraphAnalysis.of(g);
        assertEquals(!edit, first.snapshot() == second.snapshot(), "the snapshot is per revision");
        assertEquals(0, second.computations(Result.UNITS), "nothing is shared across analyses");
        assertEquals(0, second.computations(Result.WAVES), "nothing is shared across analyses");
        assertEquals(1, first.computations(Result.UNITS));
    }

    private static byte[] json(GraphAnalysis a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter(a).write(out, -1);
        return out.toByteArray();
    }
}
