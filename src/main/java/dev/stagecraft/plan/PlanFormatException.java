package dev.stagecraft.plan;

/**
 * A plan file that cannot be read: the message says what is wrong and where (a path such as
 * {@code steps[3].after}); {@link #line()} and {@link #column()} say where in the text, for a missing field
 * the place of the mapping that lacks it.
 *
 * @see PlanReader
 */
public final class PlanFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String path;

    public PlanFormatException(String message, int line, int column, Throwable cause) {
        this(message, line, column, null, cause);
    }

    public PlanFormatException(String message) {
        this(message, -1, -1, null, null);
    }

    /** A problem with the value at {@code path} ({@code steps[3].wave}); the reader adds line and column. */
    PlanFormatException(String message, String path) {
        this(message, -1, -1, path, null);
    }

    private PlanFormatException(String message, int line, int column, String path, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** The same problem at a place in the text. */
    PlanFormatException at(int atLine, int atColumn) {
        return new PlanFormatException(getMessage(), atLine, atColumn, path, this);
    }

    /** The field path the problem is about ({@code steps[3].wave}), {@code null} when about the text. */
    String path() {
        return path;
    }

    /** 1-based line, -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, -1 when unknown. */
    public int column() {
        return column;
    }
}
