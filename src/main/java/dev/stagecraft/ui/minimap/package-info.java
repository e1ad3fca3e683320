/**
 * The minimap: the whole diagram drawn small, with the <b>view rectangle</b> showing what the main canvas
 * shows; pressing or dragging on it centres the main view there. The boxes are drawn once per diagram or
 * palette change; following the main view moves only the rectangle.
 */
package dev.stagecraft.ui.minimap;
