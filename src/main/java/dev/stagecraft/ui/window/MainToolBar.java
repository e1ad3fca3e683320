package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.diagram.Theme;
import dev.stagecraft.ui.style.Styles;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The toolbar under the menu: file, undo/redo, add, the analysis modes, zoom to fit and the theme. */
final class MainToolBar {
    private MainToolBar() {
    }

    static ToolBar build(MainWindow window) {
        Button undo = button("Undo", "Undo (Ctrl+Z)", "tool-undo", window::undo);
        undo.disableProperty().bind(window.document().canUndoProperty().not());
        Button redo = button("Redo", "Redo (Ctrl+Y)", "tool-redo", window::redo);
        redo.disableProperty().bind(window.document().canRedoProperty().not());
        ToolBar bar = new ToolBar(
                button("New", "New graph (Ctrl+N)", "tool-new", window::newDocument),
                button("Open", "Open a graph (Ctrl+O)", "tool-open", window::chooseAndOpen),
                button("Save", "Save (Ctrl+S)", "tool-save", window::save),
                new Separator(), undo, redo, new Separator(),
                button("Add", "Add a service in the middle of the view (Insert)", "tool-add",
                        () -> window.editor().actions().addComponent(ComponentKind.SERVICE)),
                new Separator());
        ToggleGroup modes = new ToggleGroup();
        var mode = window.analysis().modeProperty();
        for (AnalysisMode m : AnalysisMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("tool-mode-" + m.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(modes);
            b.setSelected(mode.get() == m);
            b.setOnAction(e -> mode.set(m));
            mode.addListener((o, was, now) -> b.setSelected(now == m));
            bar.getItems().add(b);
        }
        bar.getItems().addAll(new Separator(),
                button("Fit", "Zoom to fit (Ctrl+Shift+F)", "tool-fit", window::fit),
                button("Theme", "Switch light / dark theme", "tool-theme", () -> window.themeProperty().set(
                        window.themeProperty().get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT)));
        bar.getStyleClass().add(Styles.MAIN_TOOLBAR);
        bar.setFocusTraversable(false);
        bar.getItems().forEach(n -> n.setFocusTraversable(false));
        return bar;
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
