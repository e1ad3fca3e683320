/**
 * Graph files: the native YAML format ({@code io.nativeyaml}) and, one sub-package each, the formats
 * Stagecraft imports and exports. Each sub-package has its reader and its writer side by side.
 *
 * <ul>
 * <li><b>GraphFormatException</b>: the one exception for input a reader cannot understand; it names the
 *     file, line and column and says what is wrong in a sentence ({@code shop.yaml:12:11: ...}).</li>
 * <li><b>Finding</b> (from the model): a problem a reader could repair, reported with its place while the
 *     graph is loaded anyway.</li>
 * <li><b>SourceMap</b>: where each component, dependency and group was written, so that findings of later
 *     validation rules can point into the file.</li>
 * <li><b>AtomicFile</b>: how every file is written: completely or not at all.</li>
 * </ul>
 * No JavaFX here: the CLI reads and writes the same files without a display.
 */
package dev.stagecraft.io;
