package dev.stagecraft.io;

import dev.stagecraft.io.backstage.BackstageReader;
import dev.stagecraft.io.compose.ComposeReader;
import dev.stagecraft.io.compose.ComposeVariables;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.io.csv.CsvEdgeListReader;
import dev.stagecraft.io.csv.CsvEdgeListWriter;
import dev.stagecraft.io.dot.DotReader;
import dev.stagecraft.io.dot.DotWriter;
import dev.stagecraft.io.graphml.GraphmlReader;
import dev.stagecraft.io.graphml.GraphmlWriter;
import dev.stagecraft.io.json.JsonGraphReader;
import dev.stagecraft.io.json.JsonGraphWriter;
import dev.stagecraft.io.traces.TraceGraphReader;
import dev.stagecraft.io.kubernetes.KubernetesReader;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses a reader or writer by file name and, for YAML, by content: {@code .yaml/.yml} is the native
 * format unless the text has an {@code apiVersion: backstage.io/...} (Backstage), a top-level {@code apiVersion:}
 * of another group together with a top-level {@code kind:} (Kubernetes manifests; {@code stagecraft/...} is
 * native) or a top-level {@code services:} (compose); {@code .dot/.gv}, {@code .graphml}, {@code .csv} by extension; {@code .json} is a JSON graph unless its
 * content is trace data or a Kubernetes object or list ({@code kubectl get -o json}). An explicit
 * format ({@code --from/--to}) wins.
 */
public final class GraphFormats {
    /** Larger files are refused unread (the native reader's limit, for every format). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern COMPOSE = Pattern.compile("(?m)^services\\s*:");
    private static final Pattern BACKSTAGE = Pattern.compile("(?m)^apiVersion\\s*:\\s*['\"]?backstage\\.io/");
    private static final Pattern NATIVE = Pattern.compile("(?m)^apiVersion\\s*:\\s*['\"]?stagecraft/");
    /** {@code apiVersion: v1}, {@code apps/v1}, ...: any apiVersion; with a top-level {@code kind:} a manifest. */
    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion\\s*:\\s*['\"]?[A-Za-z0-9.-]+(/|['\"]?\\s*$)");
    private static final Pattern KIND = Pattern.compile("(?m)^kind\\s*:\\s*['\"]?(?!ServiceGraph\\b|RolloutPlan\\b)\\S");
    private static final Pattern DOT = Pattern.compile("(?is)(\\s|//[^\\n]*|/\\*.*?\\*/|#[^\\n]*)*"
            + "(strict\\s+)?(di)?graph\\b.*");
    private static final Pattern CSV_HEADER = Pattern.compile("(?i)\\s*\"?from\"?\\s*,\\s*\"?to\"?\\s*(,.*)?");

    private GraphFormats() {
    }

    /** The format of an input file from its name, looking at the content for YAML. */
    public static Optional<GraphFormat> detect(Path file, String content) {
        return switch (extension(file)) {
            case "yaml", "yml" -> Optional.of(BACKSTAGE.matcher(content).find() ? GraphFormat.BACKSTAGE
                    : kubernetes(content) ? GraphFormat.KUBERNETES
                    : COMPOSE.matcher(content).find() ? GraphFormat.COMPOSE : GraphFormat.NATIVE);
            case "dot", "gv" -> Optional.of(GraphFormat.DOT);
            case "graphml" -> Optional.of(GraphFormat.GRAPHML);
            case "json" -> Optional.of(TraceGraphReader.looksLikeTraces(head(content)) ? GraphFormat.TRACES
                    : kubernetesJson(head(content)) ? GraphFormat.KUBERNETES : GraphFormat.JSON);
            case "csv" -> Optional.of(GraphFormat.CSV);
            case "prom", "txt" -> Optional.of(GraphFormat.TRACES).filter(f -> TraceGraphReader.looksLikeTraces(head(content)));
            default -> Optional.empty();
        };
    }

    private static String head(String content) {
        return content.length() > 4096 ? content.substring(0, 4096) : content;
    }

