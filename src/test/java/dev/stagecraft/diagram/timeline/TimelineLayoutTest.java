package dev.stagecraft.diagram.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.plan.RolloutPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows and stage minutes of a plan's timeline, checked against the plan itself. */
class TimelineLayoutTest {
    static ServiceGraph shop() {
        return NativeGraphReader.read(Path.of("sample-graphs/shop.yaml")).graph();
    }

    static TimelineLayout layoutOf(ServiceGraph g, PlanOptions options) {
        GraphAnalysis a = GraphAnalysis.of(g);
        return TimelineLayout.of(new PlanBuilder(a, options).build(), a);
    }

    @Test
    void stageBoundariesAreThePlansMinutes() {
        for (PlanOptions options : List.of(PlanOptions.defaults(), PlanOptions.defaults().withMaxParallel(1))) {
            TimelineLayout l = layoutOf(shop(), options);
            RolloutPlan plan = l.plan();
            assertEquals(plan.steps().size(), l.rowCount());
            for (int row = 0; row < l.rowCount(); row++) {
                PlanStep s = plan.steps().get(row);
                StepTiming t = s.timing();
                int n = l.stageCount(row);
                assertEquals(s.stages().size(), n, s.id());
                assertEquals(s.startMinute(), l.stageStart(row, 0), s.id() + " starts with its first stage");
                assertEquals(s.endMinute(), l.stageEnd(row, n - 1), s.id() + " ends with the gate of its last stage");
                for (int i = 0; i < n; i++) {
                    assertEquals(s.startMinute() + t.stageStart(i), l.stageStart(row, i));
                    assertEquals(s.stages().get(i).bakeMinutes(), l.stageEnd(row, i) - l.bakeStart(row, i),
                            s.id() + " stage " + (i + 1) + " bakes its bake minutes at its end");
                    assertTrue(l.bakeStart(row, i) >= l.stageStart(row, i));
                    if (i > 0) {
                        assertEquals(l.stageEnd(row, i - 1), l.stageStart(row, i), "stages follow each other");
                    }
                }
            }
        }
    }

    @Test
    void rowsFollowThePlanByWaveAndBandsStartAtEachWave() {
        TimelineLayout l = layoutOf(shop(), PlanOptions.defaults());
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < l.rowCount(); row++) {
            ids.add(l.step(row).id());
            assertEquals(row == 0 || l.wave(row) != l.wave(row - 1), l.startsWave(row));
            if (row > 0) {
                assertTrue(l.wave(row) >= l.wave(row - 1));
            }
        }
        assertEquals(List.of("orders-db", "pricing", "cycle-inventory", "storefront", "payment-intents", "web-gateway"), ids);
        assertEquals(255, l.endMinute());
    }

    @Test
    void afterLinksAndWaitersAreRows() {
        TimelineLayout l = layoutOf(shop(), PlanOptions.defaults());
        int gateway = l.rowOf("web-gateway");
        int payments = l.rowOf("payment-intents");
        List<String> after = new ArrayList<>();
        for (int a : l.after(gateway)) {
            after.add(l.step(a).id());
            boolean waits = false;
            for (int w : l.waiters(a)) {
                waits |= w == gateway;
            }
            assertTrue(waits, l.step(a).id() + " knows web-gateway waits for it");
        }
        assertEquals(l.step(gateway).after(), after);
        assertTrue(after.contains("payment-intents"));
        assertTrue(payments >= 0);
    }

    @Test
    void theCriticalPathIsThePlansAndComponentsFindTheirSteps() {
        TimelineLayout l = layoutOf(shop(), PlanOptions.defaults());
        List<String> chain = new ArrayList<>();
        for (int row : l.criticalChain()) {
            chain.add(l.step(row).id());
            assertTrue(l.onCriticalPath(row));
        }
        assertEquals(l.plan().summary().criticalPath().path(), chain);
        assertTrue(!l.onCriticalPath(l.rowOf("pricing")));
        int cycle = l.rowOf("cycle-inventory");
        for (String c : l.step(cycle).components()) {
            assertEquals(cycle, l.rowOfComponent(c));
        }
        BitSet rows = l.rowsOfComponents(List.of("web-gateway", "pricing", "not-a-step"));
        assertEquals(2, rows.cardinality());
        assertTrue(rows.get(l.rowOf("web-gateway")) && rows.get(l.rowOf("pricing")));
        assertEquals(-1, l.rowOfComponent("catalog-db"), "an unchanged component has no step");
    }

    @Test
    void barsTakeTheMapsWaveColourOfTheirComponents() {
        ServiceGraph g = shop();
        GraphAnalysis a = GraphAnalysis.of(g);
        TimelineLayout l = TimelineLayout.of(new PlanBuilder(a, PlanOptions.defaults()).build(), a);
        int gateway = l.rowOf("web-gateway");
        assertEquals(a.waves().waveOf(a.snapshot().indexOf("web-gateway")), l.colourWave(gateway));
        assertTrue(l.colourWave(gateway) != l.wave(gateway), "the sample shows why: plan wave "
                + l.wave(gateway) + ", map wave " + l.colourWave(gateway));
    }
}
