/**
 * Finding a component by typing part of its id or name. A <b>match</b> contains the query, ignoring case;
 * matches are ranked best first: an exact id or name, then a prefix, then any substring, ties in model order
 * ({@link dev.stagecraft.ui.find.ComponentSearch}, no JavaFX). The <b>find bar</b>
 * ({@link dev.stagecraft.ui.find.FindBar}, Ctrl+F) steps through the matches with Enter and Shift+Enter and
 * hands each to the window, which selects it and centres the view on it.
 */
package dev.stagecraft.ui.find;
