package dev.stagecraft.ui.style;

import dev.stagecraft.model.Severity;

/**
 * Every style-class name and style-sheet id the Java code sets, in one place: these are the only names of
 * ours that the style sheets ({@code base.css}, {@code light.css}, {@code dark.css}) can select (a few are
 * hooks no sheet styles yet), so renaming one is a change here and in the sheets. Ids that only tests look up
 * (menu items, tool buttons, fields) stay beside the control they name.
 */
public final class Styles {
    // The window and its frame.
    public static final String MAIN_WINDOW = "main-window";
    /** On the main window's root while presenting. */
    public static final String PRESENTING = "presenting";
    /** The corner note on entering presentation mode. */
    public static final String PRESENTING_HINT = "presenting-hint";
    public static final String MAIN_TOOLBAR = "main-toolbar";
    public static final String TOOLBAR_HINT = "toolbar-hint";
    public static final String CANVAS_STACK = "canvas-stack";
    public static final String BOTTOM_PANELS = "bottom-panels";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_HIGHLIGHT = "status-highlight";
    /** An id, not a class: the style sheet places the background-task indicator by it. */
    public static final String TASK_INDICATOR_ID = "task-indicator";

    // The canvas and what floats over it.
    public static final String GRAPH_CANVAS = "graph-canvas";
    public static final String EDIT_OVERLAY = "edit-overlay";
    public static final String EDIT_MESSAGE = "edit-message";
    public static final String RENAME_FIELD = "rename-field";
    public static final String HOVER_CHAIN = "hover-chain";
    public static final String HOVER_CHAIN_LINE = "hover-chain-line";
    public static final String HOVER_CHAIN_LABEL = "hover-chain-label";
    public static final String MINIMAP = "minimap";
    public static final String MINIMAP_VIEWPORT = "minimap-viewport";
    public static final String FIND_BAR = "find-bar";

    // The side panels: palette and inspector.
    public static final String COMPONENT_PALETTE = "component-palette";
    public static final String PALETTE_ENTRY = "palette-entry";
    public static final String INSPECTOR = "inspector";
    /** The heading of a side panel (the inspector's and the palette's). */
    public static final String INSPECTOR_TITLE = "inspector-title";
    public static final String INSPECTOR_GRID = "inspector-grid";
    public static final String INSPECTOR_RELATED = "inspector-related";
    /** A field whose empty text stands for a default, shown greyed as its prompt. */
    public static final String SHOWS_DEFAULT = "shows-default";
    /** The message under a field whose text does not parse. */
    public static final String FIELD_ERROR = "field-error";
    /** A text field whose text does not parse (inspector fields, the in-place rename). */
    public static final String INVALID = "invalid";

    // The bottom panels: findings and plan.
    public static final String FINDINGS_PANEL = "findings-panel";
    public static final String FINDING_MARK = "finding-mark";
    public static final String FINDING_ERROR = "finding-error";
    public static final String FINDING_WARNING = "finding-warning";
    public static final String FINDING_INFO = "finding-info";
    public static final String FINDING_SEVERITY = "finding-severity";
    public static final String FINDING_CODE = "finding-code";
    public static final String FINDING_MESSAGE = "finding-message";
    public static final String FINDING_LOCATION = "finding-location";
    public static final String PLAN_PANEL = "plan-panel";
    /** The Monte Carlo window's content, its charts, the summary table and its difference row. */
    public static final String SIMULATION_PANEL = "simulation-panel";
    public static final String SIMULATION_CHART = "simulation-chart";
    public static final String SIMULATION_SUMMARY = "simulation-summary";
    public static final String SIMULATION_HEADER = "simulation-header";
    public static final String SIMULATION_DIFFERENCE = "simulation-difference";
    public static final String SIMULATION_STALE = "simulation-stale";
    /** A histogram's own legend: per variant a swatch, its name and its p50/p90/p99 lines with their values. */
    public static final String SIMULATION_LEGEND = "simulation-legend";
    public static final String SIMULATION_SWATCH = "simulation-swatch";
    public static final String SIMULATION_MARKER = "simulation-marker";
    /** The second variant's percentile lines are dashed. */
    public static final String SIMULATION_DASHED = "simulation-dashed";
    public static final String SIMULATION_HINT = "simulation-hint";
    /** The Scenario tab: the scenario editor, the replay's transport bar and its event log. */
    public static final String SCENARIO_PANEL = "scenario-panel";
    public static final String SCENARIO_EDITOR = "scenario-editor";
    public static final String REPLAY_TRANSPORT = "replay-transport";
    public static final String REPLAY_EVENTS = "replay-events";
    /** A line saying what cannot run (a missing component, an injection that does not fit the plan). */
    public static final String SCENARIO_PROBLEM = "scenario-problem";
    /** The plan's timeline (a canvas) in the plan panel. */
    public static final String PLAN_TIMELINE = "plan-timeline";
    /** Text shown in a fixed-width font (the plan's YAML, error details). */
    public static final String MONOSPACE_TEXT = "monospace-text";

    private Styles() {
    }

    /** The class that colours variant {@code index} (0 = the main one) of a Monte Carlo comparison. */
    public static String simulationVariant(int index) {
        return "simulation-variant-" + index;
    }

    /** The class that colours a percentile line ({@code p50}, {@code p90}, {@code p99}) of a Monte Carlo chart. */
    public static String simulationPercentile(String percentile) {
        return "simulation-" + percentile;
    }

    /** The class of a finding's mark, which colours it by severity. */
    public static String finding(Severity severity) {
        return switch (severity) {
            case ERROR -> FINDING_ERROR;
            case WARNING -> FINDING_WARNING;
            case INFO -> FINDING_INFO;
        };
    }
}
