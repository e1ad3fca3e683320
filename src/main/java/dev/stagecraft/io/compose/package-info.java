/**
 * docker-compose files (v2, v3, Compose Specification) as graphs. An <b>inferred dependency</b> is one no
 * {@code depends_on} or {@code links} declares but an environment value names (a host in a URL, a
 * {@code host:port}, or a bare host in a variable whose name says it holds an address); it carries the extra
 * {@code inferred: env:NAME}. Kinds are <b>guessed</b> from images; every guess is in the import report.
 */
package dev.stagecraft.io.compose;
