/**
 * The <b>semantic diff</b> of two versions of a graph: what was added, removed or changed, and what that does
 * to the rollout (waves that moved, blast radius that grew or shrank, the critical path before and after).
 */
package dev.stagecraft.diff;
