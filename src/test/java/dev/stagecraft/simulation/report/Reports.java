package dev.stagecraft.simulation.report;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.simulation.Injection;
import dev.stagecraft.simulation.MonteCarlo;
import dev.stagecraft.simulation.RunResult;
import dev.stagecraft.simulation.Scenario;
import dev.stagecraft.simulation.SimulationPlan;
import dev.stagecraft.simulation.Simulator;
import java.util.List;
import java.util.Map;

/**
 * Small hand-built reports whose numbers can be checked by eye. The graph: {@code web} (tier 1, not changing)
 * depends on {@code api<&>} (tier 2, 20 minutes, rollback 6), which depends on {@code db} (tier 0, 10 minutes,
 * rollback 4); one stage at 100% without bake, so db runs 0–10 and api 10–30.
 */
final class Reports {
    static final String API = "api<&>";

    private Reports() {
    }

    static ServiceGraph graph() {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("tiny", null, Map.of()));
        g.addComponent(service("db", 0, 10, 4, 0.2));
        g.addComponent(service(API, 2, 20, 6, 0.3));
        g.addComponent(Component.of("web", ComponentKind.SERVICE).withTier(1));
        g.addDependency(Dependency.of("web", API));
        g.addDependency(Dependency.of(API, "db"));
        return g;
    }

    private static Component service(String id, int tier, int minutes, int rollback, double failure) {
        return Component.of(id, ComponentKind.SERVICE).withTier(tier).withChanging(true)
                .withRollout(Rollout.NONE.withDurationMinutes(minutes).withStages(List.of(100)).withBakeMinutes(0)
                        .withRollbackMinutes(rollback).withFailureProbability(failure));
    }

    static SimulationPlan plan(ServiceGraph g, int maxParallel) {
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(maxParallel)).build();
        return new SimulationPlan(g, plan, maxParallel);
    }

    /** A bad api from its stage 1 (minute 10), caught at minute 30, rolled back 30–36; db stays: halted. */
    static SimulationReport injected() {
        Scenario scenario = Scenario.random().withInjections(List.of(new Injection.AtStage(API, 1)));
        SimulationPlan plan = plan(graph(), PlanOptions.UNLIMITED);
        Simulator simulator = new Simulator(plan, scenario);
        RunResult run = simulator.run();
        return new SimulationReport("tiny", scenario,
                List.of(new Variant("tiny.yaml", plan, new MonteCarlo(simulator, 1, 1, 1).run(), run)));
    }

    /** Random bad versions, {@code runs} runs on {@code threads} threads. */
    static SimulationReport batch(int runs, int threads) {
        SimulationPlan plan = plan(graph(), PlanOptions.UNLIMITED);
        Simulator simulator = new Simulator(plan, Scenario.random());
        return new SimulationReport("tiny", Scenario.random(),
                List.of(new Variant("tiny.yaml", plan, new MonteCarlo(simulator, runs, 7, threads).run(), null)));
    }

    /** The batch on max-parallel 1 and unlimited. */
    static SimulationReport comparison() {
        ServiceGraph g = graph();
        Variant one = variant("max-parallel=1", plan(g, 1));
        Variant all = variant("max-parallel=0", plan(g, PlanOptions.UNLIMITED));
        return new SimulationReport("tiny", Scenario.random(), List.of(one, all));
    }

    private static Variant variant(String name, SimulationPlan plan) {
        return new Variant(name, plan, new MonteCarlo(new Simulator(plan, Scenario.random()), 300, 7, 1).run(), null);
    }

    /** A chain of {@code steps} steps of four stages: ten events each, so a long timeline. */
    static SimulationReport longTimeline(int steps) {
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("chain", null, Map.of()));
        for (int i = 0; i < steps; i++) {
            g.addComponent(Component.of("s" + i, ComponentKind.SERVICE).withChanging(true).withRollout(Rollout.NONE
                    .withDurationMinutes(4).withStages(List.of(10, 25, 50, 100)).withBakeMinutes(0)));
            if (i > 0) {
                g.addDependency(Dependency.of("s" + i, "s" + (i - 1)));
            }
        }
        Scenario scenario = Scenario.random().withInjections(List.of(new Injection.AtStage("s" + (steps - 1), 4)));
        SimulationPlan plan = plan(g, PlanOptions.UNLIMITED);
        Simulator simulator = new Simulator(plan, scenario);
        return new SimulationReport("chain", scenario,
                List.of(new Variant("chain.yaml", plan, new MonteCarlo(simulator, 1, 1, 1).run(), simulator.run())));
    }
}
