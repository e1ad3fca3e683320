package dev.stagecraft.ui.render;

import dev.stagecraft.diagram.TextMeasurer;
import dev.stagecraft.diagram.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures with JavaFX's own text layout, so boxes fit what the canvas draws. The SVG backend uses
 * the same numbers (and its viewers substitute a close font). Needs the JavaFX toolkit started.
 */
public final class FxTextMeasurer implements TextMeasurer {
    private final Map<TextStyle, Font> fonts = new HashMap<>();
    private final Map<TextStyle, double[]> metrics = new HashMap<>();
    private final Map<TextStyle, Map<String, Double>> widths = new HashMap<>();
    private final Text probe = new Text();
    /** Advance of each character below {@link #SIMPLE_LIMIT} per style; NaN until measured. */
    private final Map<TextStyle, double[]> advances = new HashMap<>();
    /** Latin letters, digits and punctuation: laid out by adding advances (no shaping, no kerning). */
    private static final char SIMPLE_LIMIT = 0x0250;

    /** The JavaFX font for a style (cached). */
    public Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, s ->
                Font.font(TextStyle.FAMILY, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }

    @Override
    public double width(String text, TextStyle style) {
        Map<String, Double> cache = widths.computeIfAbsent(style, s -> new HashMap<>());
        Double w = cache.get(text);
        if (w == null) {
            w = simple(text) ? sumOfAdvances(text, style) : layoutWidth(text, style);
            cache.put(text, w);
        }
        return w;
    }

    /**
     * The width as JavaFX lays the text out. For simple Latin text that is the sum of the characters'
     * advances, which is what {@link #width} uses (a Text layout per label cost about half a second for
     * 20,000 components); {@code FxTextMeasurerTest} checks that both agree.
     */
    double layoutWidth(String text, TextStyle style) {
        probe.setFont(font(style));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    private static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= SIMPLE_LIMIT) {
                return false;
            }
        }
        return true;
    }

    private double sumOfAdvances(String text, TextStyle style) {
        double[] a = advances.computeIfAbsent(style, s -> {
            double[] fresh = new double[SIMPLE_LIMIT];
            Arrays.fill(fresh, Double.NaN);
            return fresh;
        });
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Double.isNaN(a[c])) {
                a[c] = layoutWidth(String.valueOf(c), style);
            }
            sum += a[c];
        }
        return sum;
    }

    @Override
    public double ascent(TextStyle style) {
        return metrics(style)[0];
    }

    @Override
    public double descent(TextStyle style) {
        return metrics(style)[1];
    }

    private double[] metrics(TextStyle style) {
        return metrics.computeIfAbsent(style, s -> {
            probe.setFont(font(s));
            probe.setText("Hg");
            Bounds b = probe.getLayoutBounds();
            double ascent = probe.getBaselineOffset();
            return new double[] {ascent, b.getHeight() - ascent};
        });
    }
}
