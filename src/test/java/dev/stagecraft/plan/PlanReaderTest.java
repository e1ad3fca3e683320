package dev.stagecraft.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Plan errors name the field path and where it is written. */
class PlanReaderTest {
    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aMissingFieldInYamlIsPlacedAtTheStepThatLacksIt() {
        String yaml = PlanWriter.toYaml(PlanWriterTest.smallPlan("api")).replace("    wave: 1\n", "");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(yaml));
        assertEquals("steps[1].wave is missing", e.getMessage());
        assertEquals(lineOf(yaml, "- id: api"), e.line());
        assertEquals(5, e.column(), "the step's first key, after '  - '");
    }

    @Test
    void aMistypedValueInJsonIsPlacedAtTheValue() {
        String json = PlanWriter.toJson(PlanWriterTest.smallPlan("api")).replaceFirst("\"percent\" : 10\\b", "\"percent\" : \"ten\"");
        assertTrue(json.contains("\"ten\""), json);
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read(json));
        assertEquals("steps[1].stages[0].percent must be a whole number, was \"ten\"", e.getMessage());
        assertEquals(lineOf(json, "\"ten\""), e.line());
        String line = json.split("\n", -1)[e.line() - 1];
        assertEquals(line.indexOf("\"ten\"") + 1, e.column());
    }

    @Test
    void aWrongKindIsPlacedAtItsValue() {
        PlanFormatException e = assertThrows(PlanFormatException.class,
                () -> PlanReader.read("apiVersion: stagecraft/v1\nkind: ServiceGraph\ncomponents: []\n"));
        assertEquals(2, e.line());
        assertEquals(7, e.column());
    }

    @Test
    void brokenJsonNeverSaysLineMinusOne() {
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanReader.read("{\"apiVersion\": "));
        assertFalse(e.getMessage().contains("-1"), e.getMessage());
        assertTrue(e.getMessage().startsWith("not valid JSON: "), e.getMessage());
    }
}
