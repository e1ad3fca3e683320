package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
    /** One stage without bake, so the step takes exactly {@code minutes} (T = max(D, 0) = D). */
    private static Component service(String id, int minutes, boolean changing) {
        return Component.of(id, ComponentKind.SERVICE).withChanging(changing)
                .withRollout(Rollout.NONE.withDurationMinutes(minutes).withStages(List.of(100)).withBakeMinutes(0));
    }

    private static ServiceGraph graph(Component... components) {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("demo", null, Map.of()));
        for (Component c : components) {
            g.addComponent(c);
        }
        return g;
    }

    private static RolloutPlan plan(ServiceGraph g) {
        return new PlanBuilder(g, PlanOptions.defaults()).build();
    }

    private static PlanStep step(RolloutPlan plan, String id) {
        return plan.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(RolloutPlan plan) {
        return plan.steps().stream().map(PlanStep::id).toList();
    }

    @Test
    void chainAdvancesDependenciesFirstAndRollsBackDependentsFirst() {
        ServiceGraph g = graph(service("a", 10, true), service("b", 20, true), service("c", 30, true));
        g.addDependency(Dependency.of("a", "b"));
        g.addDependency(Dependency.of("b", "c"));
        RolloutPlan plan = plan(g);
        assertEquals(List.of("c", "b", "a"), ids(plan));
        assertEquals(List.of("c"), step(plan, "b").after());
        assertEquals(List.of("b"), step(plan, "a").after());
        assertEquals(2, step(plan, "a").wave());
        assertEquals(List.of("a", "b", "c"), plan.rollbackOrder());
        assertEquals(60, plan.summary().estimatedMinutes());
        assertEquals(new PlanCriticalPath(60, List.of("c", "b", "a")), plan.summary().criticalPath());
        assertEquals(3, plan.summary().waves());
        assertEquals(1, plan.summary().maxParallelism());
    }

    /** top depends on left (20) and right (30); both depend on bottom (10); top takes 5. */
    private static ServiceGraph diamond() {
        ServiceGraph g = graph(service("top", 5, true), service("left", 20, true), service("right", 30, true),
                service("bottom", 10, true));
        g.addDependency(Dependency.of("top", "left"));
        g.addDependency(Dependency.of("top", "right"));
        g.addDependency(Dependency.of("left", "bottom"));
        g.addDependency(Dependency.of("right", "bottom"));
        return g;
    }

    @Test
    void diamondPutsTheLongerBranchFirstInItsWave() {
        RolloutPlan plan = plan(diamond());
        assertEquals(List.of("bottom", "right", "left", "top"), ids(plan));
        assertEquals(List.of("right", "left"), step(plan, "top").after());
        assertEquals(List.of(0, 1, 1, 2), plan.steps().stream().map(PlanStep::wave).toList());
        assertEquals(new PlanCriticalPath(45, List.of("bottom", "right", "top")), plan.summary().criticalPath());
        assertEquals(45, plan.summary().estimatedMinutes());
        assertEquals(2, plan.summary().maxParallelism());
        assertEquals(40, step(plan, "top").startMinute());
    }

    @Test
    void diamondOneAtATimeTakesTheSumOfItsSteps() {
        RolloutPlan plan = new PlanBuilder(diamond(), PlanOptions.defaults().withMaxParallel(1)).build();
        // bottom 0-10, right 10-40, left 40-60, top 60-65.
        assertEquals(65, plan.summary().estimatedMinutes());
        assertEquals(1, plan.summary().maxParallelism());
        assertEquals(1, plan.summary().maxParallel());
        assertEquals(40, step(plan, "left").startMinute());
        assertEquals(45, plan.summary().criticalPath().minutes());
    }

    @Test
    void afterGoesThroughAnUnchangedComponent() {
        ServiceGraph g = graph(service("web", 10, true), service("mid", 99, false), service("db", 30, true));
        g.addDependency(Dependency.of("web", "mid"));
        g.addDependency(Dependency.of("mid", "db"));
        RolloutPlan plan = plan(g);
        assertEquals(List.of("db", "web"), ids(plan));
        assertEquals(List.of("db"), step(plan, "web").after());
        assertEquals(2, plan.summary().components());
        assertEquals(40, plan.summary().estimatedMinutes(), "the unchanged component takes no time");
        assertEquals(new StepBlastRadius(2, 0, List.of("mid", "web"), 0), step(plan, "db").blastRadius());
    }

    @Test
    void afterStopsAtTheFirstChangingStepOnEachPath() {
        // a -> b -> c, all changing: a waits for b only, not for c behind it.
        ServiceGraph g = graph(service("a", 1, true), service("b", 1, true), service("c", 1, true),
                service("x", 1, false));
        g.addDependency(Dependency.of("a", "b"));
        g.addDependency(Dependency.of("b", "c"));
        g.addDependency(Dependency.of("a", "x"));
        g.addDependency(Dependency.of("x", "c"));
        RolloutPlan plan = plan(g);
        // ... but through the unchanged x, c is the first step on that path. Listed in plan order.
        assertEquals(List.of("c", "b"), step(plan, "a").after());
    }

    @Test
    void cycleMembersAdvanceInOneStep() {
        ServiceGraph g = graph(service("y", 10, true), service("x", 25, true), service("z", 5, true));
        g.addDependency(Dependency.of("x", "y"));
        g.addDependency(Dependency.of("y", "x"));
        g.addDependency(Dependency.of("z", "x"));
        RolloutPlan plan = plan(g);
        assertEquals(List.of("cycle-x", "z"), ids(plan));
        PlanStep cycle = step(plan, "cycle-x");
        assertEquals(List.of("x", "y"), cycle.components());
        assertEquals(25, cycle.durationMinutes());
        assertEquals(List.of("cycle-x"), step(plan, "z").after());
        assertEquals(new StepBlastRadius(1, 0, List.of("z"), 0), cycle.blastRadius());
    }

    @Test
    void aCycleWithOneChangingMemberIsNamedForIt() {
        ServiceGraph g = graph(service("x", 10, true), service("y", 10, false));
        g.addDependency(Dependency.of("x", "y"));
        g.addDependency(Dependency.of("y", "x"));
        RolloutPlan plan = plan(g);
        assertEquals(List.of("x"), ids(plan));
        assertEquals(List.of("x"), plan.steps().get(0).components());
    }

    @Test
    void declaredGroupFollowsItsMostCarefulMember() {
        Component db = Component.of("db", ComponentKind.DATABASE).withChanging(true).withTier(2)
                .withRollout(Rollout.NONE.withRollback(List.of("run migration down")).withBakeMinutes(15));
        Component api = Component.of("api", ComponentKind.SERVICE).withChanging(true).withTier(2)
                .withRollout(Rollout.NONE.withGates(List.of(new Gate("error_rate", 0.02), new Gate("saturation", 0.8))));
        Component auth = Component.of("auth", ComponentKind.SERVICE).withChanging(true).withTier(2);
        ServiceGraph g = graph(db, api, auth);
        g.addDependency(Dependency.of("api", "db"));
        g.addGroup(ChangeGroup.of("schema-v2", List.of("api", "db", "auth")));
        PlanStep step = plan(g).steps().get(0);
        assertEquals("schema-v2", step.id());
        assertEquals(List.of("api", "auth", "db"), step.components());
        // api and auth (tier 2 services) start at 10%; db (database) goes in at once.
        assertEquals(List.of(10, 50, 100), step.stages().stream().map(CanaryStage::percent).toList());
        assertEquals(15, step.stages().get(0).bakeMinutes(), "the longest bake of any member");
        // Gates: union per metric, the strictest maximum (auth's default error_rate 0.01 beats api's 0.02).
        assertEquals(List.of(new Gate("error_rate", 0.01), new Gate("p99_latency_ms", 500), new Gate("saturation", 0.8)),
                step.stages().get(0).gates());
        assertEquals(List.of("error_rate <= 0.01 for 15 minutes at 100%", "p99_latency_ms <= 500 for 15 minutes at 100%",
                "saturation <= 0.8 for 15 minutes at 100%", "all components healthy at 100%"), step.acceptance());
        assertEquals(List.of("redeploy previous version of api", "redeploy previous version of auth",
                "run migration down"), step.rollback());
    }

    @Test
    void nothingMarkedChangingPlansEveryComponent() {
        ServiceGraph g = graph(service("a", 10, false), service("b", 10, false));
        g.addDependency(Dependency.of("a", "b"));
        RolloutPlan plan = plan(g);
        assertEquals(List.of("b", "a"), ids(plan));
        assertEquals(2, plan.summary().components());
    }

    @Test
    void independentStepsShareTheSlotsOfMaxParallel() {
        ServiceGraph g = graph(service("s10", 10, true), service("s20", 20, true), service("s30", 30, true),
                service("s40", 40, true));
        assertEquals(40, plan(g).summary().estimatedMinutes());
        assertEquals(4, plan(g).summary().maxParallelism());
        assertEquals(100, new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(1)).build().summary().estimatedMinutes());
        // Two slots: 40 and 30 at 0, 20 at 30, 10 at 40: done at 50.
        RolloutPlan two = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(2)).build();
        assertEquals(50, two.summary().estimatedMinutes());
        assertEquals(List.of("s40", "s30", "s20", "s10"), ids(two));
    }

    @Test
    void blastRadiusSplitsOutageFromDegradedAndListsTheMostCriticalFirst() {
        ServiceGraph g = graph(service("web", 15, true).withTier(0), service("api", 20, true),
                service("worker", 5, true).withTier(3), service("cache", 10, true));
        g.addDependency(Dependency.of("web", "api"));
        g.addDependency(Dependency.of("worker", "api"));
        g.addDependency(Dependency.of("api", "cache", DependencyKind.SYNC, Strength.SOFT));
        RolloutPlan plan = plan(g);
        assertEquals(new StepBlastRadius(2, 0, List.of("web", "worker"), 0), step(plan, "api").blastRadius());
        assertEquals(new StepBlastRadius(0, 3, List.of("web", "api", "worker"), 0), step(plan, "cache").blastRadius());
        assertEquals(StepBlastRadius.NONE, step(plan, "web").blastRadius());
    }

    @Test
    void aLargeBlastRadiusIsCountedButListsOnlyTheMostCritical() {
        ServiceGraph g = graph(service("core", 10, true));
        for (int i = 0; i < 25; i++) {
            String id = String.format("client-%02d", i);
            g.addComponent(service(id, 10, false).withTier(i == 24 ? 0 : 2));
            g.addDependency(Dependency.of(id, "core"));
        }
        StepBlastRadius radius = plan(g).steps().get(0).blastRadius();
        assertEquals(25, radius.outage());
        assertEquals(StepBlastRadius.LIMIT, radius.mostCritical().size());
        assertEquals("client-24", radius.mostCritical().get(0), "tier 0 first");
        assertEquals("client-00", radius.mostCritical().get(1));
        assertEquals(5, radius.more());
    }

    @Test
    void stepIdsStayUniqueWhenAGroupIsNamedLikeAComponent() {
        ServiceGraph g = graph(service("api", 10, true), service("x", 10, true), service("y", 10, true));
        g.addGroup(ChangeGroup.of("api", List.of("x", "y")));
        List<String> ids = ids(plan(g));
        assertEquals(2, ids.size());
        assertTrue(ids.contains("api") && ids.contains("api-2"), ids.toString());
    }

    @Test
    void metadataNamesThePlanAfterTheGraphAndCarriesItsDigest() {
        ServiceGraph g = diamond();
        RolloutPlan plan = plan(g);
        assertEquals(new PlanMetadata("demo-rollout", "demo", GraphDigest.of(g)), plan.metadata());
        RolloutPlan named = new PlanBuilder(g, PlanOptions.defaults().withName("q4").withDigest("sha256:abc")).build();
        assertEquals(new PlanMetadata("q4", "demo", "sha256:abc"), named.metadata());
    }

    @Test
    void anEmptyGraphGivesAnEmptyPlan() {
        RolloutPlan plan = plan(graph());
        assertEquals(List.of(), plan.steps());
        assertEquals(0, plan.summary().waves());
        assertEquals(0, plan.summary().estimatedMinutes());
    }

    @Test
    void aStepTakesItsBakeTimeWhenItsDurationIsShorter() {
        // tier 0: stages [1, 5, 25, 50, 100] with 15 minutes' bake each = 75; the file says 30
        ServiceGraph g = graph(Component.of("auth", ComponentKind.SERVICE).withTier(0).withChanging(true)
                        .withRollout(Rollout.NONE.withDurationMinutes(30)),
                service("web", 10, true));
        g.addDependency(Dependency.of("web", "auth"));
        RolloutPlan plan = plan(g);
        PlanStep auth = step(plan, "auth");
        assertEquals(30, auth.durationMinutes(), "D as the file gives it");
        assertEquals(75, auth.endMinute() - auth.startMinute(), "T = max(D, B)");
        assertEquals(75, step(plan, "web").startMinute());
        assertEquals(85, plan.summary().estimatedMinutes());
        assertEquals(85, plan.summary().criticalPath().minutes());
        assertEquals(85, new dev.stagecraft.analysis.CriticalPath(new dev.stagecraft.analysis.RolloutUnits(
                g.snapshot())).minutes(), "analyze and plan agree");
    }

    @Test
    void aStepRollsBackInItsSlowestMembersTime() {
        ServiceGraph g = graph(Component.of("db", ComponentKind.DATABASE).withChanging(true),
                Component.of("api", ComponentKind.SERVICE).withChanging(true)
                        .withRollout(Rollout.NONE.withRollbackMinutes(7)));
        g.addGroup(ChangeGroup.of("release", List.of("api", "db")));
        assertEquals(30, step(plan(g), "release").rollbackMinutes(), "database default 30 beats 7");
    }
}
