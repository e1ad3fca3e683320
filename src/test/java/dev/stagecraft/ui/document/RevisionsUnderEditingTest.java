package dev.stagecraft.ui.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.synthetic.GraphGenerator;
import dev.stagecraft.ui.command.AddComponent;
import dev.stagecraft.ui.command.Connect;
import dev.stagecraft.ui.command.EditComponent;
import dev.stagecraft.ui.command.History;
import dev.stagecraft.ui.command.MoveComponents;
import dev.stagecraft.ui.command.RemoveElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A random sequence of the editor's commands, undos and redos on a document: after each, the document's latest
 * revision is that of the last change an analysis reads (moves since change no analysis), its analysis
 * answers what a fresh, unshared analysis of a copy answers, and the canvas's diagram, updated incrementally,
 * equals one built from scratch.
 */
class RevisionsUnderEditingTest {
    private static final FixedWidthMeasurer MEASURER = new FixedWidthMeasurer();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyRevisionEqualsAFreshAnalysisAndEveryDiagramAFreshOne(long seed) {
        ServiceGraph g = GraphGenerator.generate(60, 150, seed);
        List<String> first = g.components().stream().map(Component::id).limit(12).toList();
        g.addGroup(dev.stagecraft.model.ChangeGroup.of("front", first.subList(0, 6)));
        g.addGroup(dev.stagecraft.model.ChangeGroup.of("back", first.subList(6, 12)));
        DocumentViewModel document = new DocumentViewModel();
        document.setDocument(g, null, List.of(), null);
        AnalysisViewModel view = new AnalysisViewModel(document, MEASURER, Runnable::run);
        view.modeProperty().set(AnalysisMode.CRITICAL);
        long[] analysable = {g.revision()};
        g.addListener((changed, change) -> {
            if (change.affectsAnalysis()) {
                analysable[0] = changed.revision();
            }
        });
        Random r = new Random(seed);
        for (int step = 0; step < 120; step++) {
            String what = edit(document.history(), g, r, step);
            String where = "seed " + seed + ", step " + step + " (" + what + ")";
            Revision rev = document.revision();
            GraphAnalysis fresh = GraphAnalysis.of(g.copy());
            assertEquals(analysable[0], rev.number(), "the last change an analysis reads was analysed, " + where);
            assertEquals(fresh.units().count(), rev.analysis().units().count(), "units, " + where);
            assertEquals(fresh.waves().waves(), rev.analysis().waves().waves(), "waves, " + where);
            assertEquals(fresh.criticalPath().minutes(), rev.analysis().criticalPath().minutes(), "critical, " + where);
            assertArrayEquals(fresh.blastRadius().sizes(), rev.analysis().blastRadius().sizes(), "blast sizes, " + where);
            assertEquals(fresh.findings(), document.findingsProperty().get(), "findings, " + where);
            assertSameDiagram(new Diagram(g, MEASURER, new DiagramPlacement(() -> new int[g.componentCount()])),
                    view.diagramProperty().get(), where);
            assertEquals(g.componentCount(), view.highlighting().size(), "highlighting over the diagram, " + where);
        }
    }

    private static void assertSameDiagram(Diagram expected, Diagram actual, String where) {
        assertEquals(expected.size(), actual.size(), "nodes, " + where);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.id(i), actual.id(i), where);
            assertArrayEquals(expected.nameLines(i), actual.nameLines(i), where);
            assertEquals(expected.secondary(i), actual.secondary(i), where);
            assertEquals(expected.kind(i), actual.kind(i), where);
            assertEquals(expected.changing(i), actual.changing(i), where);
            assertEquals(expected.centerX(i), actual.centerX(i), where);
            assertEquals(expected.centerY(i), actual.centerY(i), where);
            assertEquals(expected.width(i), actual.width(i), where);
            assertEquals(expected.height(i), actual.height(i), where);
        }
        assertEquals(expected.edgeCount(), actual.edgeCount(), "edges, " + where);
        for (int e = 0; e < expected.edgeCount(); e++) {
            assertEquals(expected.edgeFrom(e), actual.edgeFrom(e), where);
            assertEquals(expected.edgeTo(e), actual.edgeTo(e), where);
            assertEquals(expected.edgeKind(e), actual.edgeKind(e), where);
            assertEquals(expected.edgeHard(e), actual.edgeHard(e), where);
            assertEquals(expected.edgeHasReverse(e), actual.edgeHasReverse(e), where);
        }
        assertEquals(expected.bounds(), actual.bounds(), "bounds, " + where);
        assertEquals(expected.groupCount(), actual.groupCount(), "groups, " + where);
        for (int k = 0; k < expected.groupCount(); k++) {
            assertArrayEquals(expected.groupMembers(k), actual.groupMembers(k), where);
            assertArrayEquals(expected.groupBoxOf(k), actual.groupBoxOf(k), where);
        }
    }

    private static String edit(History history, ServiceGraph g, Random r, int step) {
        List<String> ids = g.components().stream().map(Component::id).toList();
        String any = ids.get(r.nextInt(ids.size()));
        switch (r.nextInt(9)) {
            case 0 -> {
                history.execute(new AddComponent(g, Component.of("new-" + step, ComponentKind.SERVICE)
                        .withPosition(new Position(r.nextInt(2000), r.nextInt(2000)))));
                return "add";
            }
            case 1 -> {
                if (ids.size() > 10) {
                    // one component, or two at once (with the dependencies between them)
                    List<String> gone = r.nextBoolean() ? List.of(any)
                            : new ArrayList<>(new java.util.LinkedHashSet<>(List.of(any, ids.get(r.nextInt(ids.size())))));
                    history.execute(new RemoveElements(g, gone, List.of(), List.of()));
                }
                return "delete";
            }
            case 2 -> {
                String to = ids.get(r.nextInt(ids.size()));
                if (!to.equals(any) && g.dependency(any, to).isEmpty()) {
                    history.execute(new Connect(g, Dependency.of(any, to)));
                }
                return "connect";
            }
            case 3 -> {
                List<Dependency> deps = new ArrayList<>(g.dependencies());
                Dependency d = deps.get(r.nextInt(deps.size()));
                history.execute(new RemoveElements(g, List.of(), List.of(d.key()), List.of()));
                return "disconnect";
            }
            case 4 -> {
                Component c = g.requireComponent(any);
                history.execute(new EditComponent(g, any, r.nextBoolean() ? c.withTier(r.nextInt(4))
                        : c.withName(c.displayName() + " x")));
                return "property";
            }
            case 5 -> {
                if (!g.contains(any + "-r")) {
                    history.execute(new EditComponent(g, any, g.requireComponent(any).withId(any + "-r")));
                }
                return "rename";
            }
            case 6 -> {
                history.execute(new MoveComponents(g, Map.of(any, new Position(r.nextInt(3000), r.nextInt(3000)))));
                return "move";
            }
            case 7 -> {
                history.undo();
                return "undo";
            }
            default -> {
                history.redo();
                return "redo";
            }
        }
    }
}
