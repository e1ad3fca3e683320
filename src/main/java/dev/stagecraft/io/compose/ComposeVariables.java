package dev.stagecraft.io.compose;

import dev.stagecraft.io.FileText;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.document.DocNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * docker compose's variable substitution: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (default when unset
 * or empty), {@code ${VAR-default}} (when unset), {@code ${VAR:+other}} / {@code ${VAR+other}} (other when set),
 * {@code ${VAR:?message}} / {@code ${VAR?message}} (required) and {@code $$} for a dollar sign, in every string
 * value of the file. The values come from the {@code .env} file beside the compose file (as compose reads it:
 * {@code KEY=VALUE} lines, {@code #} comments, an optional {@code export}, quotes removed). The shell's environment
 * is not read, so an import gives the same graph on every machine; what stays unset is reported.
 */
public final class ComposeVariables {
    private final Map<String, String> values;
    private final String source;
    /** Names used but set nowhere, in the order first seen. */
    private final Set<String> unset = new LinkedHashSet<>();

    /** @param source where the values came from, for the report ({@code .env} path), null when there are none */
    public ComposeVariables(Map<String, String> values, String source) {
        this.values = Map.copyOf(values);
        this.source = source;
    }

    /** No values: every variable is unset (a default, if written, applies). */
    public static ComposeVariables none() {
        return new ComposeVariables(Map.of(), null);
    }

    /** The values of the {@code .env} file in the compose file's directory, none when there is no such file. */
    public static ComposeVariables besides(Path composeFile) {
        Path dir = composeFile.toAbsolutePath().getParent();
        Path env = dir == null ? null : dir.resolve(".env");
        if (env == null || !Files.isRegularFile(env)) {
            return none();
        }
        String text = FileText.read(env, 1 << 20, ".env file");
        return new ComposeVariables(parseDotEnv(text, env.toString()), env.toString());
    }

    /** {@code KEY=VALUE} lines as docker compose reads a {@code .env} file. */
    static Map<String, String> parseDotEnv(String text, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new GraphFormatException(file, i + 1, 1, "a .env line is KEY=VALUE; this one has no '='");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            } else {
                int comment = value.indexOf(" #");
                if (comment >= 0) {
                    value = value.substring(0, comment).strip();
                }
            }
            out.put(key, value);
        }
        return out;
    }

    /** Where the values came from, null when from nowhere. */
    public String source() {
        return source;
    }

    public int size() {
        return values.size();
    }

    /** Variables the file used that no value set and no default covered. */
    public List<String> unset() {
        return new ArrayList<>(unset);
    }

    /** The tree with every string value substituted (keys stay as written). */
    DocNode substitute(DocNode node, String file) {
        if (node instanceof DocNode.Scalar s) {
            return s.value() instanceof String text && text.indexOf('$') >= 0
                    ? new DocNode.Scalar(substitute(text, s, file), s.location()) : s;
        }
        if (node instanceof DocNode.Sequence seq) {
            List<DocNode> items = new ArrayList<>(seq.items().size());
            for (DocNode item : seq.items()) {
                items.add(substitute(item, file));
            }
            return new DocNode.Sequence(items, seq.location());
        }
        DocNode.Mapping m = (DocNode.Mapping) node;
        Map<String, DocNode> out = new LinkedHashMap<>();
        m.values().forEach((k, v) -> out.put(k, substitute(v, file)));
        return new DocNode.Mapping(out, m.keyLocations(), m.location());
    }

    private String substitute(String text, DocNode.Scalar at, String file) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw new GraphFormatException(file, at.location().line(), at.location().column(),
                            "'${' without its closing '}' in " + text);
                }
                out.append(expression(text.substring(i + 2, close), at, file));
                i = close + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                out.append(value(text.substring(i + 1, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String expression(String inner, DocNode.Scalar at, String file) {
        int op = 0;
        while (op < inner.length() && (Character.isLetterOrDigit(inner.charAt(op)) || inner.charAt(op) == '_')) {
            op++;
        }
        String name = inner.substring(0, op);
        if (name.isEmpty()) {
            throw new GraphFormatException(file, at.location().line(), at.location().column(),
                    "'${" + inner + "}' names no variable");
        }
        String rest = inner.substring(op);
        String set = values.get(name);
        boolean colon = rest.startsWith(":");
        String tail = colon ? rest.substring(1) : rest;
        boolean present = set != null && (!colon || !set.isEmpty());
        if (rest.isEmpty()) {
            return value(name);
        }
        char kind = tail.isEmpty() ? ' ' : tail.charAt(0);
        String word = tail.isEmpty() ? "" : tail.substring(1);
        return switch (kind) {
            case '-' -> present ? set : word;
            case '+' -> present ? word : "";
            case '?' -> {
                if (!present) {
                    throw new GraphFormatException(file, at.location().line(), at.location().column(),
                            "the variable " + name + " is required" + (word.isEmpty() ? "" : ": " + word)
                                    + (source == null ? " (no .env file beside the compose file)" : " (not set in " + source + ")"));
                }
                yield set;
            }
            default -> throw new GraphFormatException(file, at.location().line(), at.location().column(),
                    "'${" + inner + "}' is not a compose substitution (${VAR}, ${VAR:-default}, ${VAR:?message}, ...)");
        };
    }

    private String value(String name) {
        String v = values.get(name);
        if (v == null) {
            unset.add(name);
            return "";
        }
        return v;
    }
}
