package dev.stagecraft.ui.command;

/**
 * One undoable edit of the model. A command captures the "before" it needs when it is built, so
 * {@link #revert()} restores exactly what {@link #apply()} changed; one user gesture is one command.
 */
public interface EditCommand {
    /** What the edit does, for the Edit menu ("Move 3 components"). */
    String description();

    /** False when applying would change nothing; {@link History} then records nothing. */
    boolean isExecutable();

    void apply();

    void revert();
}
