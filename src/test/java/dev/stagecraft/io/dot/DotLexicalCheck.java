package dev.stagecraft.io.dot;

/**
 * Finds where a DOT text's quoted string, comment or HTML label opens and never closes, for the error
 * message when JGraphT's lexer fails without a place. O(length).
 */
final class DotLexicalCheck {
    private DotLexicalCheck() {
    }

    /** {line, column} (1-based) of the unclosed opening, or {@code null} when every opening closes. */
    static int[] unterminated(String text) {
        int line = 1;
        int col = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int startLine = line;
            int startCol = col;
            int close = switch (c) {
                case '"' -> closeString(text, i);
                case '<' -> closeHtml(text, i);
                case '/' -> i + 1 < n && text.charAt(i + 1) == '*' ? closeComment(text, i) : i;
                default -> i;
            };
            if (close < 0) {
                return new int[] {startLine, startCol};
            }
            for (; i <= close; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
        }
        return null;
    }

    /** {line, column} just past the last character. */
    static int[] endOf(String text) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static int closeString(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int closeHtml(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closeComment(String text, int open) {
        int end = text.indexOf("*/", open + 2);
        return end < 0 ? -1 : end + 1;
    }
}
