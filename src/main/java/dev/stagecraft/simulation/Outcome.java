package dev.stagecraft.simulation;

/**
 * How a run ends. {@code completed}: every step done, no gate failed. {@code halted}: a gate failed and the plan
 * stopped with some of what it changed still in place. {@code rolled-back}: a gate failed and every step that
 * had started was rolled back.
 */
public enum Outcome {
    COMPLETED("completed"),
    HALTED("halted"),
    ROLLED_BACK("rolled-back");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
