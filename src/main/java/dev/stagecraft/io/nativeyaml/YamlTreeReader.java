package dev.stagecraft.io.nativeyaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.stagecraft.io.GraphFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document whose root is a mapping into {@link YamlNode} trees with places, using
 * Jackson's streaming parser, and hands them to a {@link Handler} as they are read: each top-level entry
 * whole, except that the items of the top-level lists named as streamed arrive one at a time (so a
 * 100,000-item list is never held as one tree; each item's tree is garbage as soon as it is decoded).
 * Refuses, with line and column: syntax errors, anchors, aliases, explicit tags, duplicate keys, a root
 * that is not a mapping, more than one document, nesting deeper than {@value #MAX_DEPTH}, and text over
 * the code point limit. O(size of the text); recursion depth is bounded by {@value #MAX_DEPTH}.
 */
final class YamlTreeReader {
    /** Deep enough for any graph file (it needs 5 levels) and any sensible extra data. */
    static final int MAX_DEPTH = 64;
    /** Above this many keys a mapping checks duplicates with a hash set instead of a scan. */
    private static final int SCAN_LIMIT = 8;

    /** Receives the document in file order. */
    interface Handler {
        /** One item of a streamed top-level list, in order; the list's own entry follows its last item. */
        void item(String key, YamlNode item);

        /**
         * A top-level entry. For a streamed list its value is an empty {@link YamlNode.Sequence} at the
         * list's place, sent after the items.
         */
        void entry(YamlNode.Entry entry);
    }

    private final String fileName;
    private final StrictYamlParser parser;

    private YamlTreeReader(String fileName, StrictYamlParser parser) {
        this.fileName = fileName;
        this.parser = parser;
    }

    /**
     * Reads the text and feeds {@code handler}. Returns false when the text holds no document at all
     * (empty, or only comments).
     *
     * @param streamed      top-level keys whose list items are handed over one at a time
     * @param maxCodePoints SnakeYAML's code point limit; the caller has already checked the size, this is the backstop
     */
    static boolean read(String text, String fileName, int maxCodePoints, List<String> streamed, Handler handler) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        StrictYamlParser.Factory factory = new StrictYamlParser.Factory(options);
        try (StrictYamlParser parser = factory.open(text)) {
            return new YamlTreeReader(fileName, parser).document(streamed, handler);
        } catch (com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException e) {
            throw syntaxError(fileName, e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() <= 0 ? 0 : at.getLineNr();
            int column = line == 0 ? 0 : Math.max(1, at.getColumnNr());
            throw new GraphFormatException(fileName, line, column, "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GraphFormatException(fileName, 0, 0, "could not be read: " + e.getMessage(), e);
        }
    }

    private boolean document(List<String> streamed, Handler handler) throws IOException {
        JsonToken first = next();
        if (first == null) {
            return false;
        }
        if (first != JsonToken.START_OBJECT) {
            YamlNode root = value(first, 0);
            throw new GraphFormatException(fileName, root.line(), root.column(), "a graph file is a mapping of"
                    + " apiVersion, kind, metadata, components, dependencies and groups; this file holds "
                    + root.describe());
        }
        Map<String, YamlNode.Entry> seen = new HashMap<>();
        JsonToken token;
        while ((token = next()) == JsonToken.FIELD_NAME) {
            int keyLine = parser.tokenLine();
            int keyColumn = parser.tokenColumn();
            String key = parser.currentName();
            checkUnique(key, seen.get(key), keyLine, keyColumn);
            JsonToken valueToken = next();
            YamlNode.Entry entry;
            if (valueToken == JsonToken.START_ARRAY && streamed.contains(key)) {
                int line = parser.tokenLine();
                int column = parser.tokenColumn();
                while ((token = next()) != JsonToken.END_ARRAY) {
                    handler.item(key, value(token, 2));
                }
                entry = new YamlNode.Entry(key, keyLine, keyColumn, new YamlNode.Sequence(List.of(), line, column));
            } else {
                entry = new YamlNode.Entry(key, keyLine, keyColumn, value(valueToken, 1));
            }
            seen.put(key, entry);
            handler.entry(entry);
        }
        JsonToken extra = next();
        if (extra != null) {
            throw new GraphFormatException(fileName, parser.tokenLine(), parser.tokenColumn(),
                    "a second YAML document starts here; a graph file holds exactly one");
        }
        return true;
    }

    private void checkUnique(String key, YamlNode.Entry earlier, int line, int column) {
        if (earlier != null) {
            throw new GraphFormatException(fileName, line, column, "the key '" + key
                    + "' appears twice in this mapping (first at line " + earlier.line() + ", column "
                    + earlier.column() + "); keep one");
        }
    }

    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        StrictYamlParser.Refused refused = parser.refused();
        if (refused != null) {
            throw new GraphFormatException(fileName, refused.line(), refused.column(), refused.what()
                    + " is not supported: anchors, aliases and tags are refused because they would not survive"
                    + " a save; write the value out in full");
        }
        return token;
    }

    private YamlNode value(JsonToken token, int depth) throws IOException {
        if (token == null) {
            throw new GraphFormatException(fileName, 0, 0, "the file ends in the middle of a value");
        }
        int line = parser.tokenLine();
        int column = parser.tokenColumn();
        if (depth > MAX_DEPTH) {
            throw new GraphFormatException(fileName, line, column,
                    "values are nested more than " + MAX_DEPTH + " levels deep");
        }
        return switch (token) {
            case START_OBJECT -> mapping(line, column, depth);
            case START_ARRAY -> sequence(line, column, depth);
            case VALUE_STRING -> {
                String text = parser.getText();
                Object v = text.isEmpty() && parser.lastScalarPlain() ? null : text;
                yield new YamlNode.Scalar(v, text, line, column);
            }
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(parser.getNumberValue(), parser.getText(), line, column);
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getDoubleValue(), parser.getText(), line, column);
            case VALUE_TRUE -> new YamlNode.Scalar(Boolean.TRUE, parser.getText(), line, column);
            case VALUE_FALSE -> new YamlNode.Scalar(Boolean.FALSE, parser.getText(), line, column);
            case VALUE_NULL -> new YamlNode.Scalar(null, parser.getText(), line, column);
            default -> throw new GraphFormatException(fileName, line, column, "unexpected YAML content " + token);
        };
    }

    private YamlNode.Mapping mapping(int line, int column, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, YamlNode.Entry> index = null;
        JsonToken token;
        while ((token = next()) == JsonToken.FIELD_NAME) {
            int keyLine = parser.tokenLine();
            int keyColumn = parser.tokenColumn();
            String key = parser.currentName();
            YamlNode.Entry earlier = null;
            if (index != null) {
                earlier = index.get(key);
            } else {
                for (YamlNode.Entry e : entries) {
                    if (e.key().equals(key)) {
                        earlier = e;
                    }
                }
            }
            checkUnique(key, earlier, keyLine, keyColumn);
            YamlNode value = value(next(), depth + 1);
            YamlNode.Entry entry = new YamlNode.Entry(key, keyLine, keyColumn, value);
            entries.add(entry);
            if (index != null) {
                index.put(key, entry);
            } else if (entries.size() > SCAN_LIMIT) {
                index = new HashMap<>();
                for (YamlNode.Entry e : entries) {
                    index.put(e.key(), e);
                }
            }
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    private YamlNode.Sequence sequence(int line, int column, int depth) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = next()) != JsonToken.END_ARRAY) {
            items.add(value(token, depth + 1));
        }
        return new YamlNode.Sequence(items, line, column);
    }

    /** Jackson's wrapper around SnakeYAML's error: use SnakeYAML's own marks and words. */
    private static GraphFormatException syntaxError(String fileName,
            com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException e) {
        if (e.getCause() instanceof MarkedYAMLException cause && cause.getProblemMark() != null) {
            Mark problem = cause.getProblemMark();
            StringBuilder sentence = new StringBuilder("not valid YAML: ").append(cause.getProblem());
            Mark context = cause.getContextMark();
            if (cause.getContext() != null) {
                sentence.append(" (").append(cause.getContext());
                if (context != null) {
                    sentence.append(" that starts at line ").append(context.getLine() + 1)
                            .append(", column ").append(context.getColumn() + 1);
                }
                sentence.append(')');
            }
            return new GraphFormatException(fileName, problem.getLine() + 1, problem.getColumn() + 1,
                    sentence.toString(), e);
        }
        JsonLocation at = e.getLocation();
        boolean placed = at != null && at.getLineNr() > 0;
        return new GraphFormatException(fileName, placed ? at.getLineNr() : 0, placed ? Math.max(1, at.getColumnNr()) : 0,
                "not valid YAML: " + e.getOriginalMessage(), e);
    }
}
