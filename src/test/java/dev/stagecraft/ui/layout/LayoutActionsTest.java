package dev.stagecraft.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.FixedWidthMeasurer;
import dev.stagecraft.diagram.HighlightAnalysis;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphChange;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.command.History;
import dev.stagecraft.ui.task.SameThreadExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutActionsTest {
    @Test
    void autoLayoutIsOneUndoStepThatRestoresPositionsExactly() {
        ServiceGraph g = new ServiceGraph();
        for (String id : List.of("a", "b", "c", "d")) {
            g.addComponent(Component.of(id, ComponentKind.SERVICE).withPosition(new Position(7.5, 3.25)));
        }
        g.replaceComponent("d", g.requireComponent("d").withPosition(null));
        g.addDependency(Dependency.of("a", "b"));
        g.addDependency(Dependency.of("b", "c"));
        Map<String, Position> before = positions(g);
        History history = new History();
        SameThreadExecutor executor = new SameThreadExecutor();
        List<String> problems = new ArrayList<>();
        int[] events = {0};
        List<GraphChange> changes = new ArrayList<>();
        g.addListener((e, change) -> {
            events[0]++;
            changes.add(change);
        });
        new LayoutActions(() -> g, () -> null, () -> history, () -> executor, problems::add).autoLayout();

        assertEquals(1, executor.submitted());
        assertEquals(List.of(), problems);
        assertEquals(1, events[0], "one model event for the whole layout");
        assertInstanceOf(GraphChange.Moved.class, changes.get(0), "a layout only moves components");
        assertNotEquals(before, positions(g));
        assertTrue(g.requireComponent("a").position().y() < g.requireComponent("b").position().y());
        history.undo();
        assertEquals(before, positions(g));
    }

    @Test
    void layoutNewComponentsCommitsWhereTheDiagramDrawsThemAndMovesNothingElse() {
        ServiceGraph g = new ServiceGraph();
        for (String id : List.of("gateway", "orders", "db", "new-cache", "new-audit")) {
            g.addComponent(Component.of(id, ComponentKind.SERVICE));
        }
        g.addDependency(Dependency.of("gateway", "orders"));
        g.addDependency(Dependency.of("orders", "db"));
        g.addDependency(Dependency.of("orders", "new-cache"));
        g.replaceComponent("gateway", g.requireComponent("gateway").withPosition(new Position(0, 0)));
        g.replaceComponent("orders", g.requireComponent("orders").withPosition(new Position(0, 200)));
        g.replaceComponent("db", g.requireComponent("db").withPosition(new Position(0, 400)));
        Diagram shown = new Diagram(g, new FixedWidthMeasurer(),
                new DiagramPlacement(new HighlightAnalysis(g.snapshot())::waves));
        Map<String, Position> before = positions(g);
        History history = new History();
        List<String> problems = new ArrayList<>();
        new LayoutActions(() -> g, () -> shown, () -> history, SameThreadExecutor::new, problems::add).layoutNew();

        assertEquals(List.of(), problems);
        for (Component c : g.components()) {
            int i = shown.indexOf(c.id());
            Position drawn = new Position(shown.centerX(i), shown.centerY(i));
            assertEquals(before.get(c.id()) == null ? drawn : before.get(c.id()), c.position(), c.id());
        }
        assertTrue(g.requireComponent("new-cache").position().y() > 200, "a new dependency goes below its dependent");
        history.undo();
        assertEquals(before, positions(g));
    }

    private static Map<String, Position> positions(ServiceGraph g) {
        Map<String, Position> m = new LinkedHashMap<>();
        g.components().forEach(c -> m.put(c.id(), c.position()));
        return m;
    }
}
