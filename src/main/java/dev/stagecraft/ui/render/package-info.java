/**
 * The JavaFX side of drawing: {@link dev.stagecraft.ui.render.FxSurface} (the {@code diagram.Surface} on a
 * canvas), {@link dev.stagecraft.ui.render.FxTextMeasurer} (label sizes from the real fonts),
 * {@link dev.stagecraft.ui.render.PixelRaster} with {@link dev.stagecraft.ui.render.PixelLayer} (the window's edges and
 * far-out boxes, and every hairline, written straight into pixels and composited as one image),
 * {@link dev.stagecraft.ui.render.PngExport} (a canvas snapshot written as PNG) and
 * {@link dev.stagecraft.ui.render.JavaFxRuntime} (the headless toolkit for {@code stagecraft render}).
 * What is drawn, and how, is in the JavaFX-free {@code dev.stagecraft.diagram}.
 */
package dev.stagecraft.ui.render;
