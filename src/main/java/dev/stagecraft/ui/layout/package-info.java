/**
 * The Layout menu: <b>auto layout</b> (every component placed again by {@code dev.stagecraft.layout}'s layered
 * layout) and <b>layout new components only</b> (placed components stay where they are; those without a
 * position are placed near their placed neighbours). The work runs through the task executor on a copy of the graph and is applied as one undoable
 * {@link dev.stagecraft.ui.command.ApplyLayout}, only if the graph has not changed meanwhile.
 */
package dev.stagecraft.ui.layout;
