/**
 * Explaining a blast radius on the canvas. The <b>dependency chain</b> of an impacted component is the shortest
 * path of dependencies from it down to the selected (changed) one, each step "depends on"; the hard-only chain
 * (an outage path) is preferred to one through soft edges ({@link dev.stagecraft.ui.navigate.DependencyChain},
 * no JavaFX). The <b>hover chain</b> ({@link dev.stagecraft.ui.navigate.HoverChain}) draws that chain over the
 * canvas while the pointer is on an impacted component and names each step hard or soft.
 */
package dev.stagecraft.ui.navigate;
