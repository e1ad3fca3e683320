package dev.stagecraft.io.dot;

import dev.stagecraft.io.GraphFormatException;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Splits DOT text into tokens, one at a time, without building token objects: {@link #next()} returns the
 * kind and leaves the text of an id in {@link #value()}. Ids are names ({@code [A-Za-z_\u0080-]} then digits
 * too), numerals ({@code -1.5}, {@code .5}), double-quoted strings ({@code \"} unescaped, other escapes kept
 * as written, {@code "a" + "b"} joined) and HTML strings {@code <...>} (nesting counted, XML entities
 * unescaped). Keywords are case-insensitive. Skipped: whitespace, {@code /* *\/} and {@code //} comments,
 * and lines starting with {@code #} (C preprocessor output). O(length).
 */
final class DotLexer {
    /** The kinds of token, each with how an error message names it. */
    enum Token {
        END("the end of the file"), ID("an id"), LBRACE("'{'"), RBRACE("'}'"), LBRACKET("'['"), RBRACKET("']'"),
        EQUALS("'='"), SEMICOLON("';'"), COMMA("','"), COLON("':'"), EDGE_OP("an edge operator"),
        STRICT("'strict'"), GRAPH("'graph'"), DIGRAPH("'digraph'"), NODE("'node'"), EDGE("'edge'"),
        SUBGRAPH("'subgraph'");

        private final String description;

        Token(String description) {
            this.description = description;
        }
    }

    private final String text;
    private final String file;
    private final int length;
    private int pos;
    private Token token;
    private int tokenStart;
    private String value;

    DotLexer(String text, String file) {
        this.text = text;
        this.file = file;
        this.length = text.length();
    }

    /** Reads the next token; after the last one, {@link Token#END} for ever. */
    Token next() {
        skipTrivia();
        tokenStart = pos;
        value = null;
        if (pos >= length) {
            return token = Token.END;
        }
        char c = text.charAt(pos);
        token = switch (c) {
            case '{' -> single(Token.LBRACE);
            case '}' -> single(Token.RBRACE);
            case '[' -> single(Token.LBRACKET);
            case ']' -> single(Token.RBRACKET);
            case '=' -> single(Token.EQUALS);
            case ';' -> single(Token.SEMICOLON);
            case ',' -> single(Token.COMMA);
            case ':' -> single(Token.COLON);
            case '"' -> quoted();
            case '<' -> html();
            case '-' -> dash();
            default -> {
                if (isLetter(c)) {
                    yield name();
                }
                if (isDigit(c) || c == '.' && pos + 1 < length && isDigit(text.charAt(pos + 1))) {
                    yield numeral();
                }
                throw error(pos, unexpected(c));
            }
        };
        return token;
    }

    /** The current token's kind. */
    Token token() {
        return token;
    }

    /** The current id's text, {@code null} for other tokens. */
    String value() {
        return value;
    }

    /** An error at the current token. */
    GraphFormatException errorHere(String sentence) {
        return error(tokenStart, sentence);
    }

    /** How an error message names the current token. */
    String describe() {
        if (token != Token.ID) {
            return token.description;
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "'" + shown.replace("\n", " ") + "'";
    }

    /** Offset of the current token's first character. */
    int tokenStart() {
        return tokenStart;
    }

    /** An error at a character offset: file, 1-based line and column (in characters, a tab is one). */
    GraphFormatException error(int offset, String sentence) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new GraphFormatException(file, line, offset - lineStart + 1, "not valid DOT: " + sentence);
    }

    private Token single(Token kind) {
        pos++;
        return kind;
    }

    private void skipTrivia() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error(pos, "a comment that starts here is never closed");
                }
                pos = end + 2;
            } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '/' || c == '#' && startsLine(pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? length : end + 1;
            } else {
                return;
            }
        }
    }

    /** Whether only spaces and tabs stand between the offset and the start of its line. */
    private boolean startsLine(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private Token name() {
        int start = pos;
        pos++;
        while (pos < length && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
            pos++;
        }
        Token keyword = keyword(start, pos - start);
        if (keyword != null) {
            return keyword;
        }
        value = text.substring(start, pos);
        return Token.ID;
    }

    private Token keyword(int start, int n) {
        return switch (n) {
            case 4 -> is(start, "node") ? Token.NODE : is(start, "edge") ? Token.EDGE : null;
            case 5 -> is(start, "graph") ? Token.GRAPH : null;
            case 6 -> is(start, "strict") ? Token.STRICT : null;
            case 7 -> is(start, "digraph") ? Token.DIGRAPH : null;
            case 8 -> is(start, "subgraph") ? Token.SUBGRAPH : null;
            default -> null;
        };
    }

    private boolean is(int start, String word) {
        return text.regionMatches(true, start, word, 0, word.length());
    }

    /** {@code -?(.digits | digits(.digits?)?)}; a following letter starts the next token, as in JGraphT. */
    private Token numeral() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < length && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
            while (pos < length && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        value = text.substring(start, pos);
        return Token.ID;
    }

    private Token dash() {
        char after = pos + 1 < length ? text.charAt(pos + 1) : '\0';
        if (after == '>' || after == '-') {
            pos += 2;
            return Token.EDGE_OP;
        }
        if (isDigit(after) || after == '.' && pos + 2 < length && isDigit(text.charAt(pos + 2))) {
            return numeral();
        }
        throw error(pos, "'-' is neither an edge operator ('->', '--') nor the sign of a number");
    }

    /** One or more double-quoted strings joined by {@code +}. */
    private Token quoted() {
        StringBuilder joined = null;
        String part = quotedPart();
        while (true) {
            int afterPart = pos;
            skipTrivia();
            if (pos >= length || text.charAt(pos) != '+') {
                pos = afterPart;
                break;
            }
            int plus = pos++;
            skipTrivia();
            if (pos >= length || text.charAt(pos) != '"') {
                throw error(plus, "'+' must be followed by a quoted string to join");
            }
            joined = joined == null ? new StringBuilder(part) : joined;
            joined.append(quotedPart());
        }
        value = joined == null ? part : joined.toString();
        return Token.ID;
    }

    /** The content of the string opening at {@code pos}, which ends past its closing quote. */
    private String quotedPart() {
        int open = pos;
        int i = open + 1;
        StringBuilder unescaped = null;
        int copiedTo = i;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"') {
                pos = i + 1;
                if (unescaped == null) {
                    return text.substring(open + 1, i);
                }
                return unescaped.append(text, copiedTo, i).toString();
            }
            if (c == '\\' && i + 1 < length) {
                if (text.charAt(i + 1) == '"') {
                    unescaped = unescaped == null ? new StringBuilder(i - open + 16) : unescaped;
                    unescaped.append(text, copiedTo, i).append('"');
                    copiedTo = i + 2;
                }
                i += 2;
            } else {
                i++;
            }
        }
        throw error(open, "a quoted string that starts here is never closed");
    }

    private Token html() {
        int open = pos;
        int depth = 0;
        for (int i = open; i < length; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                pos = i + 1;
                String content = text.substring(open + 1, i);
                value = content.indexOf('&') < 0 ? content : StringEscapeUtils.unescapeXml(content);
                return Token.ID;
            }
        }
        throw error(open, "an HTML string that starts here is never closed (its '<' and '>' do not balance)");
    }

    private String unexpected(char c) {
        if (c == '#') {
            return "'#' starts a comment only at the beginning of a line; quote values such as color=\"#ff0000\"";
        }
        if (c == '+') {
            return "'+' joins quoted strings only";
        }
        return Character.isISOControl(c) ? String.format("unexpected character U+%04X", (int) c)
                : "unexpected character '" + c + "'";
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '\u0080';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
