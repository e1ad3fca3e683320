package dev.stagecraft.simulation;

import java.util.Arrays;
import java.util.Optional;

/** What a detected failure rolls back besides halting the plan (DESIGN.md, "Simulation"). */
public enum OnFailure {
    /** Roll back the failed step only; everything else that started finishes its stage and holds. */
    HALT("halt"),
    /** Also roll back every started step that depends on the failed one through {@code after}, transitively. */
    ROLLBACK_DEPENDENTS("rollback-dependents"),
    /** Roll back every started step. */
    ROLLBACK_ALL("rollback-all");

    private final String id;

    OnFailure(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<OnFailure> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.id.equals(text)).findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(OnFailure::id).toList());
    }
}
