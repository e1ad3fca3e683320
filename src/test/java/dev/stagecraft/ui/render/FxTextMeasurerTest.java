package dev.stagecraft.ui.render;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.TextStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Widths from summed character advances agree with JavaFX's own text layout. */
class FxTextMeasurerTest {
    @BeforeAll
    static void toolkit() {
        JavaFxRuntime.startHeadless();
    }

    @Test
    void summedAdvancesMatchTheTextLayout() throws Exception {
        List<String> samples = List.of("Web Gateway", "Shop Database (PostgreSQL)", "orders-gw-0", "tax-queue-14000",
                "users DB: drop session-token columns (contract)", "identity \u00b7 tier 0", "W12", "45 min",
                "AVAWAY Tj fi ff", "Ærøskøbing café Ünïcödé", "  spaced  out  ", "x");
        JavaFxRuntime.onFxThread(() -> {
            FxTextMeasurer m = new FxTextMeasurer();
            for (TextStyle style : List.of(Diagram.NAME, Diagram.SECONDARY, Diagram.BADGE, Diagram.GROUP_LABEL)) {
                for (String text : samples) {
                    assertEquals(m.layoutWidth(text, style), m.width(text, style), 0.05,
                            () -> "'" + text + "' in " + style);
                }
            }
            return null;
        });
    }

    @Test
    void textOutsideTheSimpleRangeIsLaidOut() throws Exception {
        JavaFxRuntime.onFxThread(() -> {
            FxTextMeasurer m = new FxTextMeasurer();
            String text = "\u0928\u092e\u0938\u094d\u0924\u0947 \u4f60\u597d";
            assertEquals(m.layoutWidth(text, Diagram.NAME), m.width(text, Diagram.NAME), 0.0);
            return null;
        });
    }
}
