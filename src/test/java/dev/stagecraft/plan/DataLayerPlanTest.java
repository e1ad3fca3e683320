package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.analysis.Validator;
import dev.stagecraft.io.TestFiles;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.Migration;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.ServiceGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data-layer steps, computed by hand. orders-db: expand add-column (20 min), backfill copy-rows (6,000 rows at 100 a
 * minute: 60 min), contract drop-column (10 min); readers checkout (30 min) and reports (200 min), which the file does
 * not connect to the migrations. The rules: the readers and the backfill after the expand (20); the contract after
 * both readers, the backfill and the expand: it waits for the late reader, reports, until 220, and ends at 230.
 * Without the rules the contract would have started at 0, beside the expand.
 */
class DataLayerPlanTest {
    private static ServiceGraph graph() {
        return NativeGraphReader.read(TestFiles.text("governance/data-layer.yaml"), "data-layer.yaml").graph();
    }

    private static PlanStep step(RolloutPlan plan, String id) {
        return plan.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aContractWaitsForEveryReaderAndTheReadersForTheExpand() {
        RolloutPlan plan = new PlanBuilder(graph(), PlanOptions.defaults()).build();
        assertEquals(List.of(0, 20), List.of(step(plan, "add-column").startMinute(), step(plan, "add-column").endMinute()));
        assertEquals(List.of(20, 80), List.of(step(plan, "copy-rows").startMinute(), step(plan, "copy-rows").endMinute()));
        assertEquals(List.of(20, 50), List.of(step(plan, "checkout").startMinute(), step(plan, "checkout").endMinute()));
        assertEquals(List.of(20, 220), List.of(step(plan, "reports").startMinute(), step(plan, "reports").endMinute()));
        assertEquals(List.of(220, 230), List.of(step(plan, "drop-column").startMinute(),
                step(plan, "drop-column").endMinute()), "the late reader holds the contract back");
        assertEquals(List.of("add-column", "checkout", "copy-rows", "reports"),
                step(plan, "drop-column").after().stream().sorted().toList());
        assertEquals(List.of("add-column"), step(plan, "reports").after());
        assertEquals(230, plan.summary().estimatedMinutes());
    }

    @Test
    void aFailedContractCannotBeRolledBackAndTheRunSaysSo() {
        ServiceGraph g = graph();
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        var sim = new dev.stagecraft.simulation.SimulationPlan(g, plan, PlanOptions.UNLIMITED);
        var contract = new dev.stagecraft.simulation.Simulator(sim, new dev.stagecraft.simulation.Scenario(
                List.of(new dev.stagecraft.simulation.Injection.AtStage("drop-column", 1)), List.of(),
                dev.stagecraft.simulation.OnFailure.HALT, 5)).run();
        assertTrue(contract.unrecoverable(), "the contract's gate failed: there is no old shape to go back to");
        assertEquals(List.of(), contract.rolledBackIds(), "nothing rolled back");
        var reader = new dev.stagecraft.simulation.Simulator(sim, new dev.stagecraft.simulation.Scenario(
                List.of(new dev.stagecraft.simulation.Injection.AtStage("reports", 1)), List.of(),
                dev.stagecraft.simulation.OnFailure.ROLLBACK_ALL, 5)).run();
        assertTrue(!reader.unrecoverable(), "before the contract every step rolls back");
        assertTrue(sim.irreversible(sim.stepIndex("drop-column")) && !sim.irreversible(sim.stepIndex("reports")));
    }

    @Test
    void aBackfillsDurationComesFromItsRowsAndRate() {
        var copy = graph().requireComponent("copy-rows");
        assertEquals(60, RolloutDefaults.effective(copy).durationMinutes());
        assertEquals(Migration.Phase.BACKFILL, Migration.of(copy).orElseThrow().phase());
    }

    @Test
    void validationWarnsOfANonIdempotentBackfillAndRefusesAnUnreadableMigration() {
        ServiceGraph g = graph();
        assertTrue(Validator.validate(g).stream().anyMatch(f -> f.code().equals("backfill-not-idempotent")
                && f.subjects().equals(List.of("copy-rows"))));
        var c = g.requireComponent("checkout");
        g.replaceComponent("checkout", new dev.stagecraft.model.Component(c.id(), c.name(), c.kind(), c.team(),
                c.system(), c.tier(), c.changing(), c.rollout(), c.position(), java.util.Map.of(Migration.KEY,
                java.util.Map.of("store", "nowhere", "phase", "expand"))));
        assertTrue(Validator.validate(g).stream().anyMatch(f -> f.code().equals("migration-invalid")
                && f.subjects().equals(List.of("checkout"))));
    }

    @Test
    void aReaderThatDependsOnTheContractIsNamed() {
        ServiceGraph g = graph();
        g.addDependency(dev.stagecraft.model.Dependency.of("checkout", "drop-column"));
        assertTrue(Validator.validate(g).stream().anyMatch(f -> f.code().equals("reader-depends-on-contract")
                && f.subjects().equals(List.of("checkout", "drop-column"))), Validator.validate(g).toString());
    }

    @Test
    void theMigrationIsKeptOnSaveAndNotReportedAsUnknown() {
        var loaded = NativeGraphReader.read(TestFiles.text("governance/data-layer.yaml"), "data-layer.yaml");
        assertTrue(loaded.findings().stream().noneMatch(f -> f.code().equals("unknown-key")), loaded.findings().toString());
        String saved = NativeGraphWriter.write(loaded.graph(), null);
        ServiceGraph again = NativeGraphReader.read(saved, "again.yaml").graph();
        assertEquals(Migration.of(loaded.graph().requireComponent("copy-rows")),
                Migration.of(again.requireComponent("copy-rows")));
        assertEquals(saved, NativeGraphWriter.write(again, null));
    }

    /**
     * The platform-migration sample as shipped: the expand runs before every changing reader and writer of users-db,
     * the backfill after the expand, and the contract starts only when the last of them has finished its rollout and
     * bake (the jwt-cutover group, which ends well after the backfill: the late reader the contract waits for) and
     * its sign-off.
     */
    @Test
    void onTheSampleTheContractWaitsForItsLateReader() throws Exception {
        ServiceGraph g = NativeGraphReader.read(java.nio.file.Files.readString(
                java.nio.file.Path.of("sample-graphs/platform-migration.yaml")), "platform-migration.yaml").graph();
        RolloutPlan plan = new PlanBuilder(g, PlanOptions.defaults()).build();
        java.util.function.Function<String, PlanStep> stepOf = id -> plan.steps().stream()
                .filter(s -> s.components().contains(id)).findFirst().orElseThrow();
        PlanStep expand = stepOf.apply("users-db-schema-expand");
        PlanStep backfill = stepOf.apply("users-db-backfill");
        PlanStep contract = stepOf.apply("users-db-schema-contract");
        assertTrue(backfill.startMinute() >= expand.endMinute(), "backfill after expand");
        int lastReader = 0;
        String late = null;
        for (var d : g.dependentsOf("users-db")) {
            String reader = d.from();
            boolean migration = dev.stagecraft.model.Migration.of(g.requireComponent(reader)).isPresent();
            if (migration || !g.requireComponent(reader).changing()) {
                continue;
            }
            PlanStep s = stepOf.apply(reader);
            assertTrue(s.startMinute() >= expand.endMinute(), reader + " starts after the expand");
            if (s.endMinute() > lastReader) {
                lastReader = s.endMinute();
                late = s.id();
            }
        }
        assertEquals("jwt-cutover", late);
        assertTrue(lastReader > backfill.endMinute(), "the reader is late: it ends after the backfill");
        // ready when its last reader has finished, then its sign-off (tier0-cab: 30 minutes)
        assertEquals(30, StepApproval.waitOf(contract.approvals()));
        assertEquals(lastReader + 30, contract.startMinute(), "the contract starts after its last reader and sign-off");
    }
}
