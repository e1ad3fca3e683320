/**
 * Undoable edits. An <b>edit command</b> captures its "before" when built and applies or reverts exactly
 * one user gesture; the <b>history</b> runs them, bounds the undo stack and knows whether the document
 * differs from what was saved.
 */
package dev.stagecraft.ui.command;
