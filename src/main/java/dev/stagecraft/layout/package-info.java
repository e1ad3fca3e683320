/**
 * Where components go, computed from ids, box sizes, dependencies (dependent to dependency, by index), change
 * groups and current positions ({@link dev.stagecraft.layout.LayoutInput}), without drawing anything. Pure Java;
 * the {@code diagram} package sizes the boxes and uses this one, never the other way.
 *
 * <ul>
 * <li><b>Placement</b> ({@link dev.stagecraft.layout.UnplacedPlacement}): positions for the components that have
 *     none, leaving every placed one where it is. One rule for every caller (the window when it draws a file,
 *     Layout &rarr; "Layout new components", {@code stagecraft convert}): a few new components among placed ones
 *     go next to their placed neighbours; otherwise one band per rollout wave, beside what is placed.
 *     O(V log V + E).</li>
 * <li><b>Auto layout</b> ({@link dev.stagecraft.layout.LayeredLayout}): the Eclipse Layout Kernel's layered
 *     (Sugiyama) layout of every component, dependents above their dependencies, each change group boxed
 *     together (Layout &rarr; Auto layout, Ctrl+L). It moves placed components too.</li>
 * <li><b>Wave</b>: as in {@code analysis}, a component's rollout wave (0 = depends on nothing); the placement
 *     draws higher waves above lower ones.</li>
 * </ul>
 */
package dev.stagecraft.layout;
