package dev.stagecraft.io.backstage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackstageReaderTest {
    private final ImportResult catalog = new BackstageReader().read(TestFiles.text("backstage/catalog-info.yaml"),
            "catalog-info.yaml");
    private final ServiceGraph g = catalog.graph();

    @Test
    void componentsAndResourcesBecomeComponentsWithKindsFromTheirType() {
        assertEquals(ComponentKind.SERVICE, g.requireComponent("checkout-service").kind());
        assertEquals(ComponentKind.LIBRARY, g.requireComponent("payments-sdk").kind());
        assertEquals(ComponentKind.DATABASE, g.requireComponent("checkout-db").kind());
        assertEquals(ComponentKind.CACHE, g.requireComponent("cart-cache").kind());
        assertEquals(ComponentKind.QUEUE, g.requireComponent("payment-events").kind());
        assertEquals("Checkout Web", g.requireComponent("checkout-web").name());
    }

    @Test
    void ownerBecomesTeamWhateverTheRefSpelling() {
        assertEquals("team-checkout", g.requireComponent("checkout-service").team());
        assertEquals("team-checkout", g.requireComponent("checkout-web").team());
        assertEquals("jdoe", g.requireComponent("ledger-writer").team());
    }

    @Test
    void dependsOnAndDependencyOfBecomeDependencies() {
        assertTrue(g.dependency("checkout-service", "checkout-db").isPresent());
        assertTrue(g.dependency("checkout-service", "cart-service").isPresent());
        assertTrue(g.dependency("payments-service", "ledger-writer").isPresent(), "ledger-writer dependencyOf payments-service");
    }

    @Test
    void consumerDependsOnTheProviderOfTheApi() {
        assertTrue(g.dependency("checkout-web", "checkout-service").isPresent());
        assertTrue(g.dependency("checkout-service", "payments-service").isPresent());
    }

    @Test
    void apiWithoutProviderBecomesAnExternalComponent() {
        assertEquals(ComponentKind.EXTERNAL, g.requireComponent("psp-api").kind());
        assertTrue(g.dependency("payments-service", "psp-api").isPresent());
    }

    @Test
    void systemsAreSystemsOfTheMapNotChangeGroups() {
        assertEquals(List.of("checkout-web", "checkout-service", "cart-service", "checkout-db", "cart-cache"),
                g.components().stream().filter(c -> "checkout".equals(c.system())).map(c -> c.id()).toList());
        assertEquals(6, g.components().stream().filter(c -> "payments".equals(c.system())).count());
        assertEquals(0, g.groups().size(), "a system's members roll out one by one in their dependency order");
        assertTrue(dev.stagecraft.analysis.Validator.validate(g).stream()
                .noneMatch(f -> f.severity() == dev.stagecraft.model.Severity.ERROR), "the import passes validate");
    }

    @Test
    void unresolvedRefsAreReportedWithTheirPlace() {
        var unresolved = catalog.report().withCode("unresolved-ref");
        assertEquals(3, unresolved.size());
        assertTrue(unresolved.stream().anyMatch(f -> f.message().contains("component:default/audit-log")));
        assertTrue(unresolved.stream().anyMatch(f -> f.message().contains("api:default/pricing-api")));
        assertTrue(unresolved.stream().allMatch(f -> f.location() != null && f.location().line() > 0));
    }

    @Test
    void aLocationReadAsTextAloneIsReportedNotFollowed() {
        assertTrue(catalog.report().withCode("location-not-followed").stream()
                .anyMatch(f -> f.message().contains("./more/catalog-info.yaml")));
    }

    @Test
    void locationsAreFollowedRelativeToTheFileThatNamesThemWithGlobsAndEachTargetReported() {
        ImportResult r = dev.stagecraft.io.GraphFormats.read(
                java.nio.file.Path.of("src/test/resources/backstage/locations/catalog-info.yaml"), null);
        ServiceGraph lg = r.graph();
        assertEquals(List.of("orders", "web", "orders-db", "sessions"), lg.components().stream().map(c -> c.id()).toList());
        assertTrue(lg.dependency("web", "orders").isPresent());
        assertTrue(lg.dependency("web", "sessions").isPresent());
        assertTrue(lg.dependency("orders", "orders-db").isPresent());
        assertEquals("storefront", lg.requireComponent("web").system());
        var followed = r.report().withCode("location-followed");
        assertEquals(3, followed.size(), followed.toString());
        var notFollowed = r.report().withCode("location-not-followed");
        assertEquals(2, notFollowed.size(), "the URL and the missing file: " + notFollowed);
        assertTrue(notFollowed.stream().anyMatch(f -> f.message().contains("https://github.com/acme")));
        assertTrue(notFollowed.stream().allMatch(f -> f.location() != null && f.location().line() > 0));
    }

    @Test
    void entityWithoutNameIsAnErrorAtItsPlace() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  title: x\n";
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> new BackstageReader().read(text, "c.yaml"));
        assertEquals(4, e.line());
    }

    @Test
    void anAliasToAnAnchorOfAnotherDocumentIsRefused() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: &m\n  name: a\n---\n"
                + "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: *m\n";
        assertThrows(GraphFormatException.class, () -> new BackstageReader().read(text, "c.yaml"));
    }

    @Test
    void systemsOfOneNameInTwoNamespacesAreTwoSystemsAndTheRenameIsReported() {
        ImportResult r = new BackstageReader().read(TestFiles.text("backstage/same-names.yaml"), "same-names.yaml");
        assertEquals(List.of("ledger", "ledger-2"), r.graph().components().stream()
                .filter(c -> "payments".equals(c.system())).map(c -> c.id()).toList());
        assertEquals(List.of("emea.emea-api"), r.graph().components().stream()
                .filter(c -> "emea/payments".equals(c.system())).map(c -> c.id()).toList());
        assertEquals(ComponentKind.DATABASE, r.graph().requireComponent("ledger-2").kind(), "the resource named ledger");
        var renames = r.report().withCode("renamed-id");
        assertEquals(1, renames.size(), "systems are named by namespace, not renamed: " + renames);
        assertEquals("same-names.yaml:27:1", renames.get(0).location().toString());
    }

    @Test
    void emptyAndCommentOnlyDocumentsHoldNoEntity() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\nspec:\n  type: service\n"
                + "  dependsOn: [component:b]\n---\n# only a comment\n---\napiVersion: backstage.io/v1alpha1\n"
                + "kind: Component\nmetadata:\n  name: b\nspec:\n  type: service\n---\n";
        ImportResult r = new BackstageReader().read(text, "catalog.yaml");
        assertEquals(2, r.graph().componentCount());
        assertTrue(r.graph().dependency("a", "b").isPresent());
    }

    @Test
    void consumesApisNamingAComponentAndSubcomponentsAreRead() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\nspec:\n  type: website\n"
                + "  consumesApis: ['component:search']\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\n"
                + "metadata:\n  name: search\nspec:\n  type: service\n---\napiVersion: backstage.io/v1alpha1\n"
                + "kind: Component\nmetadata:\n  name: indexer\nspec:\n  type: service\n  subcomponentOf: search\n";
        ImportResult r = new BackstageReader().read(text, "catalog.yaml");
        assertTrue(r.graph().dependency("web", "search").isPresent(), "the component named in consumesApis");
        assertTrue(r.report().entries().stream().anyMatch(f -> f.message().contains("indexer is a subcomponent of search")),
                r.report().entries().toString());
    }

    @Test
    void aNameThatIsNoValidIdIsReportedWithItsNewId() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: Web_App\nspec:\n  type: website\n";
        ImportResult r = new BackstageReader().read(text, "catalog.yaml");
        var renamed = r.report().withCode("renamed-id");
        assertEquals(1, renamed.size(), r.report().entries().toString());
        assertTrue(renamed.get(0).message().contains("'web_app'"), renamed.get(0).message());
    }
}
