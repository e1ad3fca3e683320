/**
 * The headless command line: the same engine as the window, for terminals and CI.
 * Exit codes: 0 ok, 1 the input has problems (validation findings), 2 bad usage or unreadable input.
 * Errors name the file, line and column; output files are written whole or not at all.
 */
package dev.stagecraft.cli;
