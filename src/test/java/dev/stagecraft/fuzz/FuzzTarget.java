package dev.stagecraft.fuzz;

import dev.stagecraft.io.GraphFormat;
import java.util.List;

/**
 * The CLI's entry points that read a file, one per format, with the file name the input is written under,
 * the format's tokens for {@link TextMutator} and its nestable constructs ("open|close").
 */
enum FuzzTarget {
    /** {@code NativeGraphReader.read(Path)}, what validate, analyze, plan and simulate open. */
    NATIVE("native", "graph.yaml", GraphFormat.NATIVE, Tokens.NATIVE, Tokens.YAML_NESTING),
    /** {@code PlanReader.read(Path)}, what export-plan opens. */
    PLAN("plan", "plan.yaml", null, Tokens.PLAN, Tokens.YAML_NESTING),
    /** {@code GraphFormats.read(Path, format)} from here on, what convert and diff open. */
    DOT("dot", "graph.dot", GraphFormat.DOT, Tokens.DOT, List.of("subgraph {|}", "{|}", "[|]", "<|>")),
    GRAPHML("graphml", "graph.graphml", GraphFormat.GRAPHML, Tokens.XML,
            List.of("<a>|</a>", "<node id=\"x\"><graph edgedefault=\"directed\">|</graph></node>", "<data>|</data>")),
    JSON("json", "graph.json", GraphFormat.JSON, Tokens.JSON, List.of("[|]", "{\"a\":|}", "{|}")),
    CSV("csv", "graph.csv", GraphFormat.CSV, Tokens.CSV, List.of("\"|\"", "(|)")),
    COMPOSE("compose", "compose.yaml", GraphFormat.COMPOSE, Tokens.COMPOSE, Tokens.YAML_NESTING),
    BACKSTAGE("backstage", "catalog-info.yaml", GraphFormat.BACKSTAGE, Tokens.BACKSTAGE, Tokens.YAML_NESTING),
    /** Jaeger dependencies JSON and the OpenTelemetry service graph as Prometheus text. */
    TRACES("traces", "servicegraph.prom", GraphFormat.TRACES, Tokens.TRACES, List.of("{|}", "[|]", "\"|\"")),
    KUBERNETES("kubernetes", "manifests.yaml", GraphFormat.KUBERNETES, Tokens.KUBERNETES, Tokens.YAML_NESTING);

    private final String id;
    private final String fileName;
    private final GraphFormat format;
    private final List<String> tokens;
    private final List<String> nesting;

    FuzzTarget(String id, String fileName, GraphFormat format, List<String> tokens, List<String> nesting) {
        this.id = id;
        this.fileName = fileName;
        this.format = format;
        this.tokens = tokens;
        this.nesting = nesting;
    }

    String id() {
        return id;
    }

    /** The name the input file gets (it appears in error messages). */
    String fileName() {
        return fileName;
    }

    /** The graph format read, {@code null} for plans. */
    GraphFormat format() {
        return format;
    }

    TextMutator mutator() {
        return new TextMutator(tokens, nesting);
    }

