package dev.stagecraft.ui.task;

import dev.stagecraft.ui.style.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Status-bar piece: what runs, a progress bar and Cancel; hidden when nothing runs. */
public final class TaskIndicator extends HBox {
    public TaskIndicator(FxTaskExecutor executor) {
        setSpacing(8);
        setId(Styles.TASK_INDICATOR_ID);
        Label text = new Label();
        text.textProperty().bind(executor.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(executor.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("task-cancel");
        cancel.setOnAction(e -> executor.cancel());
        getChildren().addAll(text, bar, cancel);
        visibleProperty().bind(executor.runningProperty());
        managedProperty().bind(executor.runningProperty());
    }
}
