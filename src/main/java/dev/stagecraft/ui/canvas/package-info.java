/**
 * The interactive graph view: a canvas painted by the shared painter, redrawn only when what it shows
 * changed; pan, zoom around the cursor, click to select, drag to move (committed once, on release).
 */
package dev.stagecraft.ui.canvas;
