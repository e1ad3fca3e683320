package dev.stagecraft.diff;

import dev.stagecraft.diff.GraphChanges.BlastRadiusChange;
import dev.stagecraft.diff.GraphChanges.ComponentChange;
import dev.stagecraft.diff.GraphChanges.DependencyChange;
import dev.stagecraft.diff.GraphChanges.FieldChange;
import dev.stagecraft.diff.GraphChanges.WaveMove;
import java.util.List;

/** {@code stagecraft diff --format text}: the changes for people, longest lists cut with "... and N more". */
public final class GraphChangesText {
    private static final int LIMIT = 20;

    private GraphChangesText() {
    }

    public static String render(GraphChanges c) {
        if (c.isEmpty()) {
            return "No changes in rollout terms.\n";
        }
        StringBuilder b = new StringBuilder();
        ids(b, "Components added", c.componentsAdded(), "+ ");
        ids(b, "Components removed", c.componentsRemoved(), "- ");
        if (!c.componentsChanged().isEmpty()) {
            b.append("Components changed (").append(c.componentsChanged().size()).append("):\n");
            for (ComponentChange change : cut(c.componentsChanged())) {
                b.append("  ~ ").append(change.id()).append('\n');
                fields(b, change.fields());
            }
            more(b, c.componentsChanged());
        }
        ids(b, "Dependencies added", c.dependenciesAdded(), "+ ");
        ids(b, "Dependencies removed", c.dependenciesRemoved(), "- ");
        if (!c.dependenciesChanged().isEmpty()) {
            b.append("Dependencies changed (").append(c.dependenciesChanged().size()).append("):\n");
            for (DependencyChange change : cut(c.dependenciesChanged())) {
                b.append("  ~ ").append(change.dependency()).append('\n');
                fields(b, change.fields());
            }
            more(b, c.dependenciesChanged());
        }
        ids(b, "Groups added", c.groupsAdded(), "+ ");
        ids(b, "Groups removed", c.groupsRemoved(), "- ");
        ids(b, "Groups with other members", c.groupsChanged(), "~ ");
        if (c.wavesBefore() != c.wavesAfter() || !c.wavesMoved().isEmpty()) {
            b.append("Waves: ").append(c.wavesBefore()).append(" -> ").append(c.wavesAfter());
            b.append(c.wavesMoved().isEmpty() ? "\n" : ", " + c.wavesMoved().size()
                    + (c.wavesMoved().size() == 1 ? " component" : " components") + " moved:\n");
            for (WaveMove m : cut(c.wavesMoved())) {
                b.append("  ").append(m.id()).append(": wave ").append(m.before()).append(" -> ").append(m.after()).append('\n');
            }
            more(b, c.wavesMoved());
        }
        if (!c.blastRadiusChanged().isEmpty()) {
            long grew = c.blastRadiusChanged().stream().filter(x -> x.delta() > 0).count();
            b.append("Blast radius: ").append(grew).append(" grew, ").append(c.blastRadiusChanged().size() - grew)
                    .append(" shrank:\n");
            for (BlastRadiusChange x : cut(c.blastRadiusChanged())) {
                b.append("  ").append(x.id()).append(": ").append(x.before()).append(" -> ").append(x.after())
                        .append(" (").append(x.delta() > 0 ? "+" : "").append(x.delta()).append(")\n");
            }
            more(b, c.blastRadiusChanged());
        }
        if (c.criticalPath().changed()) {
            int d = c.criticalPath().minutesAfter() - c.criticalPath().minutesBefore();
            b.append("Critical path: ").append(c.criticalPath().minutesBefore()).append(" -> ")
                    .append(c.criticalPath().minutesAfter()).append(" minutes (").append(d > 0 ? "+" : "").append(d)
                    .append(")\n  before: ").append(String.join(" -> ", c.criticalPath().pathBefore()))
                    .append("\n  after:  ").append(String.join(" -> ", c.criticalPath().pathAfter())).append('\n');
        }
        return b.toString();
    }

    private static void ids(StringBuilder b, String title, List<String> ids, String mark) {
        if (ids.isEmpty()) {
            return;
        }
        b.append(title).append(" (").append(ids.size()).append("):\n");
        cut(ids).forEach(id -> b.append("  ").append(mark).append(id).append('\n'));
        more(b, ids);
    }

    private static void fields(StringBuilder b, List<FieldChange> fields) {
        for (FieldChange f : fields) {
            b.append("      ").append(f.field()).append(": ").append(f.before() == null ? "(none)" : f.before())
                    .append(" -> ").append(f.after() == null ? "(none)" : f.after()).append('\n');
        }
    }

    private static <T> List<T> cut(List<T> list) {
        return list.size() <= LIMIT ? list : list.subList(0, LIMIT);
    }

    private static void more(StringBuilder b, List<?> list) {
        if (list.size() > LIMIT) {
            b.append("  ... and ").append(list.size() - LIMIT).append(" more\n");
        }
    }
}
