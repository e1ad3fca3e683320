package dev.stagecraft.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagecraft.model.ChangeGroup;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditCommandsTest {

    static ServiceGraph sample() {
        ServiceGraph g = new ServiceGraph();
        for (String id : List.of("web", "checkout", "auth", "db", "queue")) {
            g.addComponent(Component.of(id, id.equals("db") ? ComponentKind.DATABASE : ComponentKind.SERVICE)
                    .withPosition(new Position(id.length() * 10, 0)));
        }
        g.addDependency(Dependency.of("web", "checkout"));
        g.addDependency(Dependency.of("checkout", "auth"));
        g.addDependency(Dependency.of("checkout", "db"));
        g.addDependency(Dependency.of("checkout", "queue", DependencyKind.ASYNC, Strength.SOFT));
        g.addDependency(Dependency.of("auth", "db"));
        g.addGroup(ChangeGroup.of("core", List.of("checkout", "auth")));
        g.addGroup(ChangeGroup.of("data", List.of("db")));
        return g;
    }

    @Test
    void removingAComponentTakesItsDependenciesAndMembershipsAndUndoRestoresTheOrder() {
        ServiceGraph g = sample();
        ServiceGraph original = g.copy();
        History h = new History();
        h.execute(new RemoveElements(g, List.of("db"), List.of(), List.of()));
        assertFalse(g.contains("db"));
        assertEquals(3, g.dependencyCount());
        assertTrue(g.group("data").isEmpty());
        h.undo();
        assertTrue(g.sameContentAs(original));
        assertEquals(List.of("web", "checkout", "auth", "db", "queue"), g.components().stream().map(Component::id).toList());
    }

    @Test
    void connectRefusesDuplicatesAndSaysWhy() {
        ServiceGraph g = sample();
        Connect dup = new Connect(g, "web", "checkout");
        assertFalse(dup.isExecutable());
        assertEquals("web already depends on checkout", dup.refusal().orElseThrow());
        Connect fresh = new Connect(g, "web", "auth");
        assertTrue(fresh.isExecutable());
        fresh.apply();
        assertTrue(g.dependency("web", "auth").orElseThrow().isHard());
    }

    @Test
    void renameRepointsDependenciesAndGroupsAndRefusesBadIds() {
        ServiceGraph g = sample();
        EditComponent rename = new EditComponent(g, "auth", g.requireComponent("auth").withId("identity"));
        rename.apply();
        assertTrue(g.dependency("checkout", "identity").isPresent());
        assertEquals(List.of("checkout", "identity"), g.group("core").orElseThrow().members());
        assertFalse(new EditComponent(g, "web", g.requireComponent("web").withId("Bad Id")).isExecutable());
        assertFalse(new EditComponent(g, "web", g.requireComponent("web").withId("db")).isExecutable());
        assertFalse(new EditComponent(g, "web", g.requireComponent("web")).isExecutable());
    }

    @Test
    void pasteGivesFreshIdsAndOffsetPositions() {
        ServiceGraph g = sample();
        ServiceGraph fragment = new ServiceGraph();
        fragment.addComponent(g.requireComponent("auth"));
        fragment.addComponent(g.requireComponent("db"));
        fragment.addDependency(Dependency.of("auth", "db"));
        PasteElements paste = new PasteElements(g, fragment, 20, 20);
        paste.apply();
        assertEquals(List.of("auth-copy", "db-copy"), paste.pastedIds());
        assertTrue(g.dependency("auth-copy", "db-copy").isPresent());
        assertEquals(new Position(60, 20), g.requireComponent("auth-copy").position());
        PasteElements again = new PasteElements(g, fragment, 20, 20);
        assertEquals(List.of("auth-copy-2", "db-copy-2"), again.pastedIds());
    }

    @Test
    void randomCommandSequencesUndoToTheOriginalAndRedoToTheEnd() {
        for (int seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            ServiceGraph g = sample();
            ServiceGraph original = g.copy();
            History h = new History();
            int steps = 1 + rnd.nextInt(12);
            for (int i = 0; i < steps; i++) {
                h.execute(randomCommand(g, rnd, i));
            }
            ServiceGraph end = g.copy();
            while (h.canUndoProperty().get()) {
                h.undo();
            }
            assertTrue(g.sameContentAs(original), "undo-all, seed " + seed);
            while (h.canRedoProperty().get()) {
                h.redo();
            }
            assertTrue(g.sameContentAs(end), "redo-all, seed " + seed);
        }
    }

    private static EditCommand randomCommand(ServiceGraph g, Random rnd, int step) {
        List<String> ids = new ArrayList<>(g.components().stream().map(Component::id).toList());
        if (ids.size() < 2) {
            return new AddComponent(g, Component.of("n" + step, ComponentKind.SERVICE));
        }
        String a = ids.get(rnd.nextInt(ids.size()));
        String b = ids.get(rnd.nextInt(ids.size()));
        return switch (rnd.nextInt(9)) {
            case 0 -> new AddComponent(g, Component.of("n" + step, ComponentKind.QUEUE));
            case 1 -> new RemoveElements(g, List.of(a), List.of(), rnd.nextBoolean() ? List.of("core") : List.of());
            case 2 -> new Connect(g, a, b);
            case 3 -> new EditComponent(g, a, g.requireComponent(a).withId(a + "x").withTier(rnd.nextInt(4)));
            case 4 -> g.dependencies().isEmpty() ? new SetChanging(g, List.of(a), true)
                    : new EditDependency(g, g.dependencies().iterator().next().withStrength(Strength.SOFT));
            case 5 -> new CreateGroup(g, new java.util.LinkedHashSet<>(List.of(a, b)));
            case 6 -> new SetChanging(g, List.of(a, b), rnd.nextBoolean());
            case 7 -> {
                ServiceGraph fragment = new ServiceGraph();
                fragment.addComponent(g.requireComponent(a));
                yield new PasteElements(g, fragment, 10, 10);
            }
            default -> g.groups().isEmpty() ? new MoveComponents(g, Map.of(a, new Position(1, 2)))
                    : new EditGroup(g, g.groups().iterator().next().id(),
                            g.groups().iterator().next().withMembers(List.of(a)));
        };
    }
}
