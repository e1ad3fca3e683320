package dev.stagecraft.ui.navigate;

import dev.stagecraft.analysis.FastBlastRadius;
import dev.stagecraft.diagram.Highlighting;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphSnapshot;
import dev.stagecraft.model.RolloutDefaults;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.ui.canvas.GraphCanvas;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips on the drawing: over a component, what it is (kind, team, tier, changing), its rollout in force (the
 * file's values or the defaults) and, from the latest analysed revision, its wave and blast radius; over a
 * dependency, its ends, kind and strength and what that means for an outage. What the highlight shows of it
 * (critical-path minutes, wave) comes first, so the badges explain themselves.
 */
public final class CanvasTooltips {
    private final GraphCanvas canvas;
    private final Supplier<ServiceGraph> graph;
    private final Supplier<Revision> revision;
    private final Tooltip tip = new Tooltip();
    private Object shownFor;
    private boolean installed;

    public CanvasTooltips(GraphCanvas canvas, Supplier<ServiceGraph> graph, Supplier<Revision> revision) {
        this.canvas = canvas;
        this.graph = graph;
        this.revision = revision;
        tip.setShowDelay(Duration.millis(500));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setId("canvas-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hovered(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> show(null, null));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> tip.hide());
        // a tooltip belongs to the view it was asked in: a pan, a zoom, a mode change or a key takes it away
        canvas.viewportProperty().addListener((o, was, now) -> show(null, null));
        canvas.highlightingProperty().addListener((o, was, now) -> show(null, null));
        canvas.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> show(null, null));
            }
        });
    }

    private void hovered(double x, double y) {
        String id = canvas.componentAt(x, y);
        if (id != null && chainShownFor(id)) {
            show(null, null); // the hover chain's box says how the blast reaches it; a tooltip too would cover more
            return;
        }
        if (id != null) {
            show(id, () -> describeComponent(id));
            return;
        }
        Dependency.Key key = canvas.dependencyAt(x, y);
        show(key, key == null ? null : () -> describeDependency(key));
    }

    private void show(Object target, Supplier<String> text) {
        if (Objects.equals(target, shownFor)) {
            return;
        }
        shownFor = target;
        String value = text == null ? null : text.get();
        if (value == null) {
            if (installed) {
                Tooltip.uninstall(canvas, tip);
                installed = false;
            }
            tip.hide();
            return;
        }
        tip.setText(value);
        if (!installed) {
            Tooltip.install(canvas, tip);
            installed = true;
        }
    }

    /** Whether {@link HoverChain} shows a chain for this component: an impacted one in a blast radius. */
    private boolean chainShownFor(String id) {
        var h = canvas.highlightingProperty().get();
        var d = canvas.diagramProperty().get();
        if (h == null || d == null || !(h.highlight() instanceof dev.stagecraft.diagram.Highlight.Blast)) {
            return false;
        }
        int i = d.indexOf(id);
        var st = i < 0 || i >= h.size() ? null : h.state(i);
        return st == dev.stagecraft.diagram.Highlighting.NodeState.OUTAGE
                || st == dev.stagecraft.diagram.Highlighting.NodeState.DEGRADED;
    }

    /** The text shown over a component; null when the graph has no such component. */
    public String describeComponent(String id) {
        ServiceGraph g = graph.get();
        Component c = g == null ? null : g.component(id).orElse(null);
        if (c == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String badge = badge(id);
        if (badge != null) {
            b.append(badge).append('\n');
        }
        b.append(c.displayName());
        if (!c.displayName().equals(c.id())) {
            b.append("  (").append(c.id()).append(')');
        }
        b.append('\n').append(c.kind().id());
        if (c.team() != null && !c.team().isBlank()) {
            b.append(" \u00b7 team ").append(c.team());
        }
        b.append(" \u00b7 tier ").append(c.effectiveTier());
        if (c.system() != null) {
            b.append(" \u00b7 system ").append(c.system());
        }
        b.append(c.changing() ? " \u00b7 changing in this release" : " \u00b7 not changing");
        RolloutDefaults.EffectiveRollout r = RolloutDefaults.effective(c);
        b.append(String.format(Locale.ROOT, "%nRollout: %d min, stages %s, bake %d min, rollback %d min",
                r.durationMinutes(), r.stages().isEmpty() ? "none" : r.stages() + " %", r.bakeMinutes(),
                r.rollbackMinutes()));
        Revision rev = revision.get();
        GraphSnapshot s = rev == null ? null : rev.snapshot();
        int v = s == null ? -1 : s.indexOf(id);
        if (v >= 0) {
            FastBlastRadius.Split split = rev.analysis().blastRadius().split(v);
            b.append(String.format(Locale.ROOT, "%nWave %d \u00b7 if it fails: %d in outage, %d degraded",
                    rev.analysis().waves().waveOf(v), split.outage().length, split.degraded().length));
        }
        return b.toString();
    }

    /** The text shown over a dependency; null when the graph has no such dependency. */
    public String describeDependency(Dependency.Key key) {
        ServiceGraph g = graph.get();
        Dependency d = g == null ? null : g.dependency(key.from(), key.to()).orElse(null);
        if (d == null) {
            return null;
        }
        String from = g.requireComponent(d.from()).displayName();
        String to = g.requireComponent(d.to()).displayName();
        return from + " depends on " + to + "\n" + d.effectiveKind().id() + " \u00b7 "
                + (d.isHard() ? "hard: an outage of " + to + " takes " + from + " down"
                        : "soft: an outage of " + to + " only degrades " + from);
    }

    /** What the current highlight says of the component, e.g. its critical-path minutes or wave. */
    private String badge(String id) {
        Highlighting h = canvas.highlightingProperty().get();
        var d = canvas.diagramProperty().get();
        int i = d == null ? -1 : d.indexOf(id);
        if (h == null || i < 0 || i >= h.size()) {
            return null;
        }
        String badge = h.badge(i);
        String title = h.title();
        return badge == null ? null : badge + (title == null ? "" : " \u2014 " + title);
    }
}
