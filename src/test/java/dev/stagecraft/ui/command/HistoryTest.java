package dev.stagecraft.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final ServiceGraph graph = graph();
    private final History history = new History();

    private static ServiceGraph graph() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("a", ComponentKind.SERVICE).withPosition(new Position(0, 0)));
        g.addComponent(Component.of("b", ComponentKind.SERVICE));
        return g;
    }

    private Position positionOf(String id) {
        return graph.requireComponent(id).position();
    }

    @Test
    void undoAndRedoOfAMoveRestoreTheExactModel() {
        ServiceGraph before = graph.copy();
        history.execute(new MoveComponents(graph, Map.of("a", new Position(10, 20), "b", new Position(5, 5))));
        ServiceGraph after = graph.copy();
        history.undo();
        assertTrue(graph.sameContentAs(before));
        history.redo();
        assertTrue(graph.sameContentAs(after));
        assertEquals(new Position(10, 20), positionOf("a"));
    }

    @Test
    void aMoveIsOneModelEvent() {
        int[] events = {0};
        graph.addListener((g, change) -> events[0]++);
        history.execute(new MoveComponents(graph, Map.of("a", new Position(1, 1), "b", new Position(2, 2))));
        assertEquals(1, events[0]);
    }

    @Test
    void aMoveToTheSamePlaceIsNotRecorded() {
        history.execute(new MoveComponents(graph, Map.of("a", new Position(0, 0))));
        assertFalse(history.canUndoProperty().get());
        assertFalse(history.dirtyProperty().get());
    }

    @Test
    void dirtyIsTheUndoBalanceAgainstTheSavedPoint() {
        history.execute(new MoveComponents(graph, Map.of("a", new Position(1, 1))));
        assertTrue(history.dirtyProperty().get());
        history.markSaved();
        assertFalse(history.dirtyProperty().get());
        history.execute(new MoveComponents(graph, Map.of("a", new Position(2, 2))));
        assertTrue(history.dirtyProperty().get());
        history.undo();
        assertFalse(history.dirtyProperty().get(), "back at the saved state");
        history.undo();
        assertTrue(history.dirtyProperty().get(), "before the saved state");
        history.execute(new MoveComponents(graph, Map.of("a", new Position(3, 3))));
        history.undo();
        assertTrue(history.dirtyProperty().get(), "the saved state was on the discarded redo branch");
    }

    @Test
    void anEditInsideAnEditFailsLoudly() {
        EditCommand nested = new EditCommand() {
            @Override
            public String description() {
                return "nested";
            }

            @Override
            public boolean isExecutable() {
                return true;
            }

            @Override
            public void apply() {
                history.execute(new MoveComponents(graph, Map.of("a", new Position(9, 9))));
            }

            @Override
            public void revert() {
            }
        };
        assertThrows(IllegalStateException.class, () -> history.execute(nested));
    }
}
