package dev.stagecraft.ui.navigate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyChainTest {
    private static ServiceGraph graph() {
        ServiceGraph g = new ServiceGraph();
        for (String id : List.of("web", "checkout", "auth", "db", "report")) {
            g.addComponent(Component.of(id, ComponentKind.SERVICE));
        }
        g.addDependency(Dependency.of("web", "checkout"));
        g.addDependency(Dependency.of("checkout", "auth"));
        g.addDependency(Dependency.of("auth", "db"));
        g.addDependency(Dependency.of("web", "db", DependencyKind.ASYNC, Strength.SOFT));
        g.addDependency(Dependency.of("report", "db", DependencyKind.ASYNC, Strength.SOFT));
        return g;
    }

    @Test
    void chainPrefersTheHardPathOverAShorterSoftOne() {
        List<DependencyChain.Step> steps = DependencyChain.between(graph().snapshot(), "db", "web");
        assertEquals(List.of(new DependencyChain.Step("web", "checkout", true), new DependencyChain.Step("checkout", "auth", true),
                new DependencyChain.Step("auth", "db", true)), steps);
    }

    @Test
    void chainFallsBackToSoftEdgesAndNamesThem() {
        List<DependencyChain.Step> steps = DependencyChain.between(graph().snapshot(), "db", "report");
        assertEquals(List.of(new DependencyChain.Step("report", "db", false)), steps);
        assertEquals("report  \u2192 soft \u2192  db", DependencyChain.describe(steps));
    }

    @Test
    void noChainForAComponentOutsideTheBlastRadius() {
        assertEquals(List.of(), DependencyChain.between(graph().snapshot(), "auth", "report"));
    }
}
