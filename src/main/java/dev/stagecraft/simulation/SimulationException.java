package dev.stagecraft.simulation;

/**
 * A scenario that does not fit the plan: an unknown or unchanging component, a stage out of range, a minute
 * after the plan ends. The message names the argument as the user wrote it and says what would fit.
 */
public final class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }
}
