package dev.stagecraft.analysis;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.List;
import java.util.Random;

/**
 * Small graphs written the way one draws them: {@code "a->b"} (a hard-depends on b), {@code "a~>b"} (soft),
 * a bare {@code "x"} adds a lone component. Components appear in the order first mentioned.
 */
final class Graphs {
    private Graphs() {
    }

    static ServiceGraph graph(String... specs) {
        ServiceGraph g = new ServiceGraph();
        for (String spec : specs) {
            boolean soft = spec.contains("~>");
            String[] ends = spec.split(soft ? "~>" : "->");
            for (String id : ends) {
                if (!g.contains(id.trim())) {
                    g.addComponent(Component.of(id.trim(), ComponentKind.SERVICE));
                }
            }
            if (ends.length == 2) {
                g.addDependency(soft
                        ? Dependency.of(ends[0].trim(), ends[1].trim(), DependencyKind.ASYNC, Strength.SOFT)
                        : Dependency.of(ends[0].trim(), ends[1].trim()));
            }
        }
        return g;
    }

    static ServiceGraph group(ServiceGraph g, String id, String... members) {
        g.addGroup(ChangeGroup.of(id, List.of(members)));
        return g;
    }

    /** Makes the component take exactly {@code minutes}: that duration, one stage, no bake (T = D). */
    static ServiceGraph minutes(ServiceGraph g, String id, int minutes) {
        Component c = g.requireComponent(id);
        g.replaceComponent(id, c.withRollout(c.rollout().withDurationMinutes(minutes).withStages(List.of(100))
                .withBakeMinutes(0)));
        return g;
    }

    /**
     * A random graph: {@code n} components named c00.., about {@code edgesPer} dependencies each (self-loops
     * and soft edges included), random durations 0..30, and {@code groups} random groups of 2–4 members.
     */
    static ServiceGraph random(long seed, int n, double edgesPer, int groups) {
        Random r = new Random(seed);
        ServiceGraph g = new ServiceGraph();
        g.beginUpdate();
        for (int i = 0; i < n; i++) {
            g.addComponent(Component.of(String.format("c%03d", i), ComponentKind.SERVICE)
                    .withRollout(Rollout.NONE.withDurationMinutes(r.nextInt(31))));
        }
        int edges = (int) Math.round(n * edgesPer);
        for (int e = 0; e < edges; e++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            // mostly toward higher numbers, so there are long chains; the rest close cycles and self-loops
            boolean forward = r.nextInt(10) < 8;
            String from = String.format("c%03d", forward ? Math.min(a, b) : a);
            String to = String.format("c%03d", forward ? Math.max(a, b) : b);
            if (g.dependency(from, to).isEmpty()) {
                g.addDependency(r.nextInt(3) == 0
                        ? Dependency.of(from, to, DependencyKind.ASYNC, Strength.SOFT)
                        : Dependency.of(from, to));
            }
        }
        for (int k = 0; k < groups; k++) {
            int size = 2 + r.nextInt(3);
            List<String> members = r.ints(0, n).distinct().limit(size)
                    .mapToObj(i -> String.format("c%03d", i)).toList();
            g.addGroup(ChangeGroup.of("g" + k, members));
        }
        g.endUpdate();
        return g;
    }
}