    static FuzzTarget parse(String id) {
        for (FuzzTarget t : values()) {
            if (t.id.equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no fuzz target " + id);
    }

    /** Tokens per format, besides {@link TextMutator}'s common ones and numbers. */
    private static final class Tokens {
        static final List<String> YAML = List.of("&a ", "*a", "&a [1, 2]", "<<: *a\n", "!!str ", "!!int ", "!!float ",
                "!!binary ", "!!map ", "!custom ", "!<tag:yaml.org,2002:str> ", "---\n", "...\n", "%YAML 1.2\n",
                "%TAG ! tag:x,2000:\n", "? ", "- ", "- - ", "|\n", "|-\n  x\n", ">\n", "{", "}", "[", "]",
                "{a: 1, a: 2}", "? [a, b]\n: c\n", "\"\\x00\"", "\"\\uDC00\"", "'it''s'", "@", "`", "key: value\n",
                ": ", " #", "\"\\", "\\N", "\\_");
        static final List<String> YAML_NESTING = List.of("[|]", "{a: |}", "- ", "{|}", "  ");
        static final List<String> NATIVE = with(YAML, "apiVersion: stagecraft/v2\n", "kind: ServiceGraph\n",
                "  - id: auth\n", "  - id: Bad_Id\n", "    tier: ", "    changing: ", "    kind: spaceship\n",
                "      stages: [", "      bakeMinutes: ", "      failureProbability: ", "      durationMinutes: ",
                "      gates: [{metric: error_rate, max: ", "    position: {x: ", "  - from: auth\n    to: auth\n",
                "    strength: soft\n", "    members: [", "components:\n", "dependencies:\n", "groups:\n",
                "x-unknown: ", "metadata:\n  name: ");
        static final List<String> PLAN = with(YAML, "apiVersion: stagecraft/v2\n", "kind: RolloutPlan\n", "max: ",
                "percent: ", "bakeMinutes: ", "maxParallel: ", "after: [", "steps: []\n", "wave: ", "startMinute: ",
                "gates:\n", "- metric: error_rate\n  max: ", "rollbackOrder: [", "blastRadius: {outage: ", "more: ",
                "{\"apiVersion\": \"stagecraft/v1\"}", "\"max\": ");
        static final List<String> COMPOSE = with(YAML, "services:\n", "depends_on:\n", "  - db\n",
                "condition: service_healthy\n", "links:\n  - ", "environment:\n", "  - A_URL=http://auth:8080\n",
                "image: postgres:16\n", "x-common: &x\n  image: a\n", "<<: *x\n", "version: \"3.9\"\n", "required: ");
        static final List<String> BACKSTAGE = with(YAML, "dependsOn:\n", "dependencyOf:\n", "consumesApis:\n",
                "providesApis:\n", "  - component:default/", "  - resource:", "kind: API\n", "kind: System\n",
                "kind: User\n", "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: x\n",
                "system: ", "owner: group:", "type: ", "namespace: ");
        static final List<String> KUBERNETES = with(YAML, "---\napiVersion: apps/v1\nkind: Deployment\n",
                "---\napiVersion: v1\nkind: Service\n", "kind: List\nitems:\n  - ", "metadata:\n  name: ",
                "  namespace: ", "selector:\n  app: ", "labels: {app: ", "template:\n  metadata:\n",
                "containers:\n  - name: c\n    image: postgres:16\n", "initContainers:\n", "envFrom:\n  - configMapRef:\n      name: ",
                "secretRef: {name: ", "valueFrom:\n  configMapKeyRef: {name: ", "secretKeyRef: {key: k, name: ",
                "env:\n  - name: DB_URL\n    value: postgres://u@db.data.svc.cluster.local:5432/x\n",
                "value: http://orders.shop:8080\n", "volumes:\n  - configMap: {name: ", "projected:\n  sources:\n",
                "type: ExternalName\n", "externalName: ", "backend:\n  service:\n    name: ", "serviceName: ",
                "parentRefs: [{name: ", "backendRefs: [{name: ", "kind: HTTPRoute\n", "kind: Gateway\n",
                "apiVersion: gateway.networking.k8s.io/v1\n", "# Source: chart/templates/x.yaml\n", "jobTemplate:\n",
                "kind: ClusterRole\n", "optional: true\n", "stringData:\n  URL: redis://cache:6379\n");
        static final List<String> XML = List.of("<!DOCTYPE l[", "<!DOCTYPE graphml SYSTEM \"x.dtd\">",
                "<!DOCTYPE l [<!ENTITY x \"yy\">]>", "<!ENTITY x \"yy\">", "&x;", "&amp;", "&#0;", "&#x110000;",
                "&#xD800;", "<![CDATA[", "]]>", "<?xml version=\"1.1\"?>", "<?pi x?>", "<!-- ", " -->",
                "<node id=\"n0\"/>", "<node id=\"n0\"></node>", "<edge source=\"n0\" target=\"n0\"/>",
                "<edge source=\"n0\" target=\"missing\"/>", "<data key=\"d0\">", "</data>", "</node>", "</graph>",
                "<", ">", "/>", "=\"", "xmlns:y=\"http://www.yworks.com/xml/graphml\"",
                "<key id=\"d0\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>", "attr.type=\"double\"",
                "<y:NodeLabel>", "</y:NodeLabel>");
        static final List<String> DOT = List.of("digraph G {", "graph {", "strict digraph ", "subgraph cluster_0 {",
                "->", "--", "[label=\"x\"]", "[label=<<b>x</b>>]", "<<b>x</b>>", "\"", "/*", "*/", "//", "\n#", ";",
                "node [shape=box]", "edge [style=dashed]", "a -> b", "a -> a", "{a b} -> c", "\"\\\\\"", "&amp;",
                "&#0;", "&#x110000;", "=", "]", "[", "}", "{", "\"a\" [id=\"a\"]", "n0 [label=\"n0\"]", "\\N",
                "\"\\\n\"", "[kind=database]", "[strength=soft]", "+", "\"a\" + \"b\"");
        static final List<String> JSON = List.of("{", "}", "[", "]", ",", ":", "\"\\u0000\"", "\"\\ud800\"",
                "\"\\uDFFF\\uD800\"", "\"id\": \"a\"", "\"id\": \"auth\", ", "{\"id\": \"dup\"}, ", "null", "true",
                "/*", "//", "'", "\"\\", "\"", "\"nodes\": ", "\"edges\": ", "\"tier\": ", "\"max\": ",
                "\"position\": {\"x\": ", "\"extra\": {\"a\": [", "\"source\": \"a\", \"target\": \"a\"");
        static final List<String> CSV = List.of(",", "\"", "\"\"", "\r\n", ";", "\t", "from,to,kind,strength\n",
                "a,a,sync,hard\n", "a,b,bogus,soft\n", ",\n", "a,\n", "\"a\nb\",c\n", ",,,,,\n", "\"a\"\"b\",c\n",
                "\"unterminated", "Auth Service,DB\n", "from,to\n", "x,y,async\n");

        static final List<String> TRACES = with(JSON, "traces_service_graph_request_total", "{client=\"a\"",
                ",server=\"b\"}", ",connection_type=\"database\"", " 12\n", " NaN\n", " +Inf\n", " -1\n", " 1e400\n",
                "# TYPE x counter\n", "\"parent\": \"a\", ", "\"child\": \"a\", ", "\"callCount\": ", "\"data\": [",
                "\"status\": \"error\"", "\"value\": [1, \"", "\\\"", "=", "\r\n");

        private static List<String> with(List<String> base, String... more) {
            List<String> all = new java.util.ArrayList<>(base);
            all.addAll(List.of(more));
            return List.copyOf(all);
        }
    }
}
