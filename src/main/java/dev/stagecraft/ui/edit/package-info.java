/**
 * Editing on the canvas: what the user selects and the gestures and actions that turn it into edit commands.
 *
 * <ul>
 * <li><b>Selection</b> ({@link dev.stagecraft.ui.document.Selection}): what the editor acts on: components
 *     in the order they were selected, or one dependency, or one change group. The analysis view model's
 *     selected component (the one whose blast radius is shown) is kept in step with it.</li>
 * <li><b>Edit action</b> ({@link dev.stagecraft.ui.edit.EditActions}): add, delete, connect, rename, group,
 *     toggle changing, nudge, copy, paste, duplicate, select all. Each is one command run through the
 *     document's history; a refused edit changes nothing and is explained by a <b>message</b> on the canvas.
 *     Copy and paste carry the selection as native YAML.</li>
 * <li><b>Nudge</b>: moving the selected components by a few units with the arrow keys (Shift: ten times as far), one
 *     command per key press.</li>
 * <li><b>Overlay</b> ({@link dev.stagecraft.ui.edit.EditOverlay}): what is drawn over the graph while editing:
 *     selection rings, the <b>connect handle</b> (the knob on a component's right edge), the <b>rubber band</b>
 *     of a drag-to-select, the rubber line of a connection being dragged, and messages.</li>
 * <li><b>Reactions</b> ({@code EditorReactions}): what the editor does with the gestures the
 *     canvas decides on (see {@code ui.canvas.GestureMachine}): select on click, toggle on Shift/Ctrl-click, select
 *     what a rubber band meets, connect from a handle, move a dragged selection in one command, rename or add on a
 *     double-click; and the feedback on the overlay.</li>
 * <li><b>In-place rename</b> ({@link dev.stagecraft.ui.edit.InPlaceRename}): a text field over a component's
 *     box holding its <b>display name</b> (the id stays; only an id the editor generated, {@code service-1}, follows
 *     the first name given); Enter commits one command, Esc or a click elsewhere cancels. Ids are edited in the
 *     inspector, references following.</li>
 * <li><b>Context menu</b> ({@link dev.stagecraft.ui.edit.EditorMenus}): right-click on a component, a dependency or
 *     empty space lists the actions that apply there, each the same action (and command) as the menu bar's.</li>
 * </ul>
 * {@link dev.stagecraft.ui.edit.Editor} builds these together for the window.
 */
package dev.stagecraft.ui.edit;
