package dev.stagecraft.ui.document;

/**
 * What the canvas highlights: nothing, the selection's blast radius, the critical path, waves, cycles, or the
 * replay of the simulated scenario at the playhead.
 */
public enum AnalysisMode {
    NONE("None"), BLAST("Blast radius"), CRITICAL("Critical path"), WAVES("Waves"), CYCLES("Cycles"), REPLAY("Replay");

    private final String label;

    AnalysisMode(String label) {
        this.label = label;
    }

    /** The menu text. */
    public String label() {
        return label;
    }
}
