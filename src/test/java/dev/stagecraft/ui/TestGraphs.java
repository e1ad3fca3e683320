package dev.stagecraft.ui;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.List;

/** Small hand-built graphs for the UI tests; answers checkable by eye. */
public final class TestGraphs {
    private TestGraphs() {
    }

    /**
     * A little shop: web -> gateway -> checkout -> {auth, orders-db, payments (external, soft)},
     * checkout -> events (async), auth -> users-db, auth <-> authz-cache (a cycle), auth -> config.
     * Blast radius of auth: checkout, gateway, web (outage, hard chain) and authz-cache (cycle, hard).
     */
    public static ServiceGraph shop(boolean withPositions) {
        ServiceGraph g = new ServiceGraph();
        add(g, withPositions, "web", "Web Storefront", ComponentKind.SERVICE, "frontend", 1, 300, 0);
        add(g, withPositions, "gateway", "API Gateway", ComponentKind.GATEWAY, "platform", 0, 300, 110);
        add(g, withPositions, "checkout", "Checkout", ComponentKind.SERVICE, "payments", 0, 300, 220);
        add(g, withPositions, "auth", "Auth Service", ComponentKind.SERVICE, "identity", 0, 80, 340);
        add(g, withPositions, "authz-cache", "Authz Cache", ComponentKind.CACHE, "identity", 1, 80, 460);
        add(g, withPositions, "orders-db", "Orders DB", ComponentKind.DATABASE, "payments", 0, 300, 340);
        add(g, withPositions, "payments", "Payment Provider", ComponentKind.EXTERNAL, null, 1, 520, 340);
        add(g, withPositions, "events", "Order Events", ComponentKind.QUEUE, "platform", 2, 520, 220);
        add(g, withPositions, "users-db", "Users DB", ComponentKind.DATABASE, "identity", 0, -140, 460);
        add(g, withPositions, "config", "Config Store", ComponentKind.CONFIG, "platform", 1, 300, 460);
        g.addDependency(Dependency.of("web", "gateway"));
        g.addDependency(Dependency.of("gateway", "checkout"));
        g.addDependency(Dependency.of("checkout", "auth"));
        g.addDependency(Dependency.of("checkout", "orders-db", DependencyKind.DATA, Strength.HARD));
        g.addDependency(Dependency.of("checkout", "payments", DependencyKind.SYNC, Strength.SOFT));
        g.addDependency(Dependency.of("checkout", "events", DependencyKind.ASYNC, Strength.SOFT));
        g.addDependency(Dependency.of("auth", "users-db", DependencyKind.DATA, Strength.HARD));
        g.addDependency(Dependency.of("auth", "authz-cache"));
        g.addDependency(Dependency.of("authz-cache", "auth"));
        g.addDependency(Dependency.of("auth", "config", DependencyKind.CONFIG, Strength.HARD));
        g.addGroup(ChangeGroup.of("auth-upgrade", List.of("auth", "authz-cache")));
        return g;
    }

    private static void add(ServiceGraph g, boolean withPositions, String id, String name, ComponentKind kind,
                            String team, int tier, double x, double y) {
        Component c = Component.of(id, kind).withName(name).withTeam(team).withTier(tier)
                .withChanging(id.startsWith("auth") || id.equals("checkout"));
        g.addComponent(withPositions ? c.withPosition(new Position(x, y)) : c);
    }
}
