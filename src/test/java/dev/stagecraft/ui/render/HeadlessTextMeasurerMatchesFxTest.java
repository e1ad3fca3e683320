package dev.stagecraft.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stagecraft.diagram.Diagram;
import dev.stagecraft.diagram.HeadlessTextMeasurer;
import dev.stagecraft.diagram.TextStyle;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where JavaFX draws with DejaVu Sans, the headless measurer that {@code convert} sizes boxes with gives exactly
 * the window's widths for Latin text, so a converted file opens as the window would have placed it.
 */
class HeadlessTextMeasurerMatchesFxTest {
    @BeforeAll
    static void toolkit() {
        JavaFxRuntime.startHeadless();
    }

    @Test
    void latinWidthsAndMetricsEqualJavaFxs() throws Exception {
        List<String> samples = List.of("Web Gateway", "Shop Database (PostgreSQL)", "orders-gw-0", "tax-queue-14000",
                "users DB: drop session-token columns (contract)", "identity \u00b7 tier 0", "W12", "45 min",
                "AVAWAY Tj fi ff", "\u00c6r\u00f8sk\u00f8bing caf\u00e9 \u00dcn\u00efc\u00f6d\u00e9",
                "\u0141\u00f3d\u017a \u0160koda \u0130stanbul \u0219", "  spaced  out  ", "x", "~!@#$%^&*()_+{}|:<>?");
        JavaFxRuntime.onFxThread(() -> {
            FxTextMeasurer fx = new FxTextMeasurer();
            HeadlessTextMeasurer headless = new HeadlessTextMeasurer();
            for (TextStyle style : List.of(Diagram.NAME, Diagram.SECONDARY, Diagram.BADGE, Diagram.GROUP_LABEL)) {
                assumeTrue(fx.font(style).getName().startsWith(TextStyle.FAMILY), "JavaFX did not find DejaVu Sans");
                assertEquals(fx.ascent(style), headless.ascent(style), () -> "ascent in " + style);
                assertEquals(fx.descent(style), headless.descent(style), () -> "descent in " + style);
                for (String text : samples) {
                    assertEquals(fx.width(text, style), headless.width(text, style), () -> "'" + text + "' in " + style);
                }
            }
            return null;
        });
    }
}
