/**
 * The interactive graph view ({@link dev.stagecraft.ui.canvas.GraphCanvas}): the diagram painted by the shared
 * painter through a <b>viewport</b> (world coordinates to pixels), repainted only when what it shows changed and
 * at most once per frame. A highlight that dims the rest is drawn in two layers, the dimmed <b>backdrop</b> and
 * the <b>emphasis</b> above it, so a new selection repaints only the emphasised part. A <b>picture</b> is one
 * completed repaint at the current viewport; while the view moves the canvas paints one every pulse as long as
 * they come within the <b>frame budget</b> (10 a second, {@code FrameBudget}), and
 * otherwise shows the last picture moved and scaled (the <b>preview</b>) until the gesture pauses.
 *
 * <p>Zoom around the cursor with the wheel; pan with the middle button or by dragging empty space (the editor's
 * gestures in {@code ui.edit} take that drag for rubber-band selection and pan on Space + drag instead); click to
 * select; drag a component to move it: the view moves live and the move is reported once, on release, for the
 * window to turn into one command. The canvas keeps no model state.
 */
package dev.stagecraft.ui.canvas;
