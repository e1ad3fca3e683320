package dev.stagecraft.ui.find;

import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.style.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The Ctrl+F bar: type part of a component's id or name; Enter jumps to the next match (best first,
 * wrapping around), Shift+Enter to the previous one, Esc closes the bar.
 */
public final class FindBar extends HBox {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final Supplier<ServiceGraph> graph;
    private final Consumer<String> jumpTo;
    private List<String> matches = List.of();
    private int next;

    public FindBar(Supplier<ServiceGraph> graph, Consumer<String> jumpTo) {
        super(8);
        this.graph = graph;
        this.jumpTo = jumpTo;
        getStyleClass().add(Styles.FIND_BAR);
        setId("find-bar");
        field.setId("find-field");
        field.setPromptText("Find component by id or name");
        field.setPrefColumnCount(24);
        count.setId("find-count");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new Label("Find"), field, count);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        field.textProperty().addListener((o, was, now) -> search());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with the field focused and its text selected. */
    public void open() {
        setVisible(true);
        setManaged(true);
        search();
        field.requestFocus();
        field.selectAll();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        if (getParent() != null) {
            getParent().requestFocus();
        }
    }

    private void search() {
        matches = ComponentSearch.find(graph.get(), field.getText());
        next = 0;
        count.setText(field.getText().isBlank() ? "" : matches.isEmpty() ? "no match" : matches.size() + " found");
    }

    private void jump(int step) {
        matches = matches.stream().filter(graph.get()::contains).toList();
        if (matches.isEmpty()) {
            return;
        }
        int i = Math.floorMod(step > 0 ? next : next - 2, matches.size());
        jumpTo.accept(matches.get(i));
        next = i + 1;
        count.setText((i + 1) + " of " + matches.size());
    }
}
