/**
 * Graphviz DOT, read with JGraphT event-driven importer and written directly; understands {@code terraform graph}
 * output (bookkeeping nodes skipped, resource kinds guessed from their type).
 */
package dev.stagecraft.io.dot;
