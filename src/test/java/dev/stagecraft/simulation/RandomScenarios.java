package dev.stagecraft.simulation;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.StepTiming;
import dev.stagecraft.model.Strength;
import dev.stagecraft.plan.PlanBuilder;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.RolloutPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random graphs, plans and scenarios for the simulation tests, from a seed: small graphs (up to 24 components)
 * with random tiers, kinds, stages, bake, durations and rollback minutes (zero-length stages, zero-minute steps
 * and zero-minute rollbacks included on purpose), random {@code changing} flags, a change group and a few back
 * edges making cycles.
 */
final class RandomScenarios {
    private static final ComponentKind[] KINDS = ComponentKind.values();
    private static final int[] PERCENTS = {1, 5, 10, 25, 50, 75, 100};

    private RandomScenarios() {
    }

    /** A graph, a plan of it under a max-parallel limit, and the simulation plan. */
    record Case(long seed, ServiceGraph graph, RolloutPlan rolloutPlan, SimulationPlan plan, int maxParallel) {
    }

    static Case plan(long seed, double maxFailureProbability) {
        Random r = new Random(seed);
        ServiceGraph g = graph(r, maxFailureProbability);
        int m = r.nextInt(4) == 0 ? PlanOptions.UNLIMITED : 1 + r.nextInt(4);
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(m)).build();
        return new Case(seed, g, plan, new SimulationPlan(g, plan, m), m);
    }

    static ServiceGraph graph(Random r, double maxFailureProbability) {
        int n = 2 + r.nextInt(Integer.getInteger("simulation.maxComponents", 24) - 1);
        double changing = r.nextInt(8) == 0 ? 0 : 0.3 + r.nextDouble() * 0.7;
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("random", null, Map.of()));
        for (int i = 0; i < n; i++) {
            g.addComponent(Component.of("c" + i, KINDS[r.nextInt(KINDS.length)]).withTier(r.nextInt(4))
                    .withChanging(r.nextDouble() < changing).withRollout(rollout(r, maxFailureProbability)));
        }
        int edges = r.nextInt(n * 2 + 1);
        for (int e = 0; e < edges; e++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            boolean forward = a > b || a != b && r.nextDouble() < 0.04;
            if (forward && g.dependency("c" + a, "c" + b).isEmpty()) {
                g.addDependency(Dependency.of("c" + a, "c" + b, DependencyKind.SYNC,
                        r.nextDouble() < 0.3 ? Strength.SOFT : Strength.HARD));
            }
        }
        if (n > 4 && r.nextInt(3) == 0) {
            int a = r.nextInt(n);
            int b = (a + 1 + r.nextInt(n - 1)) % n;
            g.addGroup(ChangeGroup.of("grp", List.of("c" + a, "c" + b)));
        }
        return g;
    }

    private static Rollout rollout(Random r, double maxFailureProbability) {
        Rollout out = Rollout.NONE;
        if (r.nextBoolean()) {
            List<Integer> stages = new ArrayList<>();
            for (int p : PERCENTS) {
                if (p == 100 ? r.nextInt(6) != 0 : r.nextInt(3) == 0) {
                    stages.add(p);
                }
            }
            if (stages.isEmpty()) {
                stages.add(100);
            }
            out = out.withStages(stages);
        }
        if (r.nextBoolean()) {
            out = out.withBakeMinutes(r.nextInt(3) == 0 ? 0 : r.nextInt(8));
        }
        if (r.nextBoolean()) {
            out = out.withDurationMinutes(r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(40));
        }
        if (r.nextBoolean()) {
            out = out.withRollbackMinutes(r.nextInt(4) == 0 ? 0 : r.nextInt(15));
        }
        return out.withFailureProbability(r.nextDouble() * maxFailureProbability);
    }

    /** 0-3 injections of both forms, 0-2 faults, any policy, detection 0-10 minutes. */
    static Scenario scenario(Random r, SimulationPlan plan, boolean inject) {
        List<Injection> injections = new ArrayList<>();
        int count = inject && plan.stepCount() > 0 ? r.nextInt(4) : 0;
        for (int i = 0; i < count; i++) {
            int k = r.nextInt(plan.stepCount());
            int[] members = plan.members(k);
            String id = plan.snapshot().id(members[r.nextInt(members.length)]);
            StepTiming t = plan.timing(k);
            if (r.nextBoolean()) {
                injections.add(new Injection.AtStage(id, 1 + r.nextInt(t.stageCount())));
            } else {
                int minute = r.nextInt(3) == 0
                        ? Math.min(plan.makespan(), plan.start(k) + t.stageEnd(r.nextInt(t.stageCount())))
                        : r.nextInt(plan.makespan() + 1);
                injections.add(new Injection.AtMinute(id, minute));
            }
        }
        List<Fault> faults = new ArrayList<>();
        int faultCount = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
        for (int i = 0; i < faultCount; i++) {
            int x = r.nextInt(plan.snapshot().size());
            int from = r.nextInt(plan.makespan() + 5);
            faults.add(new Fault(plan.snapshot().id(x), from, from + 1 + r.nextInt(30)));
        }
        OnFailure policy = OnFailure.values()[r.nextInt(OnFailure.values().length)];
        return new Scenario(injections, faults, policy, r.nextInt(11));
    }

    static String describe(Case c, Scenario s) {
        return "seed " + c.seed() + ", maxParallel " + (c.maxParallel() == PlanOptions.UNLIMITED ? "unlimited"
                : c.maxParallel()) + ", " + c.plan().stepCount() + " steps, injections "
                + s.injections().stream().map(Injection::text).toList() + ", faults "
                + s.faults().stream().map(Fault::text).toList() + ", " + s.onFailure().id() + ", detection "
                + s.detectionMinutes();
    }
}
