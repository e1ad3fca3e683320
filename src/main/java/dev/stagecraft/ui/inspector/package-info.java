/**
 * The inspector: the fields of the selected element, edited in place.
 *
 * <ul>
 * <li><b>Target</b>: the element shown: the one selected component, else the selected dependency, else the
 *     selected change group, else (nothing selected) the graph's metadata; none when several components are
 *     selected.</li>
 * <li><b>Field</b> ({@link dev.stagecraft.ui.inspector.InspectorField}): one key of the file format for the
 *     target (a component's id, name, kind, tier and rollout settings; a dependency's kind and strength; a
 *     group's id and members; the graph's name and description): the text shown and the
 *     <b>problem</b> with it (empty when the text is fine). Empty text means "not given", so the default
 *     applies.</li>
 * <li><b>Commit</b> ({@link dev.stagecraft.ui.inspector.InspectorViewModel#commit}): reads one field's text;
 *     when it parses and differs from the model, applies exactly one edit command; when it does not parse,
 *     sets the problem and changes nothing.</li>
 * </ul>
 * {@link dev.stagecraft.ui.inspector.InspectorViewModel} holds the state without JavaFX nodes (tested without a
 * stage); {@link dev.stagecraft.ui.inspector.InspectorView} only binds to it.
 */
package dev.stagecraft.ui.inspector;
