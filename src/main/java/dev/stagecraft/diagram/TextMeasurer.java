package dev.stagecraft.diagram;

/** Measures text so boxes are sized to fit their labels. Implementations cache; calls come from one thread. */
public interface TextMeasurer {
    /** Advance width of the text in drawing units. */
    double width(String text, TextStyle style);

    /** Distance from the baseline to the top of the tallest glyphs. */
    double ascent(TextStyle style);

    /** Distance from the baseline to the bottom of descending glyphs. */
    double descent(TextStyle style);
}
