package dev.stagecraft.ui.edit;

/** Style-class names used by the editing views (see base.css). */
public final class EditStyles {
    public static final String OVERLAY = "edit-overlay";
    public static final String MESSAGE = "edit-message";
    public static final String RENAME_FIELD = "rename-field";
    public static final String FIELD_ERROR = "field-error";
    public static final String PALETTE = "component-palette";
    public static final String PALETTE_ENTRY = "palette-entry";
    public static final String INSPECTOR = "inspector";
    public static final String INSPECTOR_TITLE = "inspector-title";
    public static final String INVALID = "invalid";
    public static final String TOOLBAR = "main-toolbar";

    private EditStyles() {
    }
}
