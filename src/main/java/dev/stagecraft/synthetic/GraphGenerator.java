package dev.stagecraft.synthetic;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a realistic synthetic service graph: components sit in layers (gateways on top, then
 * edge services, core services, platform services, and data stores, queues, caches, config and
 * external APIs at the bottom); dependencies point mostly one layer or more downward, with a
 * heavy-tailed fan-in (a few shared databases, caches and core services are depended upon by very
 * many); a few back edges close real cycles, and a few change groups tie neighbours together.
 *
 * <p>Deterministic: the same (components, dependencies, seed) give the same graph. O(V + E) expected.
 */
public final class GraphGenerator {
    /** Layers from top (index 0) to bottom, with their share of components and the kinds they hold. */
    private static final double[] LAYER_SHARE = {0.02, 0.18, 0.30, 0.20, 0.30};
    private static final String[] DOMAINS = {
        "orders", "payments", "users", "catalog", "search", "cart", "checkout", "inventory", "shipping",
        "billing", "auth", "profile", "reviews", "pricing", "promo", "notify", "ledger", "fraud", "media",
        "reports", "tax", "returns", "loyalty", "session", "identity", "geo", "ads", "feeds", "chat", "audit"};

    private final int componentCount;
    private final int dependencyCount;
    private final SplittableRandom random;

    private GraphGenerator(int components, int dependencies, long seed) {
        if (components < 1) {
            throw new IllegalArgumentException("components must be at least 1, was " + components);
        }
        if (dependencies < 0) {
            throw new IllegalArgumentException("dependencies must not be negative, was " + dependencies);
        }
        long max = (long) components * (components - 1);
        if (dependencies > max) {
            throw new IllegalArgumentException("at most " + max + " dependencies fit between "
                    + components + " components, asked for " + dependencies);
        }
        this.componentCount = components;
        this.dependencyCount = dependencies;
        this.random = new SplittableRandom(seed);
    }

    /** A graph named {@code synthetic-N}, about 10% of components marked changing. */
    public static ServiceGraph generate(int components, int dependencies, long seed) {
        return new GraphGenerator(components, dependencies, seed).build();
    }

    private ServiceGraph build() {
        int[] layerOf = new int[componentCount];
        List<List<Integer>> layers = assignLayers(layerOf);
        ServiceGraph g = new ServiceGraph();
        g.beginUpdate();
        try {
            g.setMetadata(new GraphMetadata("synthetic-" + componentCount,
                    "Generated: " + componentCount + " components, " + dependencyCount + " dependencies", Map.of()));
            String[] ids = new String[componentCount];
            int columns = Math.max(8, (int) Math.ceil(Math.sqrt(componentCount) * 1.5));
            int rowBase = 0;
            for (int layer = 0; layer < layers.size(); layer++) {
                List<Integer> members = layers.get(layer);
                for (int k = 0; k < members.size(); k++) {
                    int v = members.get(k);
                    ComponentKind kind = kindFor(layer);
                    ids[v] = DOMAINS[v % DOMAINS.length] + "-" + suffix(kind) + "-" + v;
                    int tier = tierFor(layer);
                    Position p = new Position((k % columns) * 220.0, (rowBase + k / columns) * 140.0);
                    boolean changing = random.nextDouble() < 0.10;
                    g.addComponent(new Component(ids[v], null, kind, DOMAINS[(v / 7) % DOMAINS.length], tier,
                            changing, rolloutFor(kind, changing, ids[v]), p, Map.of()));
                }
                rowBase += (members.size() + columns - 1) / columns + 1;
            }
            addDependencies(g, ids, layerOf, layers);
            addGroups(g, ids);
        } finally {
            g.endUpdate();
        }
        return g;
    }

    private List<List<Integer>> assignLayers(int[] layerOf) {
        List<List<Integer>> layers = new ArrayList<>();
        for (int i = 0; i < LAYER_SHARE.length; i++) {
            layers.add(new ArrayList<>());
        }
        int v = 0;
        for (int layer = 0; layer < LAYER_SHARE.length; layer++) {
            int count = layer == LAYER_SHARE.length - 1 ? componentCount - v
                    : Math.min(componentCount - v, Math.max(1, (int) Math.round(componentCount * LAYER_SHARE[layer])));
            for (int k = 0; k < count; k++, v++) {
                layerOf[v] = layer;
                layers.get(layer).add(v);
            }
        }
        layers.removeIf(List::isEmpty);
        int layer = 0;
        for (List<Integer> members : layers) {
            for (int m : members) {
                layerOf[m] = layer;
            }
            layer++;
        }
        return layers;
    }

