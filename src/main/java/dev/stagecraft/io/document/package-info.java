/**
 * YAML and JSON read into trees that remember where each value was written ({@link dev.stagecraft.io.document.DocNode}),
 * so importers can name line and column. The reader refuses YAML anchors and aliases, oversized text, deep nesting
 * and duplicate keys.
 */
package dev.stagecraft.io.document;
