package dev.stagecraft.ui.inspector;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable field of the inspector for records of type {@code T}: the text shown, the problem with
 * it (empty when fine), how to read it from a record and how to apply typed text to a record. An apply
 * that rejects the text throws {@link IllegalArgumentException} with the message shown next to the field.
 *
 * @param <T> the record edited (component, dependency or group)
 */
public final class InspectorField<T> {
    /** How the field is edited: free text, a fixed list of choices, a check box, or several lines. */
    public enum Editor { TEXT, CHOICE, CHECK, LINES }

    private final String key;
    private final String label;
    private final Editor editor;
    private final List<String> choices;
    private final Function<T, String> read;
    private final BiFunction<T, String, T> apply;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    InspectorField(String key, String label, Editor editor, List<String> choices,
                   Function<T, String> read, BiFunction<T, String, T> apply) {
        this.key = key;
        this.label = label;
        this.editor = editor;
        this.choices = List.copyOf(choices);
        this.read = read;
        this.apply = apply;
        text.addListener((o, was, now) -> error.set(""));
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Editor editor() {
        return editor;
    }

    public List<String> choices() {
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void load(T value) {
        text.set(read.apply(value));
        error.set("");
    }

    /** The record with this field's text applied; null (and the error set) when the text is invalid. */
    T applyTo(T value) {
        try {
            return apply.apply(value, text.get().strip());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    void fail(String message) {
        error.set(message);
    }
}
