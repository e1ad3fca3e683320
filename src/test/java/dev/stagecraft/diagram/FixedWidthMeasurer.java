package dev.stagecraft.diagram;

/** A text measurer for tests without a toolkit: every character is 0.6 em wide. */
public final class FixedWidthMeasurer implements TextMeasurer {
    @Override
    public double width(String text, TextStyle style) {
        return text.length() * style.size() * 0.6;
    }

    @Override
    public double ascent(TextStyle style) {
        return style.size() * 0.8;
    }

    @Override
    public double descent(TextStyle style) {
        return style.size() * 0.2;
    }
}
