/**
 * Graphviz DOT, read with a hand-written parser (JGraphT's importer is its reference, in the tests) and written directly;
 * understands {@code terraform graph} output (bookkeeping nodes skipped, resource kinds guessed from their type).
 */
package dev.stagecraft.io.dot;
