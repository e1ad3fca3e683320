/**
 * The JavaFX editor and the two subcommands that need JavaFX: {@code open} ({@link dev.stagecraft.ui.OpenCommand},
 * the window) and {@code render} ({@link dev.stagecraft.ui.RenderCommand}, pictures without a display).
 * The only layer allowed to import {@code javafx.*}.
 *
 * <ul>
 * <li>{@code render}: the drawing shared by window, PNG and SVG: the diagram (boxes sized to their labels),
 *     one painter over a small surface abstraction, themes and palettes, highlights, icons.</li>
 * <li>{@code canvas}: the interactive graph view (pan, zoom, click, drag).</li>
 * <li>{@code edit}: the selection, the editing gestures on the canvas and the edit actions behind the menus.</li>
 * <li>{@code command}: undoable edits and the history they run through.</li>
 * <li>{@code window}: the main window, its view models, menus, toolbar and status bar.</li>
 * <li>{@code inspector}: the fields of the selected element, edited in place.</li>
 * <li>{@code palette}: the component palette (drag a kind onto the canvas) and the window icon.</li>
 * <li>{@code panels}: the findings and plan panels under the canvas.</li>
 * <li>{@code timeline}: the plan's timeline (a Gantt chart on a canvas) in the plan panel.</li>
 * <li>{@code find}: the find bar and the component search behind it.</li>
 * <li>{@code navigate}: the hover chain that explains why a component is in a blast radius.</li>
 * <li>{@code minimap}: the whole diagram, small, with the visible part marked.</li>
 * <li>{@code layout}: the Layout menu's actions over {@code dev.stagecraft.layout}.</li>
 * <li>{@code file}: file dialogs, recent files, recovery files and autosave.</li>
 * <li>{@code task}: background work with progress and cancel.</li>
 * <li>{@code style}: the style-class names shared with the style sheets.</li>
 * </ul>
 */
package dev.stagecraft.ui;