    /**
     * Whether YAML text is Kubernetes manifests: a top-level {@code apiVersion:} and {@code kind:} and no
     * {@code stagecraft/} (native) or {@code backstage.io/} apiVersion. O(length).
     */
    static boolean kubernetes(String content) {
        return API_VERSION.matcher(content).find() && KIND.matcher(content).find() && !NATIVE.matcher(content).find()
                && !BACKSTAGE.matcher(content).find();
    }

    /**
     * Whether JSON text is a Kubernetes object or list, as {@code kubectl get -o json} writes it: a top-level
     * object whose own {@code apiVersion} is a string outside {@code stagecraft/} and {@code backstage.io/}, with
     * its own {@code kind} or an {@code items} array whose first item has both (kubectl writes a list's
     * {@code kind} after its items, past a head of a large list). Reads the given head only; a head cut short
     * ends the look. O(length).
     */
    static boolean kubernetesJson(String head) {
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            String[] seen = new String[2];
            boolean itemIsObject = kubernetesFields(parser, seen, true);
            return seen[0] != null && !seen[0].startsWith("stagecraft/") && !seen[0].startsWith("backstage.io/")
                    && (seen[1] != null || itemIsObject);
        } catch (IOException notJson) {
            return false;
        }
    }

    /**
     * Reads an object's fields after its {@code START_OBJECT} until it has {@code apiVersion} (seen[0]) and
     * {@code kind} (seen[1]) or its end; with {@code lookIntoItems}, whether the first of its {@code items} is an
     * object with both. Stops quietly where the head is cut.
     */
    private static boolean kubernetesFields(JsonParser parser, String[] seen, boolean lookIntoItems) {
        boolean itemIsObject = false;
        try {
            while ((seen[0] == null || seen[1] == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && field.equals("apiVersion")) {
                    seen[0] = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && field.equals("kind")) {
                    seen[1] = parser.getText();
                } else if (lookIntoItems && value == JsonToken.START_ARRAY && field.equals("items")) {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        String[] item = new String[2];
                        kubernetesFields(parser, item, false);
                        itemIsObject = item[0] != null && item[1] != null;
                    }
                    return itemIsObject;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException cutShort) {
            // the head ends inside the object: decide on what was seen
        }
        return itemIsObject;
    }

    /**
     * The format the content shows, whatever the file's name: native ({@code apiVersion: stagecraft/...}),
     * Backstage, Kubernetes (another {@code apiVersion:} with a {@code kind:}), compose, GraphML ({@code <graphml}), DOT ({@code digraph}/{@code graph} after comments), JSON
     * (a text opening with a brace or bracket), CSV (a {@code from,to} header); empty when it shows none.
     * Looks at the first 4,096 characters. O(1).
     */
    public static Optional<GraphFormat> sniff(String content) {
        String head = head(content);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        String start = head.stripLeading();
        if (NATIVE.matcher(head).find()) {
            return Optional.of(GraphFormat.NATIVE);
        }
        if (BACKSTAGE.matcher(head).find()) {
            return Optional.of(GraphFormat.BACKSTAGE);
        }
        if (kubernetes(head)) {
            return Optional.of(GraphFormat.KUBERNETES);
        }
        if (kubernetesJson(start)) {
            return Optional.of(GraphFormat.KUBERNETES);
        }
        if (start.startsWith("<") && head.contains("<graphml")) {
            return Optional.of(GraphFormat.GRAPHML);
        }
        if (TraceGraphReader.looksLikeTraces(head)) {
            return Optional.of(GraphFormat.TRACES);
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return Optional.of(GraphFormat.JSON);
        }
        if (DOT.matcher(head).matches()) {
            return Optional.of(GraphFormat.DOT);
        }
        int firstLine = start.indexOf('\n');
        if (CSV_HEADER.matcher(firstLine < 0 ? start : start.substring(0, firstLine)).matches()) {
            return Optional.of(GraphFormat.CSV);
        }
        if (COMPOSE.matcher(head).find()) {
            return Optional.of(GraphFormat.COMPOSE);
        }
        return Optional.empty();
    }

    /** What people call a format in a sentence. */
    public static String title(GraphFormat format) {
        return switch (format) {
            case NATIVE -> "a Stagecraft YAML graph";
            case COMPOSE -> "a docker-compose file";
            case BACKSTAGE -> "a Backstage catalog";
            case DOT -> "a Graphviz DOT file";
            case GRAPHML -> "a GraphML file";
            case JSON -> "a JSON graph";
            case CSV -> "a CSV edge list";
            case TRACES -> "a map of observed calls (Jaeger dependencies or the OpenTelemetry service graph)";
            case KUBERNETES -> "Kubernetes manifests";
        };
    }

    /** The format to write from the output file's name. */
    public static Optional<GraphFormat> forOutput(Path file) {
        return switch (extension(file)) {
            case "yaml", "yml" -> Optional.of(GraphFormat.NATIVE);
            case "dot", "gv" -> Optional.of(GraphFormat.DOT);
            case "graphml" -> Optional.of(GraphFormat.GRAPHML);
            case "json" -> Optional.of(GraphFormat.JSON);
            case "csv" -> Optional.of(GraphFormat.CSV);
            default -> Optional.empty();
        };
    }

    public static GraphReader reader(GraphFormat format) {
        return switch (format) {
            case NATIVE -> (text, file) -> {
                LoadResult loaded = NativeGraphReader.read(text, file);
                return new ImportResult(loaded.graph(), new ImportReport("native", loaded.findings()));
            };
            case COMPOSE -> new ComposeReader();
            case BACKSTAGE -> new BackstageReader();
            case DOT -> new DotReader();
            case GRAPHML -> new GraphmlReader();
            case JSON -> new JsonGraphReader();
            case CSV -> new CsvEdgeListReader();
            case TRACES -> new TraceGraphReader();
            case KUBERNETES -> new KubernetesReader();
        };
    }

    /** @throws IllegalArgumentException for a format Stagecraft only reads (compose, backstage, kubernetes) */
    public static GraphWriter writer(GraphFormat format) {
        return switch (format) {
            case NATIVE -> g -> NativeGraphWriter.write(g, null);
            case DOT -> new DotWriter();
            case GRAPHML -> new GraphmlWriter();
            case JSON -> new JsonGraphWriter();
            case CSV -> new CsvEdgeListWriter();
            case COMPOSE, BACKSTAGE, TRACES, KUBERNETES -> throw new IllegalArgumentException(format.id() + " is read, not written");
        };
    }

    /**
     * Reads a graph file in the given format, or the detected one when {@code format} is null.
     *
     * @throws GraphFormatException when the file is missing, too large, of no known format, or invalid
     */
    public static ImportResult read(Path file, GraphFormat format) {
        String name = file.toString();
        String text = FileText.read(file, MAX_BYTES, "graph file");
        GraphFormat chosen = format != null ? format : detect(file, text).orElseThrow(() -> new GraphFormatException(
                name, 0, 0, "no known graph format for this file name; name one with --from ("
                + GraphFormat.choices(false) + ")"));
        if (chosen == GraphFormat.COMPOSE) {
            // ${VAR} takes its value from the .env file beside the compose file, as docker compose reads it
            return new ComposeReader(DocumentReader.DEFAULT_MAX_CODE_POINTS, ComposeVariables.besides(file),
                    file.toAbsolutePath().getParent()).read(text, name).checkedForPlanning();
        }
        if (chosen == GraphFormat.BACKSTAGE) {
            // a Location's relative targets are read from beside the catalog
            return new BackstageReader(DocumentReader.DEFAULT_MAX_CODE_POINTS, file.toAbsolutePath().getParent())
                    .read(text, name).checkedForPlanning();
        }
        ImportResult result = reader(chosen).read(text, name);
        return chosen == GraphFormat.NATIVE ? result : result.checkedForPlanning();
    }

    /** Writes the graph atomically (all or nothing) in the given format, or the one the file name says. */
    public static void write(Path file, ServiceGraph graph, GraphFormat format) throws IOException {
        GraphFormat chosen = format != null ? format : forOutput(file).orElseThrow(() -> new GraphFormatException(
                file.toString(), 0, 0, "no known graph format for this file name; name one with --to ("
                + GraphFormat.choices(true) + ")"));
        AtomicFile.write(file, writer(chosen).write(graph).getBytes(StandardCharsets.UTF_8));
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
