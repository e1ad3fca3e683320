/**
 * The open document and what is derived from it, as view models: read-only JavaFX properties, no JavaFX nodes,
 * so they are tested without a stage. Views (canvas, editor, inspector, panels, window) sit above this package
 * and bind to it; it imports none of them.
 *
 * <ul>
 * <li><b>Document</b> ({@link dev.stagecraft.ui.document.DocumentViewModel}): the open graph (the single source
 *     of truth), the file it was read from or saved to, the findings, its history and whether it differs from
 *     the saved file.</li>
 * <li><b>Analysis</b> ({@link dev.stagecraft.ui.document.AnalysisViewModel}): the diagram of the current
 *     revision, the analysis mode ({@link dev.stagecraft.ui.document.AnalysisMode}: nothing, blast radius,
 *     critical path, waves, cycles) and its highlighting.</li>
 * <li><b>Files</b> ({@link dev.stagecraft.ui.document.DocumentFiles}): reading and writing graph files with the
 *     command line's messages.</li>
 * </ul>
 */
package dev.stagecraft.ui.document;
