/** Navigation helpers on the canvas: the hover chain from a selected component to an impacted one. */
package dev.stagecraft.ui.navigate;
