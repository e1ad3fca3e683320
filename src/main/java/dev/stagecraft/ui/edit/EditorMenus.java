package dev.stagecraft.ui.edit;

import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.ui.canvas.GraphCanvas;
import dev.stagecraft.ui.document.AnalysisMode;
import dev.stagecraft.ui.document.AnalysisViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The canvas's context menus: over a component, over a dependency, over empty space. Each item calls the same
 * {@link EditActions} (so one undoable command) or view action as the menu bar and the keys. A right-click on a
 * component that is not selected selects it first; on one of several selected, the items act on them all.
 * A component's menu also puts failures into the simulated scenario ("Fail its new version at stage…", "… at
 * minute…", "Take it down from minute … to …"), which the window carries out.
 */
public final class EditorMenus {
    /** What only the window can do for a menu item. */
    public interface WindowActions {
        /** Brings the inspector forward with the selection shown in it. */
        void inspect();

        /** Lays the whole graph out (Ctrl+L). */
        void layout();

        /** Adds to the simulated scenario a bad version of the component from a stage the user gives. */
        void failAtStage(String component);

        /** Adds a bad version of the component from a minute the user gives. */
        void failAtMinute(String component);

        /** Adds a fault: the component down over a window of minutes the user gives. */
        void takeDown(String component);
    }

    private final EditActions actions;
    private final InPlaceRename rename;
    private final AnalysisViewModel analysis;
    private final GraphCanvas canvas;
    private final WindowActions window;
    private ContextMenu shown;

    EditorMenus(EditActions actions, InPlaceRename rename, AnalysisViewModel analysis, GraphCanvas canvas,
                WindowActions window) {
        this.actions = actions;
        this.rename = rename;
        this.analysis = analysis;
        this.canvas = canvas;
        this.window = window;
    }

    /** The menu last opened, null before the first; for tests and for closing it. */
    public ContextMenu shown() {
        return shown;
    }

    /** Opens the menu for what is at the point (see {@link dev.stagecraft.ui.canvas.GestureReactions#menuRequested}). */
    void open(String component, Dependency.Key dependency, double worldX, double worldY, double screenX, double screenY) {
        List<MenuItem> items;
        if (component != null) {
            if (!actions.selection().isSelected(component)) {
                actions.selection().selectComponents(List.of(component));
            }
            items = componentItems(component);
        } else if (dependency != null) {
            actions.selection().selectDependency(dependency);
            items = dependencyItems(dependency);
        } else {
            items = canvasItems(worldX, worldY);
        }
        if (shown != null) {
            shown.hide();
        }
        shown = new ContextMenu(items.toArray(MenuItem[]::new));
        shown.setId("canvas-context-menu");
        shown.show(canvas, screenX, screenY);
    }

    /**
     * The items for a component (the one right-clicked, or the selection it is part of): rename, inspect, blast
     * radius, select its direct dependents or dependencies, the scenario's failures (of the one right-clicked),
     * changing, copy, delete.
     */
    List<MenuItem> componentItems(String component) {
        boolean several = actions.selection().components().size() > 1;
        List<MenuItem> items = new ArrayList<>(List.of(
                item("Rename\u2026", "ctx-rename", () -> {
                    actions.selection().selectComponents(List.of(component));
                    rename.start(component);
                }),
                item("Edit in inspector", "ctx-inspect", () -> {
                    actions.selection().selectComponents(List.of(component));
                    window.inspect();
                }),
                item("Show blast radius", "ctx-blast-radius", () -> {
                    analysis.select(component);
                    analysis.modeProperty().set(AnalysisMode.BLAST);
                }),
                new SeparatorMenuItem(),
                item("Select dependents", "ctx-select-dependents", () -> actions.selectDependentsOf(component)),
                item("Select dependencies", "ctx-select-dependencies", () -> actions.selectDependenciesOf(component)),
                new SeparatorMenuItem(),
                item("Fail its new version at stage\u2026", "ctx-fail-at-stage", () -> window.failAtStage(component)),
                item("Fail its new version at minute\u2026", "ctx-fail-at-minute", () -> window.failAtMinute(component)),
                item("Take it down from minute \u2026 to \u2026", "ctx-take-down", () -> window.takeDown(component)),
                new SeparatorMenuItem(),
                item(actions.allChanging() ? "Unmark changing" : "Mark changing", "ctx-changing", actions::toggleChanging),
                item(several ? "Copy selected" : "Copy", "ctx-copy", actions::copy),
                item(several ? "Delete selected" : "Delete", "ctx-delete", actions::delete)));
        String system = actions.systemOf(component);
        if (system != null) {
            items.add(new SeparatorMenuItem());
            items.add(item("Collapse system " + system, "ctx-collapse-system", () -> {
                actions.selection().clear(); // its members go under the card: a selection there would be invisible
                canvas.collapsedSystemsProperty().add(system);
            }));
        }
        return items;
    }

    /** Shows a collapsed system's members again. */
    void expand(String system) {
        canvas.collapsedSystemsProperty().remove(system);
    }

    /** Opens the menu of a collapsed system's card: expand it, select its components. */
    void openSystem(String system, List<String> members, double screenX, double screenY) {
        if (shown != null) {
            shown.hide();
        }
        shown = new ContextMenu(
                item("Expand system " + system, "ctx-expand-system", () -> canvas.collapsedSystemsProperty().remove(system)),
                item("Select its " + members.size() + (members.size() == 1 ? " component" : " components"),
                        "ctx-select-system", () -> actions.selection().selectComponents(members)),
                new SeparatorMenuItem(),
                item("Expand all systems", "ctx-expand-all-systems", () -> canvas.collapsedSystemsProperty().clear()));
        shown.setId("canvas-context-menu");
        shown.show(canvas, screenX, screenY);
    }

    /** The items for a dependency: edit it in the inspector, delete it. */
    List<MenuItem> dependencyItems(Dependency.Key dependency) {
        return List.of(
                item("Edit in inspector", "ctx-edit-dependency", () -> {
                    actions.selection().selectDependency(dependency);
                    window.inspect();
                }),
                item("Delete dependency", "ctx-delete-dependency", () -> {
                    actions.selection().selectDependency(dependency);
                    actions.delete();
                }));
    }

    /** The items for empty space: add a component of a kind there, paste, select all, fit, lay out. */
    List<MenuItem> canvasItems(double worldX, double worldY) {
        Menu add = new Menu("Add component here");
        add.setId("ctx-add");
        for (ComponentKind kind : ComponentKind.values()) {
            add.getItems().add(item(kind.id(), "ctx-add-" + kind.id(), () -> actions.addComponentAt(kind, worldX, worldY)));
        }
        return List.of(
                item("Add service here", "ctx-add-service-here", () -> actions.addComponentAt(ComponentKind.SERVICE, worldX, worldY)),
                add,
                item("Paste", "ctx-paste", actions::paste),
                new SeparatorMenuItem(),
                item("Select all", "ctx-select-all", actions::selectAll),
                item("Zoom to fit", "ctx-fit", canvas::zoomToFit),
                item("Auto layout", "ctx-layout", window::layout));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
