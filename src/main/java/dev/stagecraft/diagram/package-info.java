/**
 * Drawing a service graph, the same way on screen, in PNG and in SVG, without JavaFX: the core that the window,
 * {@code stagecraft render} and the exports share. The JavaFX backends (canvas surface, text measurer, PNG
 * snapshot) are in {@code ui.render}.
 *
 * <ul>
 * <li><b>Diagram</b>: what is drawn for one revision of the model: a box per component (centre from its
 *     position, size from its measured labels), a segment per dependency, a rounded rectangle per change
 *     group, and a spatial index over them.</li>
 * <li><b>Surface</b>: the drawing vocabulary; the SVG backend is here, the JavaFX canvas one in {@code ui.render}.</li>
 * <li><b>Viewport</b>: world units to pixels (scale and translation); the zoom is its scale.</li>
 * <li><b>Highlight</b> / <b>Highlighting</b>: which analysis is shown (blast radius, critical path, waves,
 *     cycles) and its answer per node and edge.</li>
 * <li><b>Palette</b> / <b>Theme</b>: named colours (tokens such as outage, degraded, critical, dim), read
 *     from the theme's style sheet, the one place colours are defined.</li>
 * <li><b>Placement</b> ({@link dev.stagecraft.diagram.DiagramPlacement}): where a component without a
 *     position is drawn, by the one placement of {@code layout} ({@link dev.stagecraft.layout.UnplacedPlacement})
 *     over the diagram's measured boxes; the window's import and {@code stagecraft convert} write these places
 *     into the model.</li>
 * <li><b>Text measurer</b>: how wide a label is, which sizes the boxes. The window measures with JavaFX
 *     ({@code ui.render.FxTextMeasurer}); {@link dev.stagecraft.diagram.HeadlessTextMeasurer} adds the UI font's
 *     advance widths from a table, the same on every machine, for diagrams built without a toolkit.</li>
 * <li><b>Icons</b>: one glyph per component kind and the app icon, drawn from one set of shapes for the canvas,
 *     the palette, the window icon and the SVG files under {@code icons/}.</li>
 * <li><b>Export</b> ({@link dev.stagecraft.diagram.DiagramExport}): the picture's layout and the SVG file, with the
 *     highlight's legend.</li>
 * <li><b>Timeline</b> ({@code diagram.timeline}): the rollout plan as a Gantt chart, painted on the same
 *     {@link dev.stagecraft.diagram.Surface} for the Plan panel and {@code stagecraft render --timeline}.</li>
 * <li><b>Level of detail</b>: what the painter leaves out when zoomed out (text, rounded corners, glyphs,
 *     dashes, arrowheads) so that large graphs stay fast.</li>
 * </ul>
 */
package dev.stagecraft.diagram;
