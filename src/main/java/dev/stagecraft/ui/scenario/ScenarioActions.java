package dev.stagecraft.ui.scenario;

import dev.stagecraft.model.SavedScenario;
import dev.stagecraft.plan.PlanOptions;
import dev.stagecraft.plan.PlanStep;
import dev.stagecraft.revision.Revision;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What the map's context menu and the Scenario tab do to the scenario: ask for a stage, a minute or a window, then
 * one edit of the {@link ScenarioViewModel}. Entries are spelled as on the command line ({@code checkout@2},
 * {@code checkout@40m}, {@code orders-db@30-45m}), so what the tab shows is what {@code simulate} takes.
 */
public final class ScenarioActions {
    /** Asks one question; empty when the user cancels. */
    @FunctionalInterface
    public interface Ask {
        Optional<String> ask(String title, String question, String initial);
    }

    private final ScenarioViewModel scenarios;
    private final Supplier<Revision> revision;
    private final Ask ask;
    private final BiConsumer<String, String> showError;
    private final Runnable changed;

    /**
     * @param revision  the latest analysed revision (for the stages and start of a component's step)
     * @param showError shows a header and a sentence
     * @param changed   after each change from the map: the window shows the Scenario tab and the replay
     */
    public ScenarioActions(ScenarioViewModel scenarios, Supplier<Revision> revision, Ask ask,
                           BiConsumer<String, String> showError, Runnable changed) {
        this.scenarios = scenarios;
        this.revision = revision;
        this.ask = ask;
        this.showError = showError;
        this.changed = changed;
    }

    /** Context menu: "Fail its new version at stage…". */
    public void failAtStage(String component) {
        step(component).ifPresent(step -> {
            int n = step.stages().size();
            ask.ask("Fail " + component + " at a stage", "Bad from the start of stage (1\u2013" + n + "; "
                    + stagesText(step) + "):", "1").ifPresent(text -> {
                        Integer k = number(text.strip());
                        if (k == null || k < 1 || k > n) {
                            showError.accept("Not a stage of " + component, "'" + text.strip() + "': give a stage from 1 to " + n + ".");
                            return;
                        }
                        scenarios.addBadVersion(SavedScenario.BadVersion.atStage(component, k));
                        changed.run();
                    });
        });
    }

    /** Context menu: "Fail its new version at minute…". */
    public void failAtMinute(String component) {
        step(component).ifPresent(step -> ask.ask("Fail " + component + " at a minute", "Bad from minute (its step runs "
                + step.startMinute() + "\u2013" + step.endMinute() + "):", String.valueOf(step.startMinute()))
                .ifPresent(text -> {
                    Integer m = number(text.strip());
                    if (m == null || m < 0) {
                        showError.accept("Not a minute", "'" + text.strip() + "': give a whole minute from 0.");
                        return;
                    }
                    scenarios.addBadVersion(SavedScenario.BadVersion.atMinute(component, m));
                    changed.run();
                }));
    }

    /** Context menu: "Take it down from minute … to …". */
    public void takeDown(String component) {
        ask.ask("Take " + component + " down", "Down from minute A to minute B, written A-B:", "0-30").ifPresent(text -> {
            Optional<SavedScenario.Outage> f = SavedScenario.Outage.parse(component + "@" + text.strip());
            if (f.isEmpty()) {
                showError.accept("Not a window", "'" + text.strip() + "': write A-B with A < B, e.g. 30-45.");
                return;
            }
            scenarios.addFault(f.get());
            changed.run();
        });
    }

    /** The tab's "Bad version…": any component, spelled ID@K or ID@Mm. */
    public void addBadVersion() {
        ask.ask("Add a bad version", "Component and stage (ID@K) or minute (ID@Mm):", "").ifPresent(text ->
                parseBad(text).ifPresent(scenarios::addBadVersion));
    }

    /** The tab's "Fault…": spelled ID@A-Bm. */
    public void addFault() {
        ask.ask("Add a fault", "Component down from minute A to B (ID@A-Bm):", "").ifPresent(text ->
                parseFault(text).ifPresent(scenarios::addFault));
    }

    /** Edits entry {@code index} of the tab's list (bad versions first, then faults). */
    public void editEntry(int index) {
        SavedScenario s = scenarios.scenario();
        if (index < 0) {
            return;
        }
        if (index < s.inject().size()) {
            ask.ask("Edit a bad version", "Component and stage (ID@K) or minute (ID@Mm):", s.inject().get(index).text())
                    .ifPresent(text -> parseBad(text).ifPresent(b -> scenarios.replaceBadVersion(index, b)));
        } else if (index - s.inject().size() < s.faults().size()) {
            int f = index - s.inject().size();
            ask.ask("Edit a fault", "Component down from minute A to B (ID@A-Bm):", s.faults().get(f).text())
                    .ifPresent(text -> parseFault(text).ifPresent(o -> scenarios.replaceFault(f, o)));
        }
    }

    public void removeEntry(int index) {
        SavedScenario s = scenarios.scenario();
        if (index >= 0 && index < s.inject().size()) {
            scenarios.removeBadVersion(index);
        } else if (index >= s.inject().size() && index - s.inject().size() < s.faults().size()) {
            scenarios.removeFault(index - s.inject().size());
        }
    }

    /** Renames the scenario; a name that is not an id, or that another saved scenario has, is refused with a message. */
    public void rename(String name) {
        String n = name.strip();
        if (n.equals(scenarios.scenario().name())) {
            return;
        }
        if (!SavedScenario.NAME_PATTERN.matcher(n).matches()) {
            showError.accept("Not a scenario name", "'" + n + "': a name is lower case letters, digits, '.', '_' and"
                    + " '-', starting with a letter or digit.");
            return;
        }
        try {
            scenarios.edit(s -> s.withName(n), "Rename the scenario to " + n);
        } catch (IllegalArgumentException e) {
            showError.accept("Name taken", e.getMessage());
        }
    }

    private Optional<PlanStep> step(String component) {
        Revision r = revision.get();
        Optional<PlanStep> step = r == null ? Optional.empty() : r.plan(PlanOptions.defaults()).steps().stream()
                .filter(s -> s.components().contains(component)).findFirst();
        if (step.isEmpty()) {
            showError.accept(component + " has no new version",
                    component + " is not changing in this release, so no step rolls it out; mark it changing"
                            + " (Ctrl+K) to fail its new version, or take it down instead.");
        }
        return step;
    }

    private static String stagesText(PlanStep step) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < step.stages().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(i + 1).append(" = ").append(step.stages().get(i).percent()).append('%');
        }
        return b.toString();
    }

    private Optional<SavedScenario.BadVersion> parseBad(String text) {
        Optional<SavedScenario.BadVersion> b = SavedScenario.BadVersion.parse(text);
        if (b.isEmpty()) {
            showError.accept("Not a bad version", "'" + text.strip() + "': write ID@K (stage K, from 1) or ID@Mm (from minute M).");
        }
        return b;
    }

    private Optional<SavedScenario.Outage> parseFault(String text) {
        Optional<SavedScenario.Outage> f = SavedScenario.Outage.parse(text);
        if (f.isEmpty()) {
            showError.accept("Not a fault", "'" + text.strip() + "': write ID@A-Bm (down from minute A to minute B, A < B).");
        }
        return f;
    }

    private static Integer number(String text) {
        return text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
    }
}
