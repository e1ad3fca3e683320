package dev.stagecraft.cli;

/** A problem with what the user asked for (missing file, unknown component id): exit 2 with this message. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
