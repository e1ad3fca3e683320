package dev.stagecraft.io.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeReaderTest {
    private final ImportResult shop = new ComposeReader().read(TestFiles.text("compose/shop-compose.yaml"), "shop-compose.yaml");
    private final ServiceGraph g = shop.graph();

    @Test
    void everyServiceBecomesAComponentWithoutPosition() {
        assertEquals(25, g.componentCount());
        assertEquals("shop-local", g.metadata().name());
        assertTrue(g.components().stream().allMatch(c -> c.position() == null));
    }

    @Test
    void theComposeProjectIsTheSystemOfItsServices() {
        assertTrue(g.components().stream().allMatch(c -> "shop-local".equals(c.system())), "name: shop-local");
        assertEquals(0, g.groups().size());
    }

    @Test
    void longSyntaxDependsOnKeepsTheCondition() {
        Dependency d = g.dependency("auth", "auth-db").orElseThrow();
        assertEquals("service_healthy", d.extras().get("condition"));
        assertEquals("service_started", g.dependency("edge", "storefront").orElseThrow().extras().get("condition"));
    }

    @Test
    void requiredFalseMakesASoftDependency() {
        assertEquals(Strength.SOFT, g.dependency("catalog", "search").orElseThrow().strength());
    }

    @Test
    void shortSyntaxAndLinksBecomeDependencies() {
        assertTrue(g.dependency("api-gateway", "orders").isPresent());
        assertTrue(g.dependency("cart", "cart-cache").isPresent());
        assertEquals("links", g.dependency("fraud", "rules-db").orElseThrow().extras().get("via"));
    }

    @Test
    void environmentValuesNamingAHostAreInferredAndMarked() {
        assertEquals(Map.of("inferred", "env:SESSION_REDIS_HOST"), g.dependency("auth", "sessions").orElseThrow().extras());
        assertEquals("env:RABBIT_URL", g.dependency("orders", "rabbitmq").orElseThrow().extras().get("inferred"));
        assertEquals("env:PRICING_URL", g.dependency("checkout", "pricing").orElseThrow().extras().get("inferred"));
        assertEquals("env:CATALOG_ENDPOINT", g.dependency("cart", "catalog").orElseThrow().extras().get("inferred"));
        assertEquals("env:UPSTREAM_CART", g.dependency("api-gateway", "cart").orElseThrow().extras().get("inferred"));
        assertEquals("env:FRAUD_HOST", g.dependency("payments", "fraud").orElseThrow().extras().get("inferred"));
        assertEquals("env:CONFIG_URL", g.dependency("pricing", "config").orElseThrow().extras().get("inferred"));
    }

    @Test
    void linkAliasesCountAsHostNames() {
        assertEquals("links", g.dependency("fraud", "rules-db").orElseThrow().extras().get("via"),
                "RULES_DSN names the alias 'rules', already covered by the link");
    }

    @Test
    void explicitDependenciesAreNotMarkedInferred() {
        assertNull(g.dependency("orders", "orders-db").orElseThrow().extras().get("inferred"));
        assertNull(g.dependency("checkout", "kafka").orElseThrow().extras().get("inferred"));
    }

    @Test
    void everyInferenceIsReported() {
        long inferred = g.dependencies().stream().filter(d -> d.extras().containsKey("inferred")).count();
        assertEquals(inferred, shop.report().withCode("inferred-dependency").size());
        assertTrue(inferred >= 8);
        assertTrue(shop.report().withCode("inferred-dependency").stream().allMatch(f -> f.location() != null));
    }

    @Test
    void externalHostsAndPlainValuesInferNothing() {
        assertFalse(g.dependencies().stream().anyMatch(d -> d.to().contains("stripe") || d.to().contains("smtp")));
        assertEquals(0, g.dependentsOf("storefront").stream().filter(d -> d.from().equals("auth")).count());
    }

    @Test
    void kindsAreGuessedFromImagesAndEachGuessReported() {
        assertEquals(ComponentKind.DATABASE, g.requireComponent("auth-db").kind());
        assertEquals(ComponentKind.DATABASE, g.requireComponent("catalog-db").kind());
        assertEquals(ComponentKind.DATABASE, g.requireComponent("payments-db").kind());
        assertEquals(ComponentKind.CACHE, g.requireComponent("sessions").kind());
        assertEquals(ComponentKind.CACHE, g.requireComponent("catalog-cache").kind());
        assertEquals(ComponentKind.QUEUE, g.requireComponent("kafka").kind());
        assertEquals(ComponentKind.QUEUE, g.requireComponent("rabbitmq").kind());
        assertEquals(ComponentKind.GATEWAY, g.requireComponent("edge").kind());
        assertEquals(ComponentKind.GATEWAY, g.requireComponent("api-gateway").kind());
        assertEquals(ComponentKind.SERVICE, g.requireComponent("orders").kind());
        assertEquals(ComponentKind.SERVICE, g.requireComponent("cart").kind());
        assertEquals(25, shop.report().withCode("guessed-kind").size());
        assertEquals("postgres:16-alpine", g.requireComponent("orders-db").extras().get("image"));
    }

    @Test
    void infrastructureKeysAreReportedNotDroppedSilently() {
        assertTrue(shop.report().withCode("skipped").stream().anyMatch(f -> f.message().contains("'volumes'")));
        assertTrue(shop.report().withCode("skipped").stream().anyMatch(f -> f.message().contains("'healthcheck'")));
    }

    @Test
    void unknownDependsOnTargetIsReportedAndSkipped() {
        String text = "services:\n  web:\n    image: nginx\n    depends_on: [api]\n";
        ImportResult r = new ComposeReader().read(text, "c.yaml");
        assertEquals(0, r.graph().dependencyCount());
        assertEquals(4, r.report().withCode("unresolved-ref").get(0).location().line());
    }

    @Test
    void aliasBombIsRefusedWhereItsExpansionPassesTheBound() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new ComposeReader().read(TestFiles.text("compose/alias-bomb.yaml"), "alias-bomb.yaml"));
        assertEquals(7, e.line(), "the level that passes 100,000 values");
        assertTrue(e.getMessage().contains("expand to more than"), e.getMessage());
    }

    @Test
    void anAliasToNoAnchorIsRefused() {
        String text = "services:\n  web:\n    image: nginx\n  api:\n    image: *web\n";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new ComposeReader().read(text, "c.yaml"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("alias *web"), e.getMessage());
    }

    @Test
    void anchorsAndMergeKeysAreExpandedAsComposeDoes() {
        ImportResult r = new ComposeReader().read(TestFiles.text("compose/anchors-compose.yaml"), "anchors-compose.yaml");
        ServiceGraph a = r.graph();
        assertEquals(java.util.Set.of("postgres", "redis", "catalog", "orders", "web"),
                a.components().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()),
                "x- extension fields are not services");
        assertTrue(a.dependency("catalog", "postgres").isPresent(), "depends_on merged from x-needs-data");
        assertTrue(a.dependency("catalog", "redis").isPresent());
        assertTrue(a.dependency("orders", "catalog").isPresent(), "the service's own depends_on");
        assertTrue(a.dependency("orders", "redis").isEmpty(), "its own depends_on wins over the merged one");
        assertTrue(a.dependency("web", "orders").isPresent());
        assertEquals(dev.stagecraft.model.ComponentKind.DATABASE, a.requireComponent("postgres").kind());
        assertEquals(dev.stagecraft.model.ComponentKind.CACHE, a.requireComponent("redis").kind());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnread() {
        String text = "services:\n" + "  web:\n    image: nginx\n".repeat(1);
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new ComposeReader(10).read(text, "c.yaml"));
        assertTrue(e.getMessage().startsWith("c.yaml: the file is larger than the limit"), e.getMessage());
    }

    @Test
    void wrongShapeNamesLineAndColumn() {
        String text = "services:\n  web:\n    image: nginx\n    depends_on: api\n";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new ComposeReader().read(text, "c.yaml"));
        assertEquals("c.yaml", e.file());
        assertEquals(4, e.line());
        assertEquals(17, e.column());
    }

    @Test
    void fileWithoutServicesIsNotCompose() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new ComposeReader().read("version: '2'\nweb:\n  image: nginx\n", "c.yaml"));
        assertTrue(e.getMessage().contains("no 'services:'"), e.getMessage());
    }

    @Test
    void syntaxErrorNamesThePlace() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new ComposeReader().read("services:\n  web: [a, b\n  api: {}\n", "c.yaml"));
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }
}
