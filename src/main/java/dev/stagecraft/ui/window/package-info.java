/**
 * The main window. View models ({@link dev.stagecraft.ui.window.DocumentViewModel},
 * {@link dev.stagecraft.ui.window.AnalysisViewModel}) expose read-only properties; views only bind.
 * The <b>document</b> is the open graph with its file and findings; the <b>analysis mode</b> is what the
 * canvas highlights.
 */
package dev.stagecraft.ui.window;
