package dev.stagecraft.io;

/**
 * Reads one file format into a {@link dev.stagecraft.model.ServiceGraph}. Components come without
 * positions (the editor lays them out on import).
 */
public interface GraphReader {
    /**
     * Reads the whole text of a file.
     *
     * @param text the file's content
     * @param file the file as the user named it, for messages; {@code null} for in-memory text
     * @throws GraphFormatException when the text is not a valid file of this format, naming line and column
     */
    ImportResult read(String text, String file);
}
