package dev.stagecraft.ui.render;

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
            probe.setFont(font(style));
            probe.setText(text);
            w = probe.getLayoutBounds().getWidth();
            cache.put(text, w);
        }
        return w;
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
