/**
 * CSV edge lists: {@code from,to[,kind,strength]} with a header; the simplest way in from a spreadsheet.
 */
package dev.stagecraft.io.csv;
