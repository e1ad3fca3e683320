/**
 * The plan's timeline in the window ({@link dev.stagecraft.ui.timeline.TimelineView}): the JavaFX canvas, the
 * pointer and keys over the JavaFX-free chart of {@code dev.stagecraft.diagram.timeline}. Click a bar (or Enter on
 * the focused one) to select its step's components; the components selected elsewhere mark their bars; hovering a
 * bar shows its minutes, stages, gates and rollback and draws its {@code after} links. The <b>playhead minute</b>
 * is a property: whoever replays the plan sets it, and dragging on the minutes axis sets it.
 */
package dev.stagecraft.ui.timeline;
