/**
 * The window's files outside the document itself: the questions asked about files, the recent-files list,
 * and keeping unsaved work safe.
 *
 * <ul>
 * <li><b>File dialogs</b> ({@link dev.stagecraft.ui.file.FileDialogs}): choose a file, save changes or not,
 *     recover or not, show an error or a text. {@link dev.stagecraft.ui.file.FxFileDialogs} is the real one
 *     (native choosers, modal alerts); tests answer with a double.</li>
 * <li><b>Recent files</b> ({@link dev.stagecraft.ui.file.RecentFiles}): the last files opened or saved, newest
 *     first, at most ten, kept in a preferences node so the list outlives the process.</li>
 * <li><b>Recovery file</b> ({@link dev.stagecraft.ui.file.RecoveryStore}): a document's unsaved work written
 *     aside in the native format, with a sidecar naming the file it belongs to, both written atomically;
 *     offered back on the next start. Kept under the configuration directory
 *     ({@code stagecraft.config.dir}).</li>
 * <li><b>Autosave</b> ({@link dev.stagecraft.ui.file.Autosave}): writes the recovery file at a fixed interval
 *     (30 s by default) while there is unsaved work, so a crash loses at most one interval.</li>
 * </ul>
 */
package dev.stagecraft.ui.file;
