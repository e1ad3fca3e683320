package dev.stagecraft.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void everyThemeStyleSheetDefinesEveryToken() {
        for (Theme t : Theme.values()) {
            Palette p = Palette.of(t);
            for (Palette.Token token : Palette.Token.values()) {
                assertTrue(p.get(token) != null, t + " " + token);
            }
        }
    }

    @Test
    void darkAndLightDifferInBackgroundAndText() {
        Palette light = Palette.of(Theme.LIGHT);
        Palette dark = Palette.of(Theme.DARK);
        assertNotEquals(light.get(Palette.Token.BACKGROUND), dark.get(Palette.Token.BACKGROUND));
        assertNotEquals(light.get(Palette.Token.TEXT), dark.get(Palette.Token.TEXT));
    }

    @Test
    void textContrastsWithNodeFillForProjectors() {
        for (Theme t : Theme.values()) {
            Palette p = Palette.of(t);
            double ratio = contrast(p.get(Palette.Token.TEXT), p.get(Palette.Token.NODE_FILL));
            assertTrue(ratio >= 7, t + " text on node fill has contrast " + ratio);
            double secondary = contrast(p.get(Palette.Token.TEXT_SECONDARY), p.get(Palette.Token.NODE_FILL));
            assertTrue(secondary >= 4.5, t + " secondary text contrast " + secondary);
        }
    }

    @Test
    void missingTokenIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Palette.parse(".root { -sc-background: #ffffff; }", "broken.css"));
        assertTrue(e.getMessage().startsWith("broken.css does not define -sc-"), e.getMessage());
    }

    @Test
    void tokenNamesAreTheStyleSheetNames() {
        assertEquals("-sc-outage-fill", Palette.Token.OUTAGE_FILL.cssName());
    }

    /** WCAG contrast ratio. */
    private static double contrast(Rgb a, Rgb b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Rgb c) {
        return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue());
    }

    private static double lin(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
