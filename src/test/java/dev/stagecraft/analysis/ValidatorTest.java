package dev.stagecraft.analysis;

import static dev.stagecraft.analysis.Graphs.graph;
import static dev.stagecraft.analysis.Graphs.group;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Severity;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static List<Finding> findings(ServiceGraph g, String code) {
        return Validator.validate(g).stream().filter(f -> f.code().equals(code)).toList();
    }

    private static ServiceGraph edit(ServiceGraph g, String id, UnaryOperator<Component> change) {
        g.replaceComponent(id, change.apply(g.requireComponent(id)));
        return g;
    }

    @Test
    void cleanGraphHasNoFindings() {
        assertEquals(List.of(), Validator.validate(graph("web->api", "api->db")));
    }

    @Test
    void undeclaredCycleIsAWarningNamingItsMembers() {
        List<Finding> f = findings(graph("web->b", "b->a", "a->b"), "undeclared-cycle");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(List.of("a", "b"), f.get(0).subjects());
    }

    @Test
    void selfLoopIsAnUndeclaredCycle() {
        List<Finding> f = findings(graph("web->a", "a->a"), "undeclared-cycle");
        assertEquals(List.of("a"), f.get(0).subjects());
        assertTrue(f.get(0).message().contains("depends on itself"), f.get(0).message());
    }

    @Test
    void cycleInsideOneDeclaredGroupIsFine() {
        ServiceGraph g = group(graph("web->a", "a->b", "b->a"), "ab", "a", "b", "web");
        assertEquals(List.of(), findings(g, "undeclared-cycle"));
    }

    @Test
    void cycleSplitOverTwoGroupsIsStillUndeclared() {
        ServiceGraph g = group(group(graph("a->b", "b->a"), "ga", "a"), "gb", "b");
        assertEquals(1, findings(g, "undeclared-cycle").size());
    }

    @Test
    void changingTier0ServiceStartingAt10PercentIsAnError() {
        ServiceGraph g = edit(graph("web->auth"), "auth", c -> c.withTier(0).withChanging(true)
                .withRollout(Rollout.NONE.withStages(List.of(10, 50, 100))));
        List<Finding> f = findings(g, "tier0-canary-too-large");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("auth"), f.get(0).subjects());
    }

    @Test
    void tier0DefaultsStartSmallEnough() {
        ServiceGraph g = edit(graph("web->auth"), "auth", c -> c.withTier(0).withChanging(true));
        assertEquals(List.of(), findings(g, "tier0-canary-too-large"));
    }

    @Test
    void tier0CanaryRuleIgnoresUnchangedComponentsAndLowerTiers() {
        Rollout big = Rollout.NONE.withStages(List.of(50, 100));
        ServiceGraph g = edit(graph("a", "b"), "a", c -> c.withTier(0).withRollout(big));
        edit(g, "b", c -> c.withTier(1).withChanging(true).withRollout(big));
        assertEquals(List.of(), findings(g, "tier0-canary-too-large"));
    }

    @Test
    void tier0DatabaseIsJudgedOnlyWhenItsStagesAreWritten() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("db", ComponentKind.DATABASE).withTier(0).withChanging(true)
                .withRollout(Rollout.NONE.withRollback(List.of("restore snapshot"))));
        assertEquals(List.of(), findings(g, "tier0-canary-too-large"));
        edit(g, "db", c -> c.withRollout(c.rollout().withStages(List.of(20, 100))));
        assertEquals(1, findings(g, "tier0-canary-too-large").size());
    }

    @Test
    void changingDatabaseWithoutRollbackIsAnError() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("orders-db", ComponentKind.DATABASE).withChanging(true));
        List<Finding> f = findings(g, "database-without-rollback");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        edit(g, "orders-db", c -> c.withRollout(Rollout.NONE.withRollback(List.of("run migration 42 down"))));
        assertEquals(List.of(), findings(g, "database-without-rollback"));
    }

    @Test
    void unchangedDatabaseNeedsNoRollback() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("orders-db", ComponentKind.DATABASE));
        assertEquals(List.of(), findings(g, "database-without-rollback"));
    }

    @Test
    void groupInTwoPiecesIsAWarningListingThePieces() {
        ServiceGraph g = group(graph("a->b", "c->x", "x->d"), "g", "a", "b", "c", "d");
        List<Finding> f = findings(g, "group-not-connected");
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("[a, b], [c], [d]"), f.get(0).message());
        assertEquals(List.of("a", "b", "c", "d"), f.get(0).subjects());
    }

    @Test
    void groupConnectedAgainstTheDirectionOfItsEdgesIsConnected() {
        ServiceGraph g = group(graph("a->b", "c->b"), "g", "a", "b", "c");
        assertEquals(List.of(), findings(g, "group-not-connected"));
    }

    @Test
    void canaryWithoutGatesWhenTheFileAsksForStages() {
        ServiceGraph g = edit(graph("web->worker"), "worker", c -> c.withKind(ComponentKind.JOB).withChanging(true)
                .withRollout(Rollout.NONE.withStages(List.of(10, 100))));
        assertEquals(1, findings(g, "canary-without-gates").size());
        edit(g, "worker", c -> c.withRollout(c.rollout().withGates(List.of(new Gate("error_rate", 0.01)))));
        assertEquals(List.of(), findings(g, "canary-without-gates"));
    }

    @Test
    void defaultsAloneNeverAskForGates() {
        ServiceGraph g = edit(graph("web->worker"), "worker", c -> c.withKind(ComponentKind.JOB).withChanging(true));
        assertEquals(List.of(), findings(g, "canary-without-gates"));
    }

    @Test
    void tier0HardDependencyOnTier3IsAWarningButSoftIsFine() {
        ServiceGraph g = graph("auth->audit", "auth~>metrics");
        edit(g, "auth", c -> c.withTier(0));
        edit(g, "audit", c -> c.withTier(3));
        edit(g, "metrics", c -> c.withTier(3));
        List<Finding> f = findings(g, "tier0-hard-depends-on-tier3");
        assertEquals(1, f.size());
        assertEquals(List.of("auth", "audit"), f.get(0).subjects());
    }

    @Test
    void isolatedComponentIsANoteOnlyInALargerGraph() {
        List<Finding> f = findings(graph("a->b", "lone", "loop->loop"), "component-isolated");
        assertEquals(List.of(List.of("lone"), List.of("loop")), f.stream().map(Finding::subjects).toList());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(List.of(), findings(graph("alone"), "component-isolated"));
    }

    @Test
    void findingsComeErrorsFirst() {
        ServiceGraph g = graph("a->b", "b->a");
        g.addComponent(Component.of("db", ComponentKind.DATABASE).withChanging(true));
        g.addDependency(Dependency.of("a", "db"));
        List<Finding> f = Validator.validate(g);
        assertEquals(List.of("database-without-rollback", "undeclared-cycle"), f.stream().map(Finding::code).toList());
    }

    @Test
    void durationShorterThanTheBakeOfItsStagesIsAWarning() {
        ServiceGraph g = edit(graph("a"), "a", c -> c.withRollout(Rollout.NONE.withDurationMinutes(10)
                .withStages(List.of(10, 50, 100)).withBakeMinutes(5)));
        List<Finding> found = findings(g, "duration-shorter-than-bake");
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().contains("15"), found.get(0).message());
    }

    @Test
    void durationAtLeastTheBakeAndDefaultDurationsAreFine() {
        ServiceGraph g = edit(graph("a", "b"), "a", c -> c.withRollout(Rollout.NONE.withDurationMinutes(15)
                .withStages(List.of(10, 50, 100)).withBakeMinutes(5)));
        edit(g, "b", c -> c.withTier(0).withRollout(Rollout.NONE.withBakeMinutes(30)));
        assertTrue(findings(g, "duration-shorter-than-bake").isEmpty());
    }
}
