package dev.stagecraft.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.model.Rollout;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.Strength;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphDiffTest {
    /** web -> api -> db, each 10 minutes. */
    private static ServiceGraph chain() {
        ServiceGraph g = new ServiceGraph();
        for (String id : List.of("web", "api", "db")) {
            g.addComponent(Component.of(id, id.equals("db") ? ComponentKind.DATABASE : ComponentKind.SERVICE)
                    .withRollout(Rollout.NONE.withDurationMinutes(10).withStages(List.of(100)).withBakeMinutes(0)));
        }
        g.addDependency(Dependency.of("web", "api"));
        g.addDependency(Dependency.of("api", "db"));
        return g;
    }

    @Test
    void sameGraphGivesNoChanges() {
        assertTrue(new GraphDiff(chain(), chain()).changes().isEmpty());
    }

    @Test
    void movingAComponentIsNotARolloutChange() {
        ServiceGraph after = chain();
        after.replaceComponent("api", after.requireComponent("api").withPosition(new Position(5, 5)));
        assertTrue(new GraphDiff(chain(), after).changes().isEmpty());
    }

    @Test
    void insertingACacheMovesWavesAndGrowsBlastRadiusAndCriticalPath() {
        ServiceGraph after = chain();
        after.addComponent(Component.of("cache", ComponentKind.CACHE)
                .withRollout(Rollout.NONE.withDurationMinutes(5).withStages(List.of(100)).withBakeMinutes(0)));
        after.addDependency(Dependency.of("db", "cache"));
        GraphChanges c = new GraphDiff(chain(), after).changes();
        assertEquals(List.of("cache"), c.componentsAdded());
        assertEquals(List.of("db -> cache"), c.dependenciesAdded());
        assertEquals(3, c.wavesBefore());
        assertEquals(4, c.wavesAfter());
        assertEquals(List.of(new GraphChanges.WaveMove("api", 1, 2), new GraphChanges.WaveMove("db", 0, 1),
                new GraphChanges.WaveMove("web", 2, 3)), c.wavesMoved());
        assertTrue(c.blastRadiusChanged().isEmpty(), "nothing new depends on web, api or db");
        assertEquals(30, c.criticalPath().minutesBefore());
        assertEquals(35, c.criticalPath().minutesAfter());
        assertEquals(List.of("cache", "db", "api", "web"), c.criticalPath().pathAfter());
    }

    @Test
    void removedDependencyShrinksBlastRadius() {
        ServiceGraph after = chain();
        after.removeDependency("api", "db");
        GraphChanges c = new GraphDiff(chain(), after).changes();
        assertEquals(List.of("api -> db"), c.dependenciesRemoved());
        assertEquals(List.of(new GraphChanges.BlastRadiusChange("db", 2, 0)), c.blastRadiusChanged());
        assertTrue(GraphChangesText.render(c).contains("db: 2 -> 0 (-2)"));
    }

    @Test
    void fieldChangesAreListed() throws Exception {
        ServiceGraph after = chain();
        after.replaceComponent("db", after.requireComponent("db").withTeam("data").withChanging(true));
        after.replaceDependency(after.dependency("web", "api").orElseThrow().withStrength(Strength.SOFT));
        GraphChanges c = new GraphDiff(chain(), after).changes();
        assertEquals("db", c.componentsChanged().get(0).id());
        assertEquals(List.of("team", "changing"), c.componentsChanged().get(0).fields().stream()
                .map(GraphChanges.FieldChange::field).toList());
        assertEquals("web -> api", c.dependenciesChanged().get(0).dependency());
        JsonNode json = new ObjectMapper().readTree(GraphChangesJson.render(c));
        assertFalse(json.get("identical").asBoolean());
        assertEquals("soft", json.at("/dependencies/changed/0/fields/0/after").asText());
        assertEquals(0, json.at("/blastRadius").size(), "the blast radius follows hard and soft edges alike");
    }
}
