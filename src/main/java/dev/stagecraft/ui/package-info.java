/**
 * The JavaFX editor and the two subcommands that need JavaFX: {@code open} ({@link dev.stagecraft.ui.OpenCommand},
 * the window) and {@code render} ({@link dev.stagecraft.ui.RenderCommand}, pictures without a display).
 * The only layer allowed to import {@code javafx.*}.
 *
 * <ul>
 * <li>{@code render}: the drawing core shared by window, PNG and SVG: a diagram (boxes sized to their labels),
 *     one painter over a small surface abstraction, themes, highlights.</li>
 * <li>{@code canvas}: the interactive graph view (pan, zoom, click, drag).</li>
 * <li>{@code window}: the main window, its view models, menus and status bar.</li>
 * <li>{@code command}: undoable edits and the history they run through.</li>
 * </ul>
 */
package dev.stagecraft.ui;
