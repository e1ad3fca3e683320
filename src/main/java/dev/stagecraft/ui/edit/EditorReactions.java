package dev.stagecraft.ui.edit;

import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.Position;
import dev.stagecraft.ui.canvas.GestureReactions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;

/**
 * What the editor does with the gestures the canvas decides on: clicks select (Shift or Ctrl toggles), a rubber
 * band selects what it meets, a dragged component or selection is moved in one command, a connection dragged
 * from a component's handle becomes one dependency, a double-click renames or adds a service; and the feedback
 * drawn on the {@link EditOverlay}; a right-click opens the {@link EditorMenus context menu} for what is under it;: the band, the rubber line and the connect handle of the hovered component
 * (or of the one selected component).
 */
final class EditorReactions implements GestureReactions {
    /** Pixels around the connect handle's disc that still count as pressing it. */
    private static final double HANDLE_SLACK = 3;

    private final EditOverlay overlay;
    private final EditActions actions;
    private final InPlaceRename rename;
    private final EditorMenus menus;

    EditorReactions(EditOverlay overlay, EditActions actions, InPlaceRename rename, EditorMenus menus) {
        this.menus = menus;
        this.overlay = overlay;
        this.actions = actions;
        this.rename = rename;
        selection().componentsProperty().addListener((o, was, now) -> overlay.setHandleOwner(singleSelected()));
    }

    private Selection selection() {
        return actions.selection();
    }

    private String singleSelected() {
        List<String> s = selection().components();
        return s.size() == 1 ? s.get(0) : null;
    }

    @Override
    public String handleAt(double x, double y) {
        String owner = overlay.handleOwner();
        Point2D h = overlay.handleOf(owner);
        return h != null && h.distance(x, y) <= EditOverlay.HANDLE_RADIUS + HANDLE_SLACK ? owner : null;
    }

    @Override
    public List<String> selectedComponents() {
        return selection().components();
    }

    @Override
    public void clicked(String component) {
        selection().selectComponents(List.of(component));
    }

    @Override
    public void toggled(String component) {
        selection().toggle(component);
    }

    @Override
    public void clickedDependency(Dependency.Key dependency) {
        selection().selectDependency(dependency);
    }

    @Override
    public void clickedBackground() {
        selection().clear();
    }

    @Override
    public void banded(List<String> components, boolean add) {
        Set<String> chosen = new LinkedHashSet<>();
        if (add) {
            chosen.addAll(selection().components());
        }
        chosen.addAll(components);
        selection().selectComponents(chosen);
    }

    @Override
    public void doubleClicked(String component) {
        rename.start(component);
    }

    @Override
    public void doubleClickedBackground(double worldX, double worldY) {
        actions.addComponentAt(ComponentKind.SERVICE, worldX, worldY);
    }

    @Override
    public void moved(Map<String, Position> centres) {
        actions.move(centres);
    }

    @Override
    public void connected(String from, String to) {
        actions.connect(from, to);
    }

    @Override
    public void showBand(double x0, double y0, double x1, double y1) {
        overlay.setBand(x0, y0, x1, y1);
    }

    @Override
    public void showConnection(String from, double x, double y) {
        Point2D h = overlay.handleOf(from);
        if (h != null) {
            overlay.setLine(h.getX(), h.getY(), x, y);
        }
    }

    @Override
    public void endFeedback() {
        overlay.clearGesture();
    }

    /** The handle follows the hovered component, stays while the pointer is on it, else goes back to the selection. */
    @Override
    public void hovered(String component, double x, double y) {
        if (component != null) {
            overlay.setHandleOwner(component);
        } else if (handleAt(x, y) == null) {
            overlay.setHandleOwner(singleSelected());
        }
    }

    @Override
    public void menuRequested(String component, Dependency.Key dependency, double worldX, double worldY,
                              double screenX, double screenY) {
        menus.open(component, dependency, worldX, worldY, screenX, screenY);
    }

    @Override
    public void systemExpanded(String system) {
        menus.expand(system);
    }

    @Override
    public void systemMenuRequested(String system, List<String> members, double screenX, double screenY) {
        menus.openSystem(system, members, screenX, screenY);
    }

    @Override
    public void left() {
        overlay.setHandleOwner(singleSelected());
    }
}
