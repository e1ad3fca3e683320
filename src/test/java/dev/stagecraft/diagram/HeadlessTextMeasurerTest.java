package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.ServiceGraph;
import org.junit.jupiter.api.Test;

/** The toolkit-free measurer: DejaVu Sans advances, and what it does beyond the table. */
class HeadlessTextMeasurerTest {
    private final HeadlessTextMeasurer m = new HeadlessTextMeasurer();
    private static final TextStyle REGULAR = new TextStyle(2048, false);
    private static final TextStyle BOLD = new TextStyle(2048, true);

    @Test
    void latinTextIsTheSumOfTheFontsAdvances() {
        assertEquals(1401 + 1300 + 569, m.width("Api", REGULAR));
        assertEquals(1585 + 1466 + 702, m.width("Api", BOLD));
        assertEquals((1401 + 1300 + 569) * 15 / 2048.0, m.width("Api", new TextStyle(15, false)));
        assertEquals(0, m.width("", Diagram.NAME));
    }

    @Test
    void latin1AndExtendedLettersHaveTheirOwnWidths() {
        assertEquals(1995 + 1253, m.width("\u00c6\u00f8", REGULAR), "\u00c6\u00f8");
        assertEquals(582, m.width("\u0142", REGULAR), "l with stroke");
    }

    @Test
    void beyondTheTableWideCharactersAreOneEmMarksNothingAndTheRestSixTenths() {
        assertEquals(2 * 2048, m.width("\u4f60\u597d", REGULAR));
        assertEquals(1260, m.width("e\u0301", REGULAR), "a combining accent adds nothing");
        assertEquals(1229, m.width("\ud83d\ude80", REGULAR), "one emoji, written as a surrogate pair, is one character");
        assertEquals(2 * 1229, m.width("\u0416\u0436", REGULAR));
        assertEquals(1024 + 1716, m.width("\u2013\u2192", REGULAR));
    }

    @Test
    void ascentAndDescentAreTheFontsMetrics() {
        assertEquals(1901 * 15 / 2048.0, m.ascent(Diagram.NAME));
        assertEquals(483 * 12 / 2048.0, m.descent(Diagram.SECONDARY));
    }

    @Test
    void aHeadlessDiagramSizesBoxesTheSameEveryTime() {
        ServiceGraph g = new ServiceGraph();
        g.addComponent(Component.of("orders", ComponentKind.SERVICE).withName("Orders Service").withTeam("commerce"));
        Diagram d = new Diagram(g, m, (diagram, placed) -> { });
        // 'Orders Service' in bold 15: 17,062 font units = 124.97; padding 10 + glyph 18 + gap 7 + text + padding 10
        assertEquals(170, d.width(0), "box fits the wider of 'Orders Service' and 'commerce \u00b7 tier 2'");
        // padding 8 + name line 15 * 2384 / 2048 = 17.46 + gap 3 + secondary line 12 * 2384 / 2048 = 13.97 + padding 8
        assertEquals(51, d.height(0));
    }
}
