/**
 * GraphML and yEd files, read with a StAX parser that refuses DTDs and never expands entities (no XXE), and
 * written so that yEd shows the labels.
 */
package dev.stagecraft.io.graphml;
