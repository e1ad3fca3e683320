package dev.stagecraft.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Gate;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private final DocumentViewModel document = new DocumentViewModel();
    private Selection selection;
    private InspectorViewModel inspector;
    private ServiceGraph graph;

    @BeforeEach
    void setUp() {
        graph = new ServiceGraph();
        graph.addComponent(Component.of("auth", ComponentKind.SERVICE));
        graph.addComponent(Component.of("db", ComponentKind.DATABASE));
        graph.addDependency(Dependency.of("auth", "db"));
        graph.addGroup(ChangeGroup.of("core", List.of("auth")));
        document.setDocument(graph, null, List.of(), null);
        AnalysisViewModel analysis = new AnalysisViewModel(document, new FixedWidthMeasurer(),
                Runnable::run);
        selection = analysis.selection();
        inspector = new InspectorViewModel(document, selection);
    }

    private boolean set(String key, String text) {
        inspector.field(key).textProperty().set(text);
        return inspector.commit(inspector.field(key));
    }

    @Test
    void showsTheSelectedComponentsFields() {
        selection.selectComponents(List.of("db"));
        assertEquals(InspectorViewModel.Target.COMPONENT, inspector.targetProperty().get());
        assertEquals("db", inspector.field("id").textProperty().get());
        assertEquals("database", inspector.field("kind").textProperty().get());
        assertEquals("", inspector.field("tier").textProperty().get());
    }

    @Test
    void withNothingSelectedTheGraphsNameAndDescriptionAreEditableAndUndoable() {
        selection.clear();
        assertEquals(InspectorViewModel.Target.GRAPH, inspector.targetProperty().get());
        assertTrue(set("name", "payments"));
        assertTrue(set("description", "Payments platform\nowned by team pay"));
        assertEquals("payments", graph.metadata().name());
        assertEquals("Payments platform\nowned by team pay", graph.metadata().description());
        document.history().undo();
        assertEquals(null, graph.metadata().description());
        document.history().undo();
        assertEquals(null, graph.metadata().name());
        assertEquals("", inspector.field("name").textProperty().get());
        selection.selectComponents(List.of("auth", "db"));
        assertEquals(InspectorViewModel.Target.COMPONENTS, inspector.targetProperty().get());
    }

    @Test
    void severalSelectedComponentsAreSummarisedAndMarkedChangingInOneUndoableStep() {
        graph.addComponent(Component.of("billing", ComponentKind.SERVICE).withChanging(true));
        selection.selectComponents(List.of("auth", "db", "billing"));
        assertEquals(InspectorViewModel.Target.COMPONENTS, inspector.targetProperty().get());
        assertEquals("3 components selected", inspector.titleProperty().get());
        assertEquals(List.of("auth", "db", "billing"), inspector.selectedComponents());
        assertEquals("2 services, 1 database \u00b7 1 of 3 changing", inspector.selectionSummary());
        assertTrue(inspector.setSelectedChanging(true));
        assertTrue(graph.requireComponent("auth").changing() && graph.requireComponent("db").changing());
        assertEquals("2 services, 1 database \u00b7 3 of 3 changing", inspector.selectionSummary());
        assertFalse(inspector.setSelectedChanging(true), "nothing left to mark");
        document.history().undo();
        assertFalse(graph.requireComponent("auth").changing() || graph.requireComponent("db").changing());
        assertTrue(graph.requireComponent("billing").changing(), "undo restores each one's own value");
        inspector.selectComponent("db");
        assertEquals(InspectorViewModel.Target.COMPONENT, inspector.targetProperty().get());
        assertEquals("libraries", InspectorViewModel.plural("library"));
        assertEquals("gateways", InspectorViewModel.plural("gateway"));
    }

    @Test
    void aValidTierIsOneUndoableCommand() {
        selection.selectComponents(List.of("auth"));
        assertTrue(set("tier", "0"));
        assertEquals(0, graph.requireComponent("auth").tier());
        document.history().undo();
        assertEquals(null, graph.requireComponent("auth").tier());
        assertEquals("", inspector.field("tier").textProperty().get());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void invalidValuesAreExplainedAndNotApplied() {
        selection.selectComponents(List.of("auth"));
        assertFalse(set("tier", "9"));
        assertEquals("tier must be in 0..3", inspector.field("tier").errorProperty().get());
        assertFalse(set("stages", "50, 10"));
        assertEquals("stages must be ascending", inspector.field("stages").errorProperty().get());
        assertFalse(set("failureProbability", "2"));
        assertFalse(set("id", "db"));
        assertEquals("A component 'db' already exists", inspector.field("id").errorProperty().get());
        assertFalse(document.canUndoProperty().get());
        inspector.field("tier").textProperty().set("1");
        assertEquals("", inspector.field("tier").errorProperty().get());
    }

    @Test
    void rolloutFieldsAreReadAndWrittenInTheirTextForms() {
        selection.selectComponents(List.of("auth"));
        assertTrue(set("stages", "1, 10, 100"));
        assertTrue(set("gates", "error_rate <= 0.01; p99_ms <= 250"));
        assertTrue(set("rollback", "helm rollback auth\nnotify oncall"));
        var r = graph.requireComponent("auth").rollout();
        assertEquals(List.of(1, 10, 100), r.stages());
        assertEquals(List.of(new Gate("error_rate", 0.01), new Gate("p99_ms", 250)), r.gates());
        assertEquals(List.of("helm rollback auth", "notify oncall"), r.rollback());
        assertEquals("error_rate <= 0.01\np99_ms <= 250", inspector.field("gates").textProperty().get());
    }

    @Test
    void aMigrationIsOneUndoableLineAndItsRuleIsSaid() {
        graph.addComponent(Component.of("db-backfill", ComponentKind.JOB));
        selection.selectComponents(List.of("db-backfill"));
        assertTrue(set("migration", "db backfill, 4000000 rows at 50000/min, not idempotent"));
        var m = dev.stagecraft.model.Migration.of(graph.requireComponent("db-backfill")).orElseThrow();
        assertEquals(new dev.stagecraft.model.Migration("db", dev.stagecraft.model.Migration.Phase.BACKFILL,
                4_000_000L, 50_000L, false), m);
        assertEquals("db backfill, 4000000 rows at 50000/min, not idempotent",
                inspector.field("migration").textProperty().get());
        assertEquals(List.of("Data-layer step (backfill of db):", "  after the expand; 80 min (rows / rows per minute);"
                + " not idempotent: a re-run after a failure duplicates rows"), inspector.calendarLines());
        assertFalse(set("migration", "db drop"));
        assertTrue(inspector.field("migration").errorProperty().get().contains("phases: expand, shadow-writes"),
                inspector.field("migration").errorProperty().get());
        assertTrue(set("migration", "db contract"));
        assertTrue(inspector.calendarLines().get(1).contains("cannot be rolled back"), inspector.calendarLines().toString());
        document.history().undo();
        document.history().undo();
        assertEquals(java.util.Optional.empty(), dev.stagecraft.model.Migration.of(graph.requireComponent("db-backfill")));
        assertEquals(List.of(), inspector.calendarLines());
    }

    @Test
    void renamingThroughTheIdFieldKeepsTheComponentSelected() {
        selection.selectComponents(List.of("auth"));
        assertTrue(set("id", "identity"));
        assertEquals(List.of("identity"), selection.components());
        assertEquals("identity", inspector.field("id").textProperty().get());
        assertTrue(graph.dependency("identity", "db").isPresent());
    }

    @Test
    void editsDependenciesAndGroups() {
        selection.selectDependency(new Dependency.Key("auth", "db"));
        assertEquals(InspectorViewModel.Target.DEPENDENCY, inspector.targetProperty().get());
        assertEquals("Dependency auth \u2192 db", inspector.titleProperty().get());
        assertTrue(set("strength", "soft"));
        assertEquals(Strength.SOFT, graph.dependency("auth", "db").orElseThrow().strength());
        selection.selectGroup("core");
        assertTrue(set("members", "auth, db"));
        assertEquals(List.of("auth", "db"), graph.group("core").orElseThrow().members());
        assertFalse(set("members", "auth, nope"));
        assertEquals("No component 'nope'", inspector.field("members").errorProperty().get());
    }
}
