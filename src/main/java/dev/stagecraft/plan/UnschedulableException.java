package dev.stagecraft.plan;

/**
 * A plan in calendar time that cannot be made: a step's change windows never open together (or stay shut behind
 * freezes) within two years. Bad input, not a bug: the message names the step and what holds it.
 */
public final class UnschedulableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnschedulableException(String message, Throwable cause) {
        super(message, cause);
    }
}
