package dev.stagecraft.ui.panels;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Severity;
import dev.stagecraft.ui.style.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;

/**
 * The findings of the open document (reading + validation), one row each: severity mark, code,
 * message, line:col. It follows the document's findings property, so it updates as the graph is
 * edited. Choosing a row hands the finding to {@code onChoose} (the window selects its subjects).
 */
public final class FindingsPanel extends ListView<Finding> {
    public FindingsPanel(ObservableValue<List<Finding>> findings, Consumer<Finding> onChoose) {
        getStyleClass().add(Styles.FINDINGS_PANEL);
        setId("findings-list");
        setPlaceholder(new Label("No findings: the graph is valid."));
        getItems().setAll(findings.getValue());
        findings.addListener((o, was, now) -> getItems().setAll(now));
        setCellFactory(list -> new FindingCell());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onChoose.accept(now);
            }
        });
    }

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Circle mark = new Circle(6);
            mark.getStyleClass().addAll(Styles.FINDING_MARK, Styles.finding(f.severity()));
            Label severity = new Label(label(f.severity()));
            severity.getStyleClass().add(Styles.FINDING_SEVERITY);
            severity.setMinWidth(USE_PREF_SIZE);
            Label code = new Label(f.code());
            code.getStyleClass().add(Styles.FINDING_CODE);
            code.setMinWidth(USE_PREF_SIZE);
            Label message = new Label(f.message());
            message.getStyleClass().add(Styles.FINDING_MESSAGE);
            message.setMaxWidth(Double.MAX_VALUE);
            message.setMinWidth(0);
            HBox.setHgrow(message, Priority.ALWAYS);
            Label where = new Label(f.location() == null || f.location().line() <= 0 ? ""
                    : f.location().line() + ":" + f.location().column());
            where.getStyleClass().add(Styles.FINDING_LOCATION);
            where.setMinWidth(USE_PREF_SIZE);
            HBox row = new HBox(8, mark, severity, code, message, where);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            // Fit the list's width (the message is cut with an ellipsis) instead of scrolling sideways.
            setPrefWidth(0);
            setTooltipText(f);
        }

        private void setTooltipText(Finding f) {
            setTooltip(new javafx.scene.control.Tooltip(f.message()));
        }

        private static String label(Severity s) {
            return s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
        }
    }
}
