package dev.stagecraft.io.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.yaml.LinearYamlFactory;
import dev.stagecraft.model.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML (one or more documents) or JSON into {@link DocNode} trees. YAML anchors, aliases and merge keys
 * ({@code x-common: &common ...}, {@code <<: *common}), which real compose and Backstage files use, are expanded
 * as YAML says: an alias stands for its anchored value (shared, not copied), and a merge key adds the keys of the
 * mapping (or list of mappings) it names that the mapping does not set itself. Refused, with line and column: an
 * alias to no anchor, aliases that together expand to more than {@value #MAX_ALIAS_EXPANSION} values or nest
 * deeper than {@value #MAX_DEPTH} (how "billion laughs" documents blow up), text over a size limit, nesting
 * deeper than {@value #MAX_DEPTH}, and duplicate keys. O(size of the text); iterative, no recursion.
 */
public final class DocumentReader {
    /** Deepest nesting accepted; real compose, Backstage and JSON graph files stay far below. */
    public static final int MAX_DEPTH = 64;
    /** Default size limit in code points (SnakeYAML's own default of about 3 M is too small for big graphs). */
    public static final int DEFAULT_MAX_CODE_POINTS = 64 * 1024 * 1024;
    /** Values all aliases of a document may stand for together (each alias counts its whole anchored value). */
    public static final long MAX_ALIAS_EXPANSION = 100_000;
    /** YAML's merge key. */
    static final String MERGE_KEY = "<<";

    /** Jackson's default string limit (20 million characters) would refuse one long value the size limit allows. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(DEFAULT_MAX_CODE_POINTS).build())
            .build();

    private final String file;
    private final int maxCodePoints;

    /**
     * @param file          the file as the user named it, {@code null} for in-memory text
     * @param maxCodePoints text longer than this is refused before parsing
     */
    public DocumentReader(String file, int maxCodePoints) {
        this.file = file;
        this.maxCodePoints = maxCodePoints;
    }

    public DocumentReader(String file) {
        this(file, DEFAULT_MAX_CODE_POINTS);
    }

    /** Every document of a YAML stream, in order (an empty stream gives an empty list). */
    public List<DocNode> yaml(String text) {
        checkSize(text);
        List<DocNode> fast = BlockDocumentScanner.read(file, text);
        if (fast != null) {
            return fast;
        }
        return yamlWithSnake(text);
    }

    /** The SnakeYAML path alone: every YAML this reader takes, with its errors (tests compare the fast path to it). */
    List<DocNode> yamlWithSnake(String text) {
        checkSize(text);
        LinearYamlFactory factory = new LinearYamlFactory(LinearYamlFactory.options(maxCodePoints, MAX_DEPTH + 1));
        JsonParser parser = open(() -> factory.createParser(text), "YAML");
        try (parser) {
            return readAll(parser, true);
        } catch (IOException e) {
            throw translate(e, "YAML", parser);
        } catch (YAMLException e) {
            throw translate(e);
        }
    }

    /** The one JSON value of the text. */
    public DocNode json(String text) {
        checkSize(text);
        JsonParser parser = open(() -> JSON.createParser(new StringReader(text)), "JSON");
        try (parser) {
            List<DocNode> roots = readAll(parser, false);
            if (roots.isEmpty()) {
                throw new GraphFormatException(file, 1, 1, "the file is empty; expected a JSON object");
            }
            if (roots.size() > 1) {
                throw roots.get(1).error("only one JSON value is allowed per file");
            }
            return roots.get(0);
        } catch (IOException e) {
            throw translate(e, "JSON", parser);
        }
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private JsonParser open(ParserSource source, String language) {
        try {
            return source.open();
        } catch (IOException e) {
            throw translate(e, language, null);
        }
    }

    private void checkSize(String text) {
        if (text.length() > maxCodePoints && text.codePointCount(0, text.length()) > maxCodePoints) {
            throw new GraphFormatException(file, 0, 0, "the file is larger than the limit of "
                    + maxCodePoints + " characters and was not read");
        }
    }

    /** A value with how many values it holds (itself included) and how deep it nests: what an alias to it costs. */
    private record Sized(DocNode node, long size, int height) {
    }

    /** A container being filled: its entries so far and the key waiting for its value. */
    private final class Frame {
        final boolean mapping;
        final SourceLocation at;
        final String anchor;
        final List<DocNode> items = new ArrayList<>();
        final Map<String, DocNode> values = new DocNode.Owned<>();
        final Map<String, SourceLocation> keys = new DocNode.Owned<>();
        String pendingKey;
        long size = 1;
        int height = 1;

        Frame(boolean mapping, SourceLocation at, String anchor) {
            this.mapping = mapping;
            this.at = at;
            this.anchor = anchor;
        }

        Sized build() {
            DocNode node = mapping ? merged() : new DocNode.Sequence(items, at);
            return new Sized(node, size, height);
        }

        /** The mapping with what its merge key names added under the keys it does not set itself. */
        private DocNode merged() {
            DocNode merge = values.remove(MERGE_KEY);
            if (merge == null) {
                return new DocNode.Mapping(values, keys, at);
            }
            SourceLocation mergeAt = keys.remove(MERGE_KEY);
            List<DocNode> sources = merge instanceof DocNode.Sequence seq ? seq.items() : List.of(merge);
            for (DocNode source : sources) {
                if (!(source instanceof DocNode.Mapping m)) {
                    throw new GraphFormatException(file, mergeAt.line(), mergeAt.column(),
                            "the merge key << takes a mapping or a list of mappings (e.g. <<: *defaults), not "
                                    + source.describe());
                }
                // earlier mappings in the list win over later ones, and the mapping's own keys over all of them
                m.values().forEach((k, v) -> {
                    if (!values.containsKey(k)) {
                        values.put(k, v);
                        keys.put(k, m.keyLocation(k));
                    }
                });
            }
            return new DocNode.Mapping(values, keys, at);
        }
    }

    private List<DocNode> readAll(JsonParser parser, boolean yaml) throws IOException {
        List<DocNode> roots = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        Map<String, Sized> anchors = new java.util.HashMap<>();
        long expanded = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            SourceLocation at = locate(parser.currentTokenLocation());
            if (stack.isEmpty()) { // a new document: anchors and their cost belong to one document
                anchors.clear();
                expanded = 0;
            }
            org.yaml.snakeyaml.events.Event event = yaml ? ((LinearYamlFactory.Parser) parser).lastEvent() : null;
            String anchor = token != JsonToken.FIELD_NAME && event instanceof org.yaml.snakeyaml.events.NodeEvent node
                    && !(event instanceof org.yaml.snakeyaml.events.AliasEvent) ? node.getAnchor() : null;
            if (token != JsonToken.FIELD_NAME && event instanceof org.yaml.snakeyaml.events.AliasEvent alias) {
                String name = alias.getAnchor();
                Sized target = anchors.get(name);
                if (target == null) {
                    throw new GraphFormatException(file, at.line(), at.column(), "the YAML alias *" + name
                            + " names no anchor &" + name + " before it in this document");
                }
                expanded += target.size();
                if (expanded > MAX_ALIAS_EXPANSION) {
                    throw new GraphFormatException(file, at.line(), at.column(), "the YAML aliases of this document"
                            + " expand to more than " + MAX_ALIAS_EXPANSION + " values; refused (an alias bomb?)");
                }
                if (stack.size() + target.height() > MAX_DEPTH) {
                    throw new GraphFormatException(file, at.line(), at.column(), "the alias *" + name
                            + " nests values more than " + MAX_DEPTH + " levels deep");
                }
                attach(target, stack, roots);
                continue;
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new GraphFormatException(file, at.line(), at.column(),
                                "values are nested more than " + MAX_DEPTH + " levels deep");
                    }
                    stack.push(new Frame(token == JsonToken.START_OBJECT, at, anchor));
                }
                case FIELD_NAME -> {
                    Frame top = stack.peek();
                    String key = parser.currentName();
                    if (top.keys.containsKey(key)) {
                        throw new GraphFormatException(file, at.line(), at.column(), "the key '" + key
                                + "' appears twice in this mapping (first at line " + top.keys.get(key).line() + ")");
                    }
                    top.pendingKey = key;
                    top.keys.put(key, at);
                }
                case END_OBJECT, END_ARRAY -> {
                    Frame done = stack.pop();
                    Sized built = done.build();
                    if (done.anchor != null) {
                        anchors.put(done.anchor, built);
                    }
                    attach(built, stack, roots);
                }
                default -> {
                    Sized value = new Sized(new DocNode.Scalar(scalar(parser, token), at), 1, 1);
                    if (anchor != null) {
                        anchors.put(anchor, value);
                    }
                    attach(value, stack, roots);
                }
            }
        }
        return roots;
    }

    private static void attach(Sized value, Deque<Frame> stack, List<DocNode> roots) {
        Frame top = stack.peek();
        if (top == null) {
            roots.add(value.node());
            return;
        }
        top.size += value.size();
        top.height = Math.max(top.height, value.height() + 1);
        if (top.mapping) {
            top.values.put(top.pendingKey, value.node());
        } else {
            top.items.add(value.node());
        }
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getText() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            default -> parser.getText();
        };
    }

    private SourceLocation locate(JsonLocation loc) {
        return new SourceLocation(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /** SnakeYAML's own errors (a limit hit below Jackson) carry a mark but are not Jackson exceptions. */
    private GraphFormatException translate(YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            return new GraphFormatException(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
                    "not valid YAML: " + firstLine(m.getProblem()), e);
        }
        String sentence = e.getMessage() != null && e.getMessage().contains("code points")
                ? "the file is larger than the limit of " + maxCodePoints + " characters and was not read"
                : "not valid YAML: " + firstLine(e.getMessage());
        return new GraphFormatException(file, 0, 0, sentence, e);
    }

    /**
     * @param parser the parser that failed, or null: a limit of Jackson's (nesting depth, name length) reports no
     *               place, so the place is where the parser stood when it gave up
     */
    private RuntimeException translate(IOException e, String language, JsonParser parser) {
        if (e instanceof JsonProcessingException p) {
            JsonLocation loc = p.getLocation();
            if ((loc == null || loc.getLineNr() <= 0) && parser != null) {
                loc = parser.currentLocation();
                if (loc == null || loc.getLineNr() <= 0) {
                    loc = parser.currentTokenLocation();
                }
            }
            int line = loc == null || loc.getLineNr() <= 0 ? 0 : loc.getLineNr();
            int column = line == 0 ? 0 : Math.max(1, loc.getColumnNr());
            String sentence = p.getOriginalMessage() == null ? "unreadable" : p.getOriginalMessage();
            if (sentence.contains("code points")) {
                sentence = "the file is larger than the limit of " + maxCodePoints + " characters and was not read";
            }
            return new GraphFormatException(file, line, column, sentence.startsWith("the file is larger")
                    ? sentence : "not valid " + language + ": " + firstLine(sentence), e);
        }
        return new UncheckedIOException(e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
