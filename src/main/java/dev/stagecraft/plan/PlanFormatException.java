package dev.stagecraft.plan;

/**
 * A plan file that cannot be read: the message says what is wrong and where (a path such as
 * {@code steps[3].after}, and the line and column when the text itself does not parse).
 *
 * @see PlanReader
 */
public final class PlanFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public PlanFormatException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    public PlanFormatException(String message) {
        this(message, -1, -1, null);
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
