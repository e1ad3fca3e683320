package dev.stagecraft.simulation;

/**
 * The kinds of event in a run's log (DESIGN.md, "Simulation"), in the order they are listed within one minute:
 * what ends comes before what begins.
 */
public enum EventType {
    GATE_FAIL("gate-fail"),
    GATE_PASS("gate-pass"),
    DONE("done"),
    HALT("halt"),
    ROLLBACK_END("rollback-end"),
    ROLLBACK_START("rollback-start"),
    START("start"),
    STAGE("stage");

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
