package dev.stagecraft.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavedScenarioTest {
    @Test
    void entriesAreSpelledAndReadAsTheCommandLineDoes() {
        assertEquals(Optional.of(SavedScenario.BadVersion.atStage("checkout", 2)), SavedScenario.BadVersion.parse("checkout@2"));
        assertEquals(Optional.of(SavedScenario.BadVersion.atMinute("checkout", 40)), SavedScenario.BadVersion.parse(" checkout@40m "));
        assertEquals(Optional.empty(), SavedScenario.BadVersion.parse("checkout@0"), "stages count from 1");
        assertEquals(Optional.empty(), SavedScenario.BadVersion.parse("checkout"));
        assertEquals(Optional.of(new SavedScenario.Outage("db", 30, 45)), SavedScenario.Outage.parse("db@30-45m"));
        assertEquals(Optional.empty(), SavedScenario.Outage.parse("db@45-30m"), "the window ends after it starts");
        for (String text : List.of("checkout@2", "checkout@40m")) {
            assertEquals(text, SavedScenario.BadVersion.parse(text).orElseThrow().text());
        }
        assertEquals("db@30-45m", SavedScenario.Outage.parse("db@30-45m").orElseThrow().text());
    }

    @Test
    void graphMetadataRefusesTwoScenariosOfOneName() {
        assertThrows(IllegalArgumentException.class, () -> GraphMetadata.EMPTY.withScenarios(
                List.of(SavedScenario.empty("a"), SavedScenario.empty("a"))));
        assertThrows(IllegalArgumentException.class, () -> SavedScenario.empty("a").withOnFailure("retry"));
    }
}
