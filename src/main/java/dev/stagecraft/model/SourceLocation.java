package dev.stagecraft.model;

/**
 * A place in a source file. Lines and columns start at 1.
 *
 * @param file the file as the user named it; {@code null} for in-memory text
 */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return (file == null ? "<input>" : file) + ":" + line + ":" + column;
    }
}
