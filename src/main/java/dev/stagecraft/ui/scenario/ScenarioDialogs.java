package dev.stagecraft.ui.scenario;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The window's way of asking for a stage, a minute or a window of minutes: a one-field dialog. */
public final class ScenarioDialogs {
    private ScenarioDialogs() {
    }

    /** A text-input dialog over {@code owner}; its field has the id {@code scenario-dialog-field}. */
    public static ScenarioActions.Ask textInput(Window owner) {
        return (title, question, initial) -> {
            TextInputDialog d = new TextInputDialog(initial);
            d.initOwner(owner);
            d.setTitle(title);
            d.setHeaderText(null);
            d.setContentText(question);
            d.getEditor().setId("scenario-dialog-field");
            d.getDialogPane().setId("scenario-dialog");
            return d.showAndWait();
        };
    }
}