    private void addDependencies(ServiceGraph g, String[] ids, int[] layerOf, List<List<Integer>> layers) {
        Set<Long> seen = new HashSet<>(dependencyCount * 2);
        int cycles = componentCount < 20 ? 0 : Math.max(1, componentCount / 2_000);
        int backEdges = Math.min(cycles, dependencyCount / 10);
        int added = 0;
        int attempts = 0;
        long attemptLimit = (long) dependencyCount * 50 + 1_000;
        while (added < dependencyCount - backEdges && attempts++ < attemptLimit) {
            int from = random.nextInt(componentCount);
            int to = pickTarget(from, layerOf, layers);
            if (to >= 0 && to != from && seen.add(((long) from << 32) | to)) {
                g.addDependency(dependency(ids[from], ids[to]));
                added++;
            }
        }
        // Back edges close real cycles: a component at the bottom of an existing edge points back up.
        Map<String, Integer> index = new HashMap<>(componentCount * 2);
        for (int v = 0; v < ids.length; v++) {
            index.put(ids[v], v);
        }
        int lowest = layers.size() - 1;
        List<Dependency> existing = g.dependencies().stream()
                .filter(d -> layerOf[index.get(d.from())] > 0 && layerOf[index.get(d.to())] < lowest)
                .toList();
        for (int k = 0; k < backEdges && !existing.isEmpty() && attempts++ < attemptLimit; ) {
            Dependency d = existing.get(random.nextInt(existing.size()));
            int from = index.get(d.to());
            int to = index.get(d.from());
            if (seen.add(((long) from << 32) | to)) {
                g.addDependency(Dependency.of(d.to(), d.from(), DependencyKind.ASYNC, Strength.SOFT));
                k++;
            }
        }
        // Top up with random edges when layering could not place enough (tiny graphs).
        attempts = 0;
        while (g.dependencyCount() < dependencyCount && attempts++ < attemptLimit) {
            int from = random.nextInt(componentCount);
            int to = random.nextInt(componentCount);
            if (from != to && seen.add(((long) from << 32) | to)) {
                g.addDependency(dependency(ids[from], ids[to]));
            }
        }
    }

    /**
     * A dependency target below {@code from}'s layer (or in it, for the lowest layers), chosen with a
     * heavy tail: index {@code floor(n * u^3)} in the target layer favours its first members strongly.
     */
    private int pickTarget(int from, int[] layerOf, List<List<Integer>> layers) {
        int layer = layerOf[from];
        int lowest = layers.size() - 1;
        int targetLayer;
        if (layer == lowest) {
            if (layers.size() == 1 || random.nextDouble() < 0.5) {
                targetLayer = lowest;
            } else {
                return -1;
            }
        } else {
            double r = random.nextDouble();
            targetLayer = r < 0.55 ? layer + 1 : layer + 1 + random.nextInt(lowest - layer);
        }
        List<Integer> candidates = layers.get(targetLayer);
        double u = random.nextDouble();
        int idx = (int) (candidates.size() * u * u * u);
        int to = candidates.get(Math.min(idx, candidates.size() - 1));
        if (targetLayer == layer && to >= from) {
            return -1; // inside the bottom layer only point to earlier members: no accidental cycles
        }
        return to;
    }

    private Dependency dependency(String from, String to) {
        double r = random.nextDouble();
        DependencyKind kind = r < 0.70 ? DependencyKind.SYNC : r < 0.85 ? DependencyKind.ASYNC
                : r < 0.95 ? DependencyKind.DATA : DependencyKind.CONFIG;
        Strength strength = random.nextDouble() < 0.75 ? Strength.HARD : Strength.SOFT;
        // Defaults (sync, hard) are left out, as a person writes them: smaller files, faster reads.
        return Dependency.of(from, to, kind == DependencyKind.SYNC ? null : kind, strength == Strength.HARD ? null : strength);
    }

    private void addGroups(ServiceGraph g, String[] ids) {
        int groups = componentCount < 50 ? 0 : Math.max(1, componentCount / 1_000);
        List<Dependency> deps = List.copyOf(g.dependencies());
        Set<String> grouped = new HashSet<>();
        for (int k = 0, tries = 0; k < groups && !deps.isEmpty() && tries < groups * 20; tries++) {
            Dependency d = deps.get(random.nextInt(deps.size()));
            if (d.isSelfLoop() || grouped.contains(d.from()) || grouped.contains(d.to())) {
                continue;
            }
            grouped.add(d.from());
            grouped.add(d.to());
            g.addGroup(ChangeGroup.of("group-" + k, List.of(d.from(), d.to())));
            k++;
        }
    }

    /** Changing databases carry rollback steps, as a careful team would write them (rule database-without-rollback). */
    private static Rollout rolloutFor(ComponentKind kind, boolean changing, String id) {
        if (changing && kind == ComponentKind.DATABASE) {
            return Rollout.NONE.withRollback(List.of("migrate " + id + " down to the previous schema version"));
        }
        return Rollout.NONE;
    }

    private ComponentKind kindFor(int layer) {
        double r = random.nextDouble();
        return switch (layer) {
            case 0 -> ComponentKind.GATEWAY;
            case 1, 2 -> r < 0.92 ? ComponentKind.SERVICE : ComponentKind.JOB;
            case 3 -> r < 0.70 ? ComponentKind.SERVICE : r < 0.85 ? ComponentKind.LIBRARY : ComponentKind.JOB;
            default -> r < 0.40 ? ComponentKind.DATABASE : r < 0.65 ? ComponentKind.CACHE
                    : r < 0.85 ? ComponentKind.QUEUE : r < 0.95 ? ComponentKind.CONFIG : ComponentKind.EXTERNAL;
        };
    }

    private static String suffix(ComponentKind kind) {
        return switch (kind) {
            case GATEWAY -> "gw";
            case SERVICE -> "svc";
            case DATABASE -> "db";
            case QUEUE -> "queue";
            case CACHE -> "cache";
            case CONFIG -> "config";
            case EXTERNAL -> "ext";
            case JOB -> "job";
            case LIBRARY -> "lib";
        };
    }

    private int tierFor(int layer) {
        double r = random.nextDouble();
        int base = layer == 0 ? 0 : layer >= 4 ? 1 : 2;
        return r < 0.15 ? Math.max(0, base - 1) : r > 0.85 ? Math.min(3, base + 1) : base;
    }
}
