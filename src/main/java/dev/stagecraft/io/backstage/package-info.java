/**
 * Backstage catalog files as graphs. An <b>entity ref</b> is {@code [kind:][namespace/]name}; Components and
 * Resources become components, API consumption becomes a dependency on the API provider, a <b>System</b> becomes a
 * change group, an owner becomes the team.
 */
package dev.stagecraft.io.backstage;
