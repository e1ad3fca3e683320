/**
 * YAML and JSON read into trees that remember where each value was written ({@link dev.stagecraft.io.document.DocNode}),
 * so importers can name line and column. The reader expands YAML anchors, aliases and merge keys within bounds
 * (an alias bomb is refused), and refuses oversized text, deep nesting and duplicate keys.
 */
package dev.stagecraft.io.document;
