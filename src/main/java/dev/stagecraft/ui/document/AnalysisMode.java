package dev.stagecraft.ui.document;

/** What the canvas highlights: nothing, the selection's blast radius, the critical path, waves or cycles. */
public enum AnalysisMode {
    NONE("None"), BLAST("Blast radius"), CRITICAL("Critical path"), WAVES("Waves"), CYCLES("Cycles");

    private final String label;

    AnalysisMode(String label) {
        this.label = label;
    }

    /** The menu text. */
    public String label() {
        return label;
    }
}
