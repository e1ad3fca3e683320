package dev.stagecraft.simulation;

/** Where one step ends up in a run. */
public enum StepOutcome {
    /** Never started (the plan halted before it). */
    NOT_STARTED,
    /** Every stage passed; the new version is in place. */
    COMPLETED,
    /** Stopped after its current stage when the plan halted; traffic stays split. */
    HELD,
    /** Undone: its rollback ran to the end. */
    ROLLED_BACK
}
