package dev.stagecraft.simulation;

/** Where a component's rollout stands at one minute of a run (the replay's colours). */
public enum Phase {
    /** Not advanced by the plan. */
    UNCHANGED("unchanged"),
    /** Its step has not started. */
    PENDING("pending"),
    /** Its step is in a canary stage: part of the traffic on the new version. */
    CANARY("canary"),
    /** Its step completed: the new version takes all traffic. */
    DONE("done"),
    /** Its step stopped after its current stage because the plan halted. */
    HELD("held"),
    /** Its step's gate failed; waiting for its rollback. */
    FAILED("failed"),
    /** Its rollback is running. */
    ROLLING_BACK("rolling-back"),
    /** Its rollback ended: the old version is back. */
    ROLLED_BACK("rolled-back");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
