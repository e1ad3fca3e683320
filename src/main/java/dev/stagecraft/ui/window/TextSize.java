package dev.stagecraft.ui.window;

/** The window's text size (View → Text size); presentation mode uses at least {@link #LARGE}. */
public enum TextSize {
    NORMAL("_Normal text", 14),
    LARGE("_Large text", 18),
    HUGE("_Huge text (back row)", 23);

    private final String label;
    private final int pixels;

    TextSize(String label, int pixels) {
        this.label = label;
        this.pixels = pixels;
    }

    /** The menu label, with its mnemonic. */
    public String label() {
        return label;
    }

    /** The root font size in pixels. */
    public int pixels() {
        return pixels;
    }
}
