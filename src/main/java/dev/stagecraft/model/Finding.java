package dev.stagecraft.model;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong or risky about a graph, found while reading it or by a validation rule.
 *
 * @param code     stable rule name, e.g. {@code undeclared-cycle}
 * @param subjects ids of the components (or group) it is about; clicking a finding selects them
 * @param location where in the file, {@code null} when unknown (an in-memory edit)
 */
public record Finding(Severity severity, String code, String message, List<String> subjects, SourceLocation location) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        subjects = List.copyOf(subjects);
    }

    public Finding at(SourceLocation where) {
        return new Finding(severity, code, message, subjects, where);
    }

    /** One line for people: {@code file:line:col: error [code] message}. */
    public String describe() {
        String where = location == null ? "" : location + ": ";
        return where + severity.id() + " [" + code + "] " + message;
    }
}
