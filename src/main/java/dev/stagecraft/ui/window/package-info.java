/**
 * The main window: it builds every view, wires them to the view models of {@code ui.document}, and turns menu
 * and toolbar actions into calls on them. Nothing below imports this package.
 *
 * <ul>
 * <li><b>File actions</b>: new, open, import, save, export, compare, recovery, and the question asked
 *     before unsaved changes would be lost.</li>
 * <li>The menu bar, the toolbar and the <b>status bar</b> (counts, findings, what the highlight shows, zoom).</li>
 * <li>The <b>last-resort handler</b>: an uncaught exception writes the recovery file first, then shows a dialog
 *     with the details folded away.</li>
 * </ul>
 */
package dev.stagecraft.ui.window;
