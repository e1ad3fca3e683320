/**
 * The <b>component palette</b> at the left of the window: one entry per component kind, with its icon; drag
 * an entry onto the canvas to add a component of that kind there, or click it to add one in the middle of the
 * view. Also the window icon ({@link dev.stagecraft.ui.palette.AppIcon}), rasterized from the same shapes as
 * the palette's icons.
 */
package dev.stagecraft.ui.palette;
