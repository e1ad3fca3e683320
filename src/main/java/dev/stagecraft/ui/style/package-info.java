/**
 * The names the Java code and the style sheets share: every <b>style class</b> (and the one style-sheet id)
 * set from Java is a constant of {@link dev.stagecraft.ui.style.Styles}. Colours, fonts and sizes live in the
 * style sheets ({@code base.css} and one per theme), never in Java.
 */
package dev.stagecraft.ui.style;
