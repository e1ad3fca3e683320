/**
 * The native graph file: YAML with {@code apiVersion: stagecraft/v1} and {@code kind: ServiceGraph}, as
 * specified in DESIGN.md. {@link dev.stagecraft.io.nativeyaml.NativeGraphReader} reads it,
 * {@link dev.stagecraft.io.nativeyaml.NativeGraphWriter} writes it.
 *
 * <ul>
 * <li><b>Canonical form</b>: the one way the writer lays a graph out (fixed key order, model order of
 *     records, quotes only when needed); save, open, save gives the same bytes, and the sample graphs are
 *     kept in this form.</li>
 * <li><b>Header comment</b>: the comment lines at the top of the file, before {@code apiVersion}; kept on
 *     save. Comments elsewhere are not kept.</li>
 * <li><b>Extras</b>: keys this version does not know; kept in the record they belong to and written back
 *     after the known keys (reported as {@code unknown-key} notes). Where the model has no record to keep
 *     them in (top level, inside {@code rollout}, a gate or a position) they are reported as warnings.</li>
 * <li><b>Refused YAML</b>: anchors, aliases, tags, duplicate keys, several documents and files over the
 *     size limit are a {@link dev.stagecraft.io.GraphFormatException}.</li>
 * </ul>
 *
 * <p>Reading is two steps: Jackson's streaming YAML parser feeds a small tree of located nodes
 * ({@code YamlNode}, one list item at a time), which the decoders map to the model.
 */
package dev.stagecraft.io.nativeyaml;
