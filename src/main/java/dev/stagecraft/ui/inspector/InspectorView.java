package dev.stagecraft.ui.inspector;

import dev.stagecraft.ui.style.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector at the right: the fields of the selected component, dependency or group. Text fields
 * apply on Enter or when they lose focus; choices and check boxes apply when changed; a rejected value
 * is shown in red with the reason under the field and is not applied. An empty field with a default shows the value
 * in force greyed, its tooltip saying it is the default; fields of several lines take the whole width.
 */
public final class InspectorView extends VBox {
    public InspectorView(InspectorViewModel model) {
        getStyleClass().add(Styles.INSPECTOR);
        setId("inspector");
        Label title = new Label();
        title.getStyleClass().add(Styles.INSPECTOR_TITLE);
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        GridPane component = grid(model, model.componentFields(), "component");
        GridPane dependency = grid(model, model.dependencyFields(), "dependency");
        GridPane group = grid(model, model.groupFields(), "group");
        GridPane graph = grid(model, model.graphFields(), "graph");
        VBox related = new VBox();
        related.setId("inspector-related");
        related.getStyleClass().add(Styles.INSPECTOR_RELATED);
        model.revisionProperty().addListener(o -> fillRelated(model, related));
        fillRelated(model, related);
        VBox several = new VBox();
        several.setId("inspector-components");
        several.getStyleClass().add(Styles.INSPECTOR_RELATED);
        model.revisionProperty().addListener(o -> fillSeveral(model, several));
        model.targetProperty().addListener(o -> fillSeveral(model, several));
        fillSeveral(model, several);
        VBox calendar = new VBox();
        calendar.setId("inspector-calendar");
        calendar.getStyleClass().add(Styles.INSPECTOR_RELATED);
        Runnable fillCalendar = () -> {
            List<String> lines = model.calendarLines();
            if (lines.equals(calendar.getUserData())) {
                return;
            }
            calendar.setUserData(lines);
            calendar.getChildren().clear();
            for (String line : lines) {
                Label l = new Label(line.strip());
                l.setWrapText(true);
                if (line.startsWith("  ")) {
                    l.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
                } else {
                    l.setStyle("-fx-font-weight: bold;");
                }
                calendar.getChildren().add(l);
            }
        };
        model.revisionProperty().addListener(o -> fillCalendar.run());
        model.targetProperty().addListener(o -> fillCalendar.run());
        fillCalendar.run();
        VBox sections = new VBox(graph, component, several, dependency, group, calendar, related);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        getChildren().addAll(title, scroll);
        Runnable show = () -> {
            InspectorViewModel.Target t = model.targetProperty().get();
            show(component, t == InspectorViewModel.Target.COMPONENT);
            show(several, t == InspectorViewModel.Target.COMPONENTS);
            show(dependency, t == InspectorViewModel.Target.DEPENDENCY);
            show(group, t == InspectorViewModel.Target.GROUP);
            show(graph, t == InspectorViewModel.Target.GRAPH);
        };
        model.targetProperty().addListener(o -> show.run());
        show.run();
    }

    /** A hub with thousands of dependents gets this many links, then a line saying how many more. */
    static final int MAX_DEPENDENCY_LINKS = 60;

