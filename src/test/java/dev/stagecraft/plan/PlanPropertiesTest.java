package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import dev.stagecraft.synthetic.GraphGenerator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws every plan obeys, over random graphs with fixed seeds. */
class PlanPropertiesTest {
    private static final ComponentKind[] KINDS = ComponentKind.values();

    static Stream<Arguments> graphs() {
        List<Arguments> out = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            out.add(Arguments.of("random-" + seed, randomGraph(seed), (int) (seed % 4)));
        }
        for (long seed = 1; seed <= 3; seed++) {
            out.add(Arguments.of("generated-" + seed, GraphGenerator.generate(300, 900, seed), (int) seed));
        }
        return out.stream();
    }

    /** Up to 40 components, random edges (some soft, a few back edges making cycles), a group or two. */
    static ServiceGraph randomGraph(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(39);
        double changing = seed % 7 == 0 ? 0 : 0.2 + r.nextDouble() * 0.6;
        ServiceGraph g = new ServiceGraph();
        g.setMetadata(new GraphMetadata("random-" + seed, null, Map.of()));
        for (int i = 0; i < n; i++) {
            g.addComponent(Component.of("c" + i, KINDS[r.nextInt(KINDS.length)]).withTier(r.nextInt(4))
                    .withChanging(r.nextDouble() < changing)
                    .withRollout(r.nextBoolean() ? Rollout.NONE : Rollout.NONE.withDurationMinutes(r.nextInt(40))));
        }
        int edges = r.nextInt(n * 3);
        for (int e = 0; e < edges; e++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            boolean forward = a > b || r.nextDouble() < 0.05;
            if (forward && g.dependency("c" + a, "c" + b).isEmpty()) {
                g.addDependency(Dependency.of("c" + a, "c" + b, DependencyKind.SYNC,
                        r.nextDouble() < 0.3 ? Strength.SOFT : Strength.HARD));
            }
        }
        if (n > 4 && r.nextBoolean()) {
            int a = r.nextInt(n);
            int b = (a + 1 + r.nextInt(n - 1)) % n;
            g.addGroup(ChangeGroup.of("grp-" + seed, List.of("c" + a, "c" + b)));
        }
        return g;
    }

    private static RolloutPlan plan(ServiceGraph g, int limit) {
        return new PlanBuilder(g, PlanOptions.defaults().withMaxParallel(limit == 0 ? PlanOptions.UNLIMITED : limit))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void everyStepStartsAfterItsAfterStepsEnd(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, limit);
        Map<String, PlanStep> byId = byId(plan);
        int[] running = new int[plan.summary().estimatedMinutes() + 1];
        for (PlanStep s : plan.steps()) {
            assertEquals(s.startMinute() + s.timing().effectiveMinutes(), s.endMinute(), s.id());
            for (String a : s.after()) {
                assertTrue(byId.get(a).endMinute() <= s.startMinute(), s.id() + " starts before " + a + " ends");
            }
            for (int m = s.startMinute(); m < s.endMinute(); m++) {
                running[m]++;
            }
        }
        int limitValue = limit == 0 ? Integer.MAX_VALUE : limit;
        for (int count : running) {
            assertTrue(count <= limitValue && count <= plan.summary().maxParallelism(), "too many at once");
        }
        int last = plan.steps().stream().mapToInt(PlanStep::endMinute).max().orElse(0);
        assertEquals(last, plan.summary().estimatedMinutes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void aStepWaitsTransitivelyForEveryStepItDependsOn(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, limit);
        Map<String, String> stepOf = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int p = 0; p < plan.steps().size(); p++) {
            PlanStep s = plan.steps().get(p);
            position.put(s.id(), p);
            s.components().forEach(c -> stepOf.put(c, s.id()));
        }
        Map<String, PlanStep> byId = byId(plan);
        for (PlanStep s : plan.steps()) {
            Set<String> waitsFor = closure(s.id(), byId);
            for (String member : s.components()) {
                for (String dependency : reachable(g, member)) {
                    String other = stepOf.get(dependency);
                    if (other != null && !other.equals(s.id())) {
                        assertTrue(position.get(other) < position.get(s.id()), other + " must precede " + s.id());
                        assertTrue(waitsFor.contains(other), s.id() + " must wait for " + other);
                    }
                }
            }
            int wave = s.after().stream().mapToInt(a -> byId.get(a).wave() + 1).max().orElse(0);
            assertEquals(wave, s.wave(), s.id());
            assertEquals(s.after().stream().sorted((x, y) -> position.get(x) - position.get(y)).distinct().toList(),
                    s.after(), "after in plan order without repeats");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void everyAdvancedComponentIsInExactlyOneStep(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, limit);
        boolean none = g.components().stream().noneMatch(Component::changing);
        Set<String> expected = new TreeSet<>();
        g.components().stream().filter(c -> none || c.changing()).forEach(c -> expected.add(c.id()));
        List<String> advanced = plan.steps().stream().flatMap(s -> s.components().stream()).toList();
        assertEquals(expected, new TreeSet<>(advanced));
        assertEquals(expected.size(), advanced.size());
        assertEquals(advanced.size(), plan.summary().components());
        assertEquals(plan.steps().size(), plan.steps().stream().map(PlanStep::id).distinct().count(), "unique ids");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void rollbackOrderUndoesDependentsFirst(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, limit);
        List<String> order = plan.rollbackOrder();
        assertEquals(plan.steps().size(), order.size());
        for (PlanStep s : plan.steps()) {
            for (String a : s.after()) {
                assertTrue(order.indexOf(s.id()) < order.indexOf(a), s.id() + " rolls back before " + a);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void unlimitedParallelismFinishesWithTheCriticalPath(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, 0);
        PlanCriticalPath critical = plan.summary().criticalPath();
        assertEquals(critical.minutes(), plan.summary().estimatedMinutes());
        Map<String, PlanStep> byId = byId(plan);
        int minutes = 0;
        for (int i = 0; i < critical.path().size(); i++) {
            PlanStep s = byId.get(critical.path().get(i));
            minutes += s.timing().effectiveMinutes();
            if (i > 0) {
                assertTrue(s.after().contains(critical.path().get(i - 1)), "the path is a chain of after");
            }
        }
        assertEquals(critical.minutes(), minutes);
        assertTrue(plan(g, 1).summary().estimatedMinutes() >= critical.minutes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void blastRadiusOfEachStepMatchesABreadthFirstSearch(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, limit);
        Map<String, Integer> tier = new HashMap<>();
        g.components().forEach(c -> tier.put(c.id(), c.effectiveTier()));
        for (PlanStep s : plan.steps()) {
            Set<String> affected = dependents(g, s.components(), false);
            Set<String> outage = dependents(g, s.components(), true);
            List<String> ranked = new ArrayList<>(affected);
            ranked.sort((a, b) -> tier.get(a) != tier.get(b).intValue() ? tier.get(a) - tier.get(b) : a.compareTo(b));
            List<String> top = ranked.subList(0, Math.min(StepBlastRadius.LIMIT, ranked.size()));
            assertEquals(new StepBlastRadius(outage.size(), affected.size() - outage.size(), top,
                    ranked.size() - top.size()), s.blastRadius(), s.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void sameGraphInAnyOrderGivesTheSameBytes(String name, ServiceGraph g, int limit) {
        String yaml = PlanWriter.toYaml(plan(g, limit));
        assertEquals(yaml, PlanWriter.toYaml(plan(g, limit)));
        assertEquals(yaml, PlanWriter.toYaml(plan(shuffled(g, name.hashCode()), limit)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void writtenPlansReadBackEqual(String name, ServiceGraph g, int limit) {
        RolloutPlan plan = plan(g, limit);
        assertEquals(plan, PlanReader.read(PlanWriter.toYaml(plan)));
        assertEquals(plan, PlanReader.read(PlanWriter.toJson(plan)));
    }

    private static Map<String, PlanStep> byId(RolloutPlan plan) {
        Map<String, PlanStep> byId = new HashMap<>();
        plan.steps().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static Set<String> closure(String step, Map<String, PlanStep> byId) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(byId.get(step).after());
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (seen.add(s)) {
                todo.addAll(byId.get(s).after());
            }
        }
        return seen;
    }

    /** What a component transitively depends on. */
    private static Set<String> reachable(ServiceGraph g, String from) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            for (Dependency d : g.dependenciesOf(todo.pop())) {
                if (seen.add(d.to())) {
                    todo.push(d.to());
                }
            }
        }
        return seen;
    }

    /** What transitively depends on any of the components (them excluded), through hard edges only or all. */
    private static Set<String> dependents(ServiceGraph g, List<String> of, boolean hardOnly) {
        Set<String> seen = new HashSet<>(of);
        ArrayDeque<String> todo = new ArrayDeque<>(of);
        while (!todo.isEmpty()) {
            for (Dependency d : g.dependentsOf(todo.pop())) {
                if ((!hardOnly || d.isHard()) && seen.add(d.from())) {
                    todo.push(d.from());
                }
            }
        }
        seen.removeAll(of);
        return seen;
    }

    private static ServiceGraph shuffled(ServiceGraph g, long seed) {
        Random r = new Random(seed);
        List<Component> components = new ArrayList<>(g.components());
        List<Dependency> dependencies = new ArrayList<>(g.dependencies());
        List<ChangeGroup> groups = new ArrayList<>(g.groups());
        Collections.shuffle(components, r);
        Collections.shuffle(dependencies, r);
        Collections.shuffle(groups, r);
        ServiceGraph copy = new ServiceGraph();
        copy.setMetadata(g.metadata());
        components.forEach(copy::addComponent);
        dependencies.forEach(copy::addDependency);
        groups.forEach(copy::addGroup);
        return copy;
    }
}
