package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.diagram.Viewport;
import dev.stagecraft.ui.style.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip under the canvas: component and dependency counts, findings, what the highlight shows
 * (e.g. "Blast radius of auth: 4 outage, 1 degraded") and the zoom. Only bindings, no logic.
 */
public final class StatusBar extends HBox {
    final Label counts = new Label();
    final Label findings = new Label();
    final Label highlight = new Label();
    final Label zoom = new Label();
    final Label hint = new Label("Drag a knob to connect \u00b7 drag empty space pans \u00b7 Shift+drag selects"
            + " \u00b7 double-click adds");

    public StatusBar(DocumentViewModel document, AnalysisViewModel analysis, ReadOnlyObjectProperty<Viewport> viewport) {
        getStyleClass().add(Styles.STATUS_BAR);
        for (Label l : new Label[] {counts, findings, highlight, zoom}) {
            l.getStyleClass().add(Styles.STATUS_ITEM);
        }
        highlight.getStyleClass().add(Styles.STATUS_HIGHLIGHT);
        counts.setId("status-counts");
        findings.setId("status-findings");
        highlight.setId("status-highlight");
        zoom.setId("status-zoom");
        hint.setId("status-hint");
        hint.getStyleClass().addAll(Styles.STATUS_ITEM, Styles.TOOLBAR_HINT);
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = analysis.diagramProperty().get();
            return d == null ? "" : plural(d.size(), "component") + " \u00b7 " + plural(d.edgeCount(), "dependency");
        }, analysis.diagramProperty()));
        findings.textProperty().bind(Bindings.createStringBinding(
                () -> plural(document.findingsProperty().get().size(), "finding"), document.findingsProperty()));
        highlight.textProperty().bind(Bindings.createStringBinding(() -> {
            Highlighting h = analysis.highlightingProperty().get();
            return h == null || h.title() == null ? "" : h.title();
        }, analysis.highlightingProperty()));
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.0f %%", viewport.get().scale() * 100), viewport));
        // when the bar is short of room the gesture hint gives way first, never the counts or the highlight
        for (Label l : new Label[] {counts, findings, highlight, zoom}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        // cut short ("…") at 1280 px when a highlight title is long: the whole hint is one hover away
        hint.setTooltip(new javafx.scene.control.Tooltip(hint.getText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(counts, findings, highlight, spacer, hint, zoom);
    }

    private static String plural(int n, String word) {
        String many = word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
        return n + " " + (n == 1 ? word : many);
    }
}
