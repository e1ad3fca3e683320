package dev.stagecraft.ui.edit;

import dev.stagecraft.ui.document.Selection;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.document.DocumentViewModel;
import java.util.List;

/** The editing parts of the window, built together: selection, overlay, actions, rename, context menus and the canvas's reactions. */
public final class Editor {
    private final Selection selection;
    private final EditOverlay overlay;
    private final EditActions actions;
    private final InPlaceRename rename;
    private final EditorMenus menus;

    /** @param window what the canvas's context menus ask of the window (inspect, lay out) */
    public Editor(DocumentViewModel document, AnalysisViewModel analysis, GraphCanvas canvas,
                  EditorMenus.WindowActions window) {
        selection = analysis.selection();
        overlay = new EditOverlay(canvas, selection);
        actions = new EditActions(document, selection, canvas, overlay::showMessage);
        rename = new InPlaceRename(canvas, overlay, actions);
        menus = new EditorMenus(actions, rename, analysis, canvas, window);
        canvas.setGestureReactions(new EditorReactions(overlay, actions, rename, menus));
        canvas.setFocusTraversable(true);
    }

    public Selection selection() {
        return selection;
    }

    public EditOverlay overlay() {
        return overlay;
    }

    public EditActions actions() {
        return actions;
    }

    public EditorMenus menus() {
        return menus;
    }

    /** F2: renames the one selected component in place. */
    public void renameSelected() {
        List<String> s = selection.components();
        if (s.size() == 1) {
            rename.start(s.get(0));
        } else {
            overlay.showMessage("Select one component to rename");
        }
    }
}
