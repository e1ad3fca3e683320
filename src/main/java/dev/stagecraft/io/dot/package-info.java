/**
 * Graphviz DOT, read with a hand-written parser (JGraphT's importer kept as its reference) and written directly;
 * understands {@code terraform graph} output (bookkeeping nodes skipped, resource kinds guessed from their type).
 */
package dev.stagecraft.io.dot;
