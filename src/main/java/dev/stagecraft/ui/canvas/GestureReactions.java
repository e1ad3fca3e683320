package dev.stagecraft.ui.canvas;

import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import java.util.List;
import java.util.Map;

/**
 * What a gesture on the canvas does outside the view: select, edit and show the gesture's feedback. The canvas
 * decides what a press and drag mean (pan, zoom and the live move it does itself) and tells its reactions the
 * result; the editor implements them. Each method does nothing unless overridden (a canvas without an editor only
 * pans and zooms). Coordinates are canvas pixels unless named world.
 */
public interface GestureReactions {
    /** The component whose connect handle is at the point, null for none (a press there starts a connection). */
    default String handleAt(double x, double y) {
        return null;
    }

    /** The selected components, in selection order (a drag on one of several moves them all). */
    default List<String> selectedComponents() {
        return List.of();
    }

    /** A click on a component. */
    default void clicked(String component) {
    }

    /** A Shift- or Ctrl-click on a component: add it to the selection or take it out. */
    default void toggled(String component) {
    }

    /** A click on a dependency's line. */
    default void clickedDependency(Dependency.Key dependency) {
    }

    /** A click on empty space, without Shift or Ctrl. */
    default void clickedBackground() {
    }

    /** A rubber band was released over these components; {@code add}: keep what was selected. */
    default void banded(List<String> components, boolean add) {
    }

    default void doubleClicked(String component) {
    }

    default void doubleClickedBackground(double worldX, double worldY) {
    }

    /** A drag of components ended with them at these centres: one edit. */
    default void moved(Map<String, Position> centres) {
    }

    /** A connection was dragged from {@code from}'s handle and released on {@code to}. */
    default void connected(String from, String to) {
    }

    /** Shows the rubber band between the press and the pointer. */
    default void showBand(double x0, double y0, double x1, double y1) {
    }

    /** Shows the rubber line from {@code from}'s handle to the pointer. */
    default void showConnection(String from, double x, double y) {
    }

    /** The band or rubber line is done with (released or cancelled). */
    default void endFeedback() {
    }

    /** The pointer moved over the canvas with no button down; {@code component} is the one under it, or null. */
    default void hovered(String component, double x, double y) {
    }

    /** The pointer left the canvas. */
    default void left() {
    }

    /**
     * A context menu was asked for (right-click, or the menu key with the pointer over the canvas) over a component,
     * else a dependency drawn as a line, else empty space: at most one of {@code component} and {@code dependency}
     * is non-null. {@code screenX}/{@code screenY} are screen coordinates, where the menu opens.
     */
    default void menuRequested(String component, Dependency.Key dependency, double worldX, double worldY,
                               double screenX, double screenY) {
    }

    /** A double click on a collapsed system's card: show its members again. */
    default void systemExpanded(String system) {
    }

    /** A context menu asked for over a collapsed system's card. */
    default void systemMenuRequested(String system, java.util.List<String> members, double screenX, double screenY) {
    }
}
