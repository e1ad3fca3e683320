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
 * A field that may be left empty can have a <b>default in force</b>: the value used when it is empty (shown greyed
 * in the empty field), with a sentence saying where it comes from (the field's tooltip).
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
    private final Function<T, String> inForce;
    private final Function<T, String> explain;
    private final ReadOnlyStringWrapper defaultText = new ReadOnlyStringWrapper(this, "defaultText", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    /** Set once while the inspector's fields are built: whether the editor takes the inspector's whole width. */
    private boolean wide;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    InspectorField(String key, String label, Editor editor, List<String> choices,
                   Function<T, String> read, BiFunction<T, String, T> apply) {
        this(key, label, editor, choices, read, apply, null, null);
    }

    /**
     * @param inForce the value used when the field is empty, as text; null when the field has no default
     * @param explain the tooltip: where the default comes from (and what the set value overrides)
     */
    InspectorField(String key, String label, Editor editor, List<String> choices, Function<T, String> read,
                   BiFunction<T, String, T> apply, Function<T, String> inForce, Function<T, String> explain) {
        this.inForce = inForce;
        this.explain = explain;
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

    /** Whether the editor takes the inspector's whole width, its label above it (long text: names, gates, steps). */
    public boolean wide() {
        return wide || editor == Editor.LINES;
    }

    /** Makes the field {@link #wide()}; for building the field lists only. */
    InspectorField<T> spanning() {
        wide = true;
        return this;
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

    /** The value in force when the field is empty (shown greyed in it); empty when the field has no default. */
    public ReadOnlyStringProperty defaultTextProperty() {
        return defaultText.getReadOnlyProperty();
    }

    /** Says where the default comes from; empty when the field has none. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    void load(T value) {
        defaultText.set(inForce == null ? "" : inForce.apply(value));
        hint.set(explain == null ? "" : explain.apply(value));
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
