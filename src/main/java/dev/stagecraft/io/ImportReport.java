package dev.stagecraft.io;

import dev.stagecraft.model.Finding;
import dev.stagecraft.model.Severity;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * What an importer inferred, guessed, skipped or could not resolve while turning a foreign file into a
 * {@link dev.stagecraft.model.ServiceGraph}: nothing is dropped silently. Each entry is a {@link Finding}:
 * {@link Severity#INFO} for inferences and guesses, {@link Severity#WARNING} for what was skipped or left
 * unresolved. Codes used: {@code inferred-dependency}, {@code guessed-kind}, {@code renamed-id},
 * {@code skipped}, {@code unresolved-ref}, {@code duplicate}.
 *
 * @param format  the format read, e.g. {@code compose}
 * @param entries in file order
 */
public record ImportReport(String format, List<Finding> entries) {
    public ImportReport {
        entries = List.copyOf(entries);
    }

    /** Entries with the given code. */
    public List<Finding> withCode(String code) {
        return entries.stream().filter(f -> f.code().equals(code)).toList();
    }

    /** Collects entries while an importer runs. */
    public static final class Builder {
        private final String format;
        private final String file;
        private final List<Finding> entries = new ArrayList<>();

        /** @param file the file as the user named it, {@code null} for in-memory text */
        public Builder(String format, String file) {
            this.format = format;
            this.file = file;
        }

        /** Something the importer inferred or guessed (severity info). */
        public void info(String code, String message, int line, int column, List<String> subjects) {
            entries.add(new Finding(Severity.INFO, code, message, subjects, at(line, column)));
        }

        /** Something skipped or unresolved (severity warning). */
        public void warning(String code, String message, int line, int column, List<String> subjects) {
            entries.add(new Finding(Severity.WARNING, code, message, subjects, at(line, column)));
        }

        private SourceLocation at(int line, int column) {
            return line <= 0 ? null : new SourceLocation(file, line, column);
        }

        public ImportReport build() {
            return new ImportReport(format, entries);
        }
    }
}
