package dev.stagecraft.ui.window;

/** Style-class names used by the window, in one place; the style sheets style these and nothing else. */
public final class StyleClasses {
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_HIGHLIGHT = "status-highlight";
    public static final String MAIN_WINDOW = "main-window";
    public static final String CANVAS_STACK = "canvas-stack";
    public static final String BOTTOM_PANELS = "bottom-panels";

    private StyleClasses() {
    }
}
