/**
 * The main window and the view models it binds to. View models
 * ({@link dev.stagecraft.ui.window.DocumentViewModel}, {@link dev.stagecraft.ui.window.AnalysisViewModel})
 * expose read-only properties and hold no JavaFX nodes; views only bind.
 *
 * <ul>
 * <li><b>Document</b>: the open graph (the single source of truth), the file it was read from or saved to,
 *     the findings of reading and validating it, its history and whether it differs from the saved file.</li>
 * <li><b>Analysis mode</b> ({@link dev.stagecraft.ui.window.AnalysisMode}): what the canvas highlights:
 *     nothing, the selected component's blast radius, the critical path, the waves or the cycles.</li>
 * <li><b>File actions</b>: new, open, import, save, export, compare, recovery, and the question asked
 *     before unsaved changes would be lost.</li>
 * <li>The menu bar, the toolbar and the <b>status bar</b> (counts, findings, what the highlight shows, zoom).</li>
 * </ul>
 */
package dev.stagecraft.ui.window;
