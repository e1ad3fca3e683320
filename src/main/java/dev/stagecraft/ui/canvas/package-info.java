/**
 * The interactive graph view ({@link dev.stagecraft.ui.canvas.GraphCanvas}): the diagram painted by the shared
 * painter through a <b>viewport</b> (world coordinates to pixels), repainted only when what it shows changed and
 * at most once per frame. A highlight that dims the rest is drawn in two layers, the dimmed <b>backdrop</b> and
 * the <b>emphasis</b> above it, so a new selection repaints only the emphasised part. A <b>picture</b> is one
 * completed repaint at the current viewport; while the view moves the canvas paints one every pulse as long as
 * they come within the <b>frame budget</b> (10 a second, {@code FrameBudget}), and
 * otherwise shows the last picture moved and scaled (the <b>preview</b>) until the gesture pauses.
 *
 * <p>Input: one <b>gesture</b> state machine ({@code GestureMachine}, its table says what
 * each press and drag means) decides every mouse gesture: click, Shift/Ctrl-click, pan, wheel zoom, moving a
 * component or the selection, rubber band, connecting from a component's handle, double-click; Esc cancels the one
 * under way. A press becomes a <b>drag</b> once the pointer travelled {@code GestureMachine.DRAG_THRESHOLD} pixels.
 * {@code CanvasInput} feeds it the JavaFX events; <b>hit testing</b>
 * ({@code CanvasHits}) says what is drawn under the pointer. The canvas does the view's
 * part (pan, zoom, the live move) and tells the rest to its {@link dev.stagecraft.ui.canvas.GestureReactions}: the
 * editor implements them (selection, edit commands, the band and rubber line), so this package does not know
 * {@code ui.edit}. A move is reported once, on release: one gesture, one command. The canvas keeps no model state.
 */
package dev.stagecraft.ui.canvas;