    /**
     * For several selected components: what they are, buttons marking them all as changing or not (one undoable
     * step each), and a link per component to inspect it alone.
     */
    private static void fillSeveral(InspectorViewModel model, VBox box) {
        List<String> ids = model.selectedComponents();
        String summary = model.selectionSummary();
        List<Object> shown = List.of(ids, summary);
        if (shown.equals(box.getUserData())) {
            return;
        }
        box.setUserData(shown);
        box.getChildren().clear();
        if (ids.isEmpty()) {
            return;
        }
        Label what = new Label(summary);
        what.setId("inspector-selection-summary");
        what.setWrapText(true);
        javafx.scene.control.Button mark = new javafx.scene.control.Button("Mark all changing");
        mark.setId("inspector-mark-changing");
        mark.setOnAction(e -> model.setSelectedChanging(true));
        javafx.scene.control.Button unmark = new javafx.scene.control.Button("Unmark all");
        unmark.setId("inspector-unmark-changing");
        unmark.setOnAction(e -> model.setSelectedChanging(false));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, mark, unmark);
        buttons.setPadding(new javafx.geometry.Insets(6, 0, 6, 0));
        box.getChildren().addAll(what, buttons);
        for (String id : ids.subList(0, Math.min(ids.size(), MAX_DEPENDENCY_LINKS))) {
            Hyperlink link = new Hyperlink("Component " + id);
            link.setWrapText(true);
            link.setOnAction(e -> model.selectComponent(id));
            box.getChildren().add(link);
        }
        if (ids.size() > MAX_DEPENDENCY_LINKS) {
            Label more = new Label("\u2026 and " + (ids.size() - MAX_DEPENDENCY_LINKS) + " more");
            more.setWrapText(true);
            box.getChildren().add(more);
        }
    }

    /** Links to the dependencies and groups of the shown component, to inspect them. */
    private static void fillRelated(InspectorViewModel model, VBox box) {
        List<dev.stagecraft.model.Dependency.Key> keys = model.relatedDependencies();
        List<String> groups = model.relatedGroups();
        List<Object> related = new java.util.ArrayList<>(keys);
        related.addAll(groups);
        if (related.equals(box.getUserData())) {
            return; // the same links: every edit reloads the inspector, and new controls cost a styling pass
        }
        box.setUserData(related);
        box.getChildren().clear();
        for (var key : keys.subList(0, Math.min(keys.size(), MAX_DEPENDENCY_LINKS))) {
            Hyperlink link = new Hyperlink("Dependency " + key.from() + " \u2192 " + key.to());
            link.setWrapText(true);
            link.setOnAction(e -> model.selectDependency(key));
            box.getChildren().add(link);
        }
        if (keys.size() > MAX_DEPENDENCY_LINKS) {
            Label more = new Label("\u2026 and " + (keys.size() - MAX_DEPENDENCY_LINKS)
                    + " more dependencies (click them on the canvas)");
            more.setWrapText(true);
            more.setId("inspector-more-dependencies");
            box.getChildren().add(more);
        }
        for (String g : groups) {
            Hyperlink link = new Hyperlink("Group " + g);
            link.setWrapText(true);
            link.setId("inspector-link-group-" + g);
            link.setOnAction(e -> model.selectGroup(g));
            box.getChildren().add(link);
        }
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private static GridPane grid(InspectorViewModel model, List<? extends InspectorField<?>> fields, String prefix) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.INSPECTOR_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, editors);
        int row = 0;
        for (InspectorField<?> f : fields) {
            Label label = new Label(f.label());
            Control editor = editor(model, f);
            editor.setId("inspector-" + prefix + "-" + f.key());
            label.setLabelFor(editor);
            showDefault(f, editor);
            Label error = new Label();
            error.getStyleClass().add(Styles.FIELD_ERROR);
            error.setId("inspector-" + prefix + "-" + f.key() + "-error");
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            f.errorProperty().addListener((o, was, now) -> {
                editor.getStyleClass().remove(Styles.INVALID);
                if (!now.isEmpty()) {
                    editor.getStyleClass().add(Styles.INVALID);
                }
            });
            if (f.wide()) {
                // long text (names, gates, rollback steps) gets the inspector's whole width, its label above
                grid.add(label, 0, row++, 2, 1);
                grid.add(editor, 0, row++, 2, 1);
                grid.add(error, 0, row++, 2, 1);
            } else {
                grid.add(label, 0, row);
                grid.add(editor, 1, row++);
                grid.add(error, 1, row++);
            }
        }
        return grid;
    }

    /**
     * A field with a default shows the value in force greyed while it is empty (the prompt text), and says in its
     * tooltip that it is the default and where it comes from.
     */
    private static void showDefault(InspectorField<?> f, Control editor) {
        if (!(editor instanceof TextInputControl input)) {
            return;
        }
        input.promptTextProperty().bind(f.defaultTextProperty());
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.textProperty().bind(f.hintProperty());
        f.hintProperty().addListener((o, was, now) -> input.setTooltip(now.isEmpty() ? null : tip));
        input.setTooltip(f.hintProperty().get().isEmpty() ? null : tip);
        input.getStyleClass().add(Styles.SHOWS_DEFAULT);
    }

    private static Control editor(InspectorViewModel model, InspectorField<?> f) {
        switch (f.editor()) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.valueProperty().bindBidirectional(f.textProperty());
                box.setOnAction(e -> model.commit(f));
                return box;
            }
            case CHECK -> {
                CheckBox check = new CheckBox();
                f.textProperty().addListener((o, was, now) -> check.setSelected(Boolean.parseBoolean(now)));
                check.setOnAction(e -> {
                    f.textProperty().set(String.valueOf(check.isSelected()));
                    model.commit(f);
                });
                return check;
            }
            case LINES -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setPrefColumnCount(10);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(f.textProperty());
                area.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        model.commit(f);
                    }
                });
                area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                        model.commit(f);
                        e.consume();
                    }
                });
                return area;
            }
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(f.textProperty());
                field.setOnAction(e -> model.commit(f));
                field.focusedProperty().addListener((o, was, now) -> {
                    if (!now) {
                        model.commit(f);
                    }
                });
                return field;
            }
        }
    }
}
