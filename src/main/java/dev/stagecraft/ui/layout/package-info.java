/** Layout menu actions: automatic layout off the UI thread, applied as one undoable command. */
package dev.stagecraft.ui.layout;
