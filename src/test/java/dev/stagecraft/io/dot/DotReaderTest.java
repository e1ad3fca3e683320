package dev.stagecraft.io.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import org.junit.jupiter.api.Test;

class DotReaderTest {
    @Test
    void terraformGraphBecomesResourcesWithGuessedKinds() {
        ImportResult r = new DotReader().read(TestFiles.text("dot/terraform-graph.dot"), "terraform-graph.dot");
        ServiceGraph g = r.graph();
        assertEquals(10, g.componentCount(), "var.region is bookkeeping, not a component");
        assertEquals(ComponentKind.DATABASE, g.requireComponent("aws_db_instance.orders").kind());
        assertEquals(ComponentKind.QUEUE, g.requireComponent("aws_sqs_queue.order_events").kind());
        assertEquals(ComponentKind.CACHE, g.requireComponent("aws_elasticache_cluster.sessions").kind());
        assertEquals(ComponentKind.GATEWAY, g.requireComponent("aws_lb.public").kind());
        assertEquals(ComponentKind.EXTERNAL, g.requireComponent("provider-registry.terraform.io-hashicorp-aws").kind());
        assertTrue(g.dependency("aws_ecs_service.orders", "aws_db_instance.orders").isPresent());
        assertFalse(g.components().stream().anyMatch(c -> c.id().contains("root") || c.id().contains("close")));
        assertTrue(r.report().withCode("skipped").stream().anyMatch(f -> f.message().contains("4 Terraform")));
        assertEquals(7, r.report().withCode("guessed-kind").size());
    }

    @Test
    void attributesAreMappedOntoComponentsAndDependencies() {
        String dot = "digraph shop {\n  auth [label=\"Auth Service\", kind=service, team=identity, tier=0, changing=true];\n"
                + "  db [kind=database, group=\"auth-upgrade\"];\n  auth -> db [kind=data, strength=soft, color=red];\n}\n";
        ImportResult r = new DotReader().read(dot, "x.dot");
        ServiceGraph g = r.graph();
        assertEquals("shop", g.metadata().name());
        assertEquals("Auth Service", g.requireComponent("auth").name());
        assertEquals(0, g.requireComponent("auth").tier());
        assertTrue(g.requireComponent("auth").changing());
        assertEquals(Strength.SOFT, g.dependency("auth", "db").orElseThrow().strength());
        assertTrue(g.group("auth-upgrade").isPresent());
        assertTrue(r.report().entries().stream().anyMatch(f -> f.message().contains("edge color (1)")));
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new DotReader().read("digraph {\n  a -> ;\n}\n", "bad.dot"));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().startsWith("bad.dot:2:8: not valid DOT"), e.getMessage());
    }

    @Test
    void unclosedStringIsFoundWhereItOpens() {
        GraphFormatException e = assertThrows(GraphFormatException.class,
                () -> new DotReader().read("digraph {\n  a -> b\n  c [label=\"open]\n}\n", "bad.dot"));
        assertEquals(3, e.line());
        assertEquals(12, e.column());
    }

    @Test
    void nodesWithOneLabelGetDistinctIdsAndEachRenameIsReportedAtItsNode() {
        ImportResult r = new DotReader().read(TestFiles.text("dot/repeated-labels.dot"), "repeated-labels.dot");
        ServiceGraph g = r.graph();
        assertEquals(ComponentKind.DATABASE, g.requireComponent("instance").kind(), "a valid node name keeps its id");
        assertEquals("instance", g.requireComponent("instance-2").name());
        assertEquals("instance", g.requireComponent("instance-3").name());
        assertTrue(g.dependency("lb", "instance-2").isPresent());
        assertTrue(g.dependency("lb-2", "instance-3").isPresent());
        assertTrue(g.dependency("instance-2", "instance").isPresent());
        var renames = r.report().withCode("renamed-id").stream().filter(f -> f.location() != null).toList();
        assertEquals("repeated-labels.dot:3:3", renames.get(0).location().toString());
        assertTrue(renames.get(0).message().contains("'instance-2'") && renames.get(0).message().contains("line 5, column 3"),
                renames.get(0).message());
        assertEquals("repeated-labels.dot:4:3", renames.get(1).location().toString());
        assertEquals("repeated-labels.dot:7:3", renames.get(2).location().toString(), "the second lb");
    }

    @Test
    void groupNamesThatMakeOneIdBecomeTwoGroupsAndTheRenameIsReported() {
        ImportResult r = new DotReader().read(TestFiles.text("dot/repeated-labels.dot"), "repeated-labels.dot");
        assertEquals(java.util.List.of("lb"), r.graph().group("web-tier").orElseThrow().members());
        assertEquals(java.util.List.of("lb-2"), r.graph().group("web-tier-2").orElseThrow().members());
        assertTrue(r.report().withCode("renamed-id").stream().anyMatch(f -> f.message().startsWith("group 'web-tier'")
                && f.location().toString().equals("repeated-labels.dot:7:3")));
    }

    @Test
    void terraformModulesKeepEveryResourceToResourceDependency() {
        ImportResult r = new DotReader().read(TestFiles.text("dot/terraform-modules-0.15.dot"), "terraform-modules-0.15.dot");
        ServiceGraph g = r.graph();
        assertEquals(java.util.Set.of("aws_eip.web", "aws_instance.web", "module.network.aws_subnet.public",
                "module.network.aws_vpc.main", "module.db.aws_db_instance.main", "provider-registry.terraform.io-hashicorp-aws"),
                g.components().stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()),
                "no variable, local, output or module call is a component");
        assertTrue(g.dependency("aws_eip.web", "aws_instance.web").isPresent(), "the eip waits for its instance");
        assertTrue(g.dependency("aws_instance.web", "module.network.aws_subnet.public").isPresent(), "through an output");
        assertTrue(g.dependency("aws_instance.web", "module.db.aws_db_instance.main").isPresent());
        assertTrue(g.dependency("module.db.aws_db_instance.main", "module.network.aws_subnet.public").isPresent(),
                "from one module into another, through the output");
        assertTrue(g.dependency("module.network.aws_subnet.public", "module.network.aws_vpc.main").isPresent());
        assertEquals(ComponentKind.DATABASE, g.requireComponent("module.db.aws_db_instance.main").kind(),
                "kinds from the type inside the module");
        assertEquals(1, r.report().withCode("joined").size());
    }

    @Test
    void terraformOneSevenOutputWithoutRootGetsKindsAndModules() {
        ImportResult r = new DotReader().read(TestFiles.text("dot/terraform-modules-1.7.dot"), "terraform-modules-1.7.dot");
        ServiceGraph g = r.graph();
        assertEquals(6, g.componentCount());
        assertEquals(ComponentKind.GATEWAY, g.requireComponent("aws_lb.front").kind());
        assertEquals(ComponentKind.DATABASE, g.requireComponent("azurerm_mssql_database.reports").kind());
        assertEquals(ComponentKind.SERVICE, g.requireComponent("aws_instance.web").kind());
        assertTrue(g.dependency("aws_instance.web", "module.network.aws_subnet.public").isPresent());
    }
}
