package dev.stagecraft.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines no wider than a limit, so boxes stay narrow enough for hand-made layouts
 * (components 200 units apart) while every word stays readable: greedy, breaking after spaces and after
 * '-', '/', ':' or before '('. A single word wider than the limit keeps its own line (the box grows);
 * beyond {@code maxLines} the last line ends with an ellipsis.
 */
final class LabelLines {
    static final String ELLIPSIS = "\u2026";

    private LabelLines() {
    }

    static String[] wrap(String text, TextStyle style, TextMeasurer m, double maxWidth, int maxLines) {
        List<String> tokens = tokens(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            String candidate = line + token;
            if (line.length() > 0 && m.width(candidate.strip(), style) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(token.stripLeading());
            } else {
                line.append(token);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
            kept.set(maxLines - 1, fit(rest, style, m, maxWidth));
            lines = kept;
        }
        return lines.toArray(String[]::new);
    }

    /** The text, cut with an ellipsis if wider than {@code maxWidth}. */
    static String fit(String text, TextStyle style, TextMeasurer m, double maxWidth) {
        if (m.width(text, style) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && m.width(text.substring(0, end).strip() + ELLIPSIS, style) > maxWidth) {
            end--;
        }
        return text.substring(0, end).strip() + ELLIPSIS;
    }

    /** Pieces that may start a new line: "Shop Database (PostgreSQL)" -> "Shop", " Database", " (PostgreSQL)". */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            boolean breakBefore = c == ' ' && prev != ' ' || c == '(' && prev != ' ';
            boolean breakAfter = prev == '-' || prev == '/' || prev == ':' && c != ' ';
            if (breakBefore || breakAfter) {
                out.add(text.substring(start, i));
                start = i;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
