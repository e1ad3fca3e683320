package dev.stagecraft.io;

/**
 * The one user-facing input exception: a graph file that cannot be read at all (unreadable, too large,
 * not YAML, not a Stagecraft graph, a value of the wrong type). Problems the reader can repair are
 * findings instead, never this exception.
 *
 * <p>{@link #getMessage()} is {@code file:line:col: sentence}, e.g.
 * {@code shop.yaml:3:9: apiVersion 'stagecraft/v2' is not supported; this version reads stagecraft/v1}.
 * When the problem has no place inside the file (missing file, over the size limit) line and column are
 * 0 and the message is {@code file: sentence}; a parser's unknown place (Jackson's -1) is never printed.
 */
public final class GraphFormatException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String sentence;

    /**
     * @param file     the file as the user named it; {@code null} for in-memory text (shown as {@code <input>})
     * @param line     1-based line, or 0 when the problem is about the file as a whole
     * @param column   1-based column, or 0 when the problem is about the file as a whole
     * @param sentence what is wrong, for a person
     */
    public GraphFormatException(String file, int line, int column, String sentence) {
        this(file, line, column, sentence, null);
    }

    public GraphFormatException(String file, int line, int column, String sentence, Throwable cause) {
        super(format(file, line, column, sentence), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sentence = sentence;
    }

    private static String format(String file, int line, int column, String sentence) {
        String name = file == null ? "<input>" : file;
        if (line <= 0) {
            return name + ": " + sentence;
        }
        return column <= 0 ? name + ":" + line + ": " + sentence : name + ":" + line + ":" + column + ": " + sentence;
    }

    /** The file as the user named it, {@code null} for in-memory text. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem is about the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when the problem is about the whole file. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String sentence() {
        return sentence;
    }
}
