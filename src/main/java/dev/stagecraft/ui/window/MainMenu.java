package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.ui.edit.EditActions;
import dev.stagecraft.diagram.Theme;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: every action with its shortcut shown (File, Edit, View, Layout, Analysis, Simulate). */
final class MainMenu {
    private final MainWindow window;

    MainMenu(MainWindow window) {
        this.window = window;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), view(), layout(), analysis(), simulate());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        return new Menu("_File", null,
                item("_New", "Shortcut+N", "menu-new", window::newDocument),
                item("_Open\u2026", "Shortcut+O", "menu-open", window::chooseAndOpen),
                recent(),
                item("_Save", "Shortcut+S", "menu-save", window::save),
                item("Save _As\u2026", "Shortcut+Shift+S", "menu-save-as", window::saveAs),
                new SeparatorMenuItem(),
                item("_Import\u2026", "Shortcut+I", "menu-import", window::chooseAndImport),
                item("_Export\u2026", "Shortcut+Shift+E", "menu-export", window::chooseAndExport),
                item("Export _plan\u2026", "Shortcut+E", "menu-export-plan", window::chooseAndExportPlan),
                item("_Compare\u2026", "Shortcut+Shift+D", "menu-compare", window::chooseAndCompare),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "menu-quit", window::quit));
    }

    private Menu edit() {
        MenuItem undo = item("_Undo", "Shortcut+Z", "menu-undo", window::undo);
        MenuItem redo = item("_Redo", "Shortcut+Y", "menu-redo", window::redo);
        MenuItem redoAlt = item("Redo", "Shortcut+Shift+Z", "menu-redo-alt", window::redo);
        redoAlt.setVisible(false);
        undo.disableProperty().bind(window.document().canUndoProperty().not());
        redo.disableProperty().bind(window.document().canRedoProperty().not());
        var ed = window.editor();
        var act = ed.actions();
        return new Menu("_Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(),
                item("_Add component", "Insert", "menu-add", () -> act.addComponent(ComponentKind.SERVICE)),
                item("_Delete", "Delete", "menu-delete", act::delete),
                item("Re_name", "F2", "menu-rename", ed::renameSelected),
                new SeparatorMenuItem(),
                item("_Copy", "Shortcut+C", "menu-copy", act::copy),
                item("_Paste", "Shortcut+V", "menu-paste", act::paste),
                item("D_uplicate", "Shortcut+D", "menu-duplicate", act::duplicate),
                new SeparatorMenuItem(),
                item("Select _all", "Shortcut+A", "menu-select-all", act::selectAll),
                item("Clear selection", "Esc", "menu-clear-selection", () -> act.selection().clear()),
                item("C_onnect selected (first \u2192 second)", "Shortcut+Shift+C", "menu-connect",
                        act::connectSelected),
                item("Create _group from selection", "Shortcut+G", "menu-group", act::createGroup),
                item("Toggle c_hanging", "Shortcut+K", "menu-changing", act::toggleChanging),
                nudge(act),
                new SeparatorMenuItem(),
                item("_Find\u2026", "Shortcut+F", "menu-find", window::find));
    }

    private static Menu nudge(EditActions act) {
        Menu menu = new Menu("_Nudge selection");
        String[][] keys = {{"Left", "-1", "0"}, {"Right", "1", "0"}, {"Up", "0", "-1"}, {"Down", "0", "1"}};
        for (String[] k : keys) {
            double dx = Double.parseDouble(k[1]);
            double dy = Double.parseDouble(k[2]);
            String id = k[0].toLowerCase(java.util.Locale.ROOT);
            menu.getItems().add(item(k[0], k[0], "menu-nudge-" + id, () -> act.nudge(dx * EditActions.NUDGE, dy * EditActions.NUDGE)));
            menu.getItems().add(item(k[0] + " \u00d7 10", "Shift+" + k[0], "menu-nudge-big-" + id,
                    () -> act.nudge(dx * EditActions.BIG_NUDGE, dy * EditActions.BIG_NUDGE)));
        }
        return menu;
    }

    /** Every system a component of the open graph names. */
    private java.util.Set<String> systemIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        window.document().graph().components().forEach(c -> {
            if (c.system() != null) {
                ids.add(c.system());
            }
        });
        return ids;
    }

    private Menu view() {
        Menu menu = new Menu("_View", null,
                item("Zoom to _fit", "Shortcut+Shift+F", "menu-zoom-fit", window::fit),
                item("Zoom to _selection", "Shortcut+Alt+F", "menu-zoom-selection",
                        () -> window.canvas().zoomTo(window.editor().selection().components())),
                item("_Actual size (100 %)", "Shortcut+0", "menu-zoom-100", () -> window.canvas().actualSize()),
                item("Zoom _in", "Shortcut+Equals", "menu-zoom-in", () -> window.canvas().zoomBy(1.25)),
                hidden(item("Zoom in", "Shortcut+Add", "menu-zoom-in-keypad", () -> window.canvas().zoomBy(1.25))),
                hidden(item("Zoom in", "Shortcut+Shift+Equals", "menu-zoom-in-plus", () -> window.canvas().zoomBy(1.25))),
                item("Zoom _out", "Shortcut+Minus", "menu-zoom-out", () -> window.canvas().zoomBy(0.8)),
                hidden(item("Zoom out", "Shortcut+Subtract", "menu-zoom-out-keypad", () -> window.canvas().zoomBy(0.8))),
                check("_Minimap", "Shortcut+M", "menu-minimap", window::toggleMinimap),
                unchecked(check("_Key of styles (edges, badge, groups)", "Shortcut+Shift+K", "menu-style-key",
                        shown -> window.canvas().styleKeyProperty().set(shown))),
                check("_Panels (findings, plan)", "Shortcut+J", "menu-panels", window::togglePanels),
                item("_Collapse all systems", "Shortcut+Alt+Minus", "menu-collapse-systems",
                        () -> window.canvas().collapsedSystemsProperty().addAll(systemIds())),
                item("E_xpand all systems", "Shortcut+Alt+Equals", "menu-expand-systems",
                        () -> window.canvas().collapsedSystemsProperty().clear()),
                item("_Enlarge the plan timeline", "Shortcut+Shift+J", "menu-enlarge-plan", window::toggleEnlargedPlan),
                new SeparatorMenuItem(),
                item("_Present (full screen, large text)", "F11", "menu-present", window::togglePresenting),
                new SeparatorMenuItem());
        ToggleGroup sizes = new ToggleGroup();
        for (TextSize size : TextSize.values()) {
            RadioMenuItem item = new RadioMenuItem(size.label());
            item.setId("menu-text-" + size.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(sizes);
            item.setSelected(window.textSizeProperty().get() == size);
            item.setOnAction(e -> window.textSizeProperty().set(size));
            window.textSizeProperty().addListener((o, was, now) -> item.setSelected(now == size));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t == Theme.LIGHT ? "_Light theme" : "_Dark theme");
            item.setId("menu-theme-" + t.id());
            item.setToggleGroup(themes);
            item.setSelected(window.themeProperty().get() == t);
            item.setOnAction(e -> window.themeProperty().set(t));
            window.themeProperty().addListener((o, was, now) -> item.setSelected(now == t));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu layout() {
        return new Menu("_Layout", null,
                item("_Auto layout", "Shortcut+L", "menu-auto-layout", () -> window.layout().autoLayout()),
                item("Layout _new components only", "Shortcut+Shift+L", "menu-layout-new", () -> window.layout().layoutNew()));
    }

    private Menu analysis() {
        Menu menu = new Menu("_Analysis");
        ToggleGroup modes = new ToggleGroup();
        var mode = window.analysis().modeProperty();
        for (AnalysisMode m : AnalysisMode.values()) {
            RadioMenuItem item = new RadioMenuItem(m.label());
            item.setId("menu-mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (m.ordinal() + 1)));
            item.setToggleGroup(modes);
            item.setSelected(mode.get() == m);
            item.setOnAction(e -> mode.set(m));
            mode.addListener((o, was, now) -> item.setSelected(now == m));
            menu.getItems().add(item);
        }
        MenuItem stop = new MenuItem("Stop checking the policy");
        stop.setId("menu-policy-stop");
        stop.setOnAction(e -> window.document().policyProperty().set(null));
        stop.disableProperty().bind(window.document().policyProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("Check _policy\u2026", "Shortcut+Shift+P", "menu-policy", window::checkPolicy), stop);
        return menu;
    }

    private Menu simulate() {
        return new Menu("_Simulate", null,
                item("_Monte Carlo\u2026", "Shortcut+Shift+M", "menu-monte-carlo", window::showMonteCarlo));
    }

    /** File → Open Recent, rebuilt whenever the list changes; a file that has gone is dropped from it. */
    private Menu recent() {
        Menu menu = new Menu("Open _Recent");
        menu.setId("menu-recent");
        var list = window.services().recent().files();
        Runnable fill = () -> {
            menu.getItems().clear();
            for (java.nio.file.Path p : list) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> window.openRecent(p));
                menu.getItems().add(item);
            }
            menu.setDisable(list.isEmpty());
        };
        list.addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fill.run());
        fill.run();
        return menu;
    }

    private static CheckMenuItem check(String text, String shortcut, String id, java.util.function.Consumer<Boolean> action) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(true);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.selectedProperty().addListener((o, was, now) -> action.accept(now));
        return item;
    }

    /** Off at first: the key covers part of the drawing, so it is shown when asked for. */
    private static CheckMenuItem unchecked(CheckMenuItem item) {
        item.setSelected(false);
        return item;
    }

    private static MenuItem hidden(MenuItem item) {
        item.setVisible(false);
        return item;
    }

    private static MenuItem item(String text, String shortcut, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
