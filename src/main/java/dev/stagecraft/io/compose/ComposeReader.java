package dev.stagecraft.io.compose;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.container.EnvironmentHosts;
import dev.stagecraft.io.container.ImageKinds;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.GraphMetadata;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads docker-compose files (v2, v3 and the Compose Specification) into a graph: each service is a
 * component; {@code depends_on} (short list or long mapping with {@code condition}/{@code required}) and
 * {@code links} are dependencies; an environment value that names another service's host
 * ({@code DATABASE_URL=postgres://orders-db:5432/x}, {@code REDIS_HOST=cache}) is an inferred dependency,
 * marked with the extra {@code inferred: env:NAME}. Kinds are guessed from images. Everything inferred,
 * guessed or skipped is in the report.
 */
public final class ComposeReader implements GraphReader {
    /** Top-level keys that describe infrastructure Stagecraft does not model. */
    private static final Set<String> KNOWN_TOP = Set.of("services", "version", "name");
    /** Service keys this reader uses; any other key is reported as skipped. */
    private static final Set<String> USED = Set.of("image", "build", "depends_on", "links", "environment",
            "container_name", "hostname", "extends");

    private final int maxCodePoints;

    public ComposeReader() {
        this(DocumentReader.DEFAULT_MAX_CODE_POINTS);
    }

    /** @param maxCodePoints larger files are refused unread */
    public ComposeReader(int maxCodePoints) {
        this(maxCodePoints, ComposeVariables.none());
    }

    /** @param variables the values {@code ${VAR}} takes in the file (its {@code .env}: {@link ComposeVariables#besides}) */
    public ComposeReader(int maxCodePoints, ComposeVariables variables) {
        this(maxCodePoints, variables, null);
    }

    /** @param directory where {@code extends: {file: ...}} looks for other files; null when reading text alone */
    public ComposeReader(int maxCodePoints, ComposeVariables variables, java.nio.file.Path directory) {
        this.maxCodePoints = maxCodePoints;
        this.variables = variables;
        this.directory = directory;
    }

    private final ComposeVariables variables;
    private final java.nio.file.Path directory;

    @Override
    public ImportResult read(String text, String file) {
        List<DocNode> docs = new DocumentReader(file, maxCodePoints).yaml(text);
        if (docs.size() != 1) {
            throw new GraphFormatException(file, 1, 1,
                    "a compose file holds exactly one YAML document, found " + docs.size());
        }
        // keys stay as written (compose substitutes values only)
        DocNode.Mapping root = (DocNode.Mapping) variables.substitute(docs.get(0).asMapping("a compose file"), file);
        DocNode.Mapping written = root.get("services")
                .orElseThrow(() -> root.error("no 'services:' key: not a compose file"
                        + " (compose v1 files without 'services:' are not supported)"))
                .asMapping("'services'");
        ImportReport.Builder report = new ImportReport.Builder("compose", file);
        DocNode.Mapping services = new ComposeExtends(directory, variables, report).resolve(written, file);
        return new Run(report, root, services, variables).read();
    }

    /** One import: the ids, host names and report of one file. */
    private static final class Run {
        private final DocNode.Mapping root;
        private final DocNode.Mapping services;
        private final ImportReport.Builder report;
        private final ServiceGraph graph = new ServiceGraph();
        private final IdAllocator ids = new IdAllocator();
        /** Host name (service name, container_name, hostname, link alias), lower case, to component id. */
        private final Map<String, String> hosts = new LinkedHashMap<>();
        private final Map<String, List<String>> skippedKeys = new LinkedHashMap<>();
        private final Map<String, SourceLocation> skippedAt = new LinkedHashMap<>();

        private final ComposeVariables variables;

        Run(ImportReport.Builder report, DocNode.Mapping root, DocNode.Mapping services, ComposeVariables variables) {
            this.root = root;
            this.services = services;
            this.variables = variables;
            this.report = report;
        }

        ImportResult read() {
            root.text("name").ifPresent(n -> graph.setMetadata(GraphMetadata.EMPTY.withName(IdAllocator.sanitize(n))));
            for (String key : root.values().keySet()) {
                if (!KNOWN_TOP.contains(key)) {
                    SourceLocation at = root.keyLocation(key);
                    report.warning("skipped", "top-level '" + key + "' is not modelled and was skipped",
                            at.line(), at.column(), List.of());
                }
            }
            services.values().forEach(this::addComponent);
            services.values().forEach(this::addDependencies);
            skippedKeys.forEach((key, who) -> {
                SourceLocation at = skippedAt.get(key);
                report.info("skipped", "service key '" + key + "' is not modelled (" + who.size() + " service"
                        + (who.size() == 1 ? "" : "s") + ": " + String.join(", ", who) + ")",
                        at.line(), at.column(), who);
            });
            if (variables.source() != null) {
                report.info("variables", variables.size() + " variable(s) from " + variables.source()
                        + " substituted where the file names them", 0, 0, List.of());
            }
            if (!variables.unset().isEmpty()) {
                report.warning("unset-variable", "variables set nowhere were read as empty strings, as compose does: "
                        + String.join(", ", variables.unset()) + (variables.source() == null
                        ? " (no .env file beside the compose file; the shell's environment is not read)" : ""),
                        0, 0, variables.unset());
            }
            return new ImportResult(graph, report.build());
        }

        private void addComponent(String name, DocNode node) {
            SourceLocation at = services.keyLocation(name);
            DocNode.Mapping service = node instanceof DocNode.Scalar s && s.value() == null
                    ? new DocNode.Mapping(Map.of(), Map.of(), node.location())
                    : node.asMapping("service '" + name + "'");
            String id = ids.idFor(name);
            if (!id.equals(name)) {
                report.info("renamed-id", "service '" + name + "' has the id '" + id + "'", at.line(), at.column(),
                        List.of(id));
            }
            hosts.put(name.toLowerCase(Locale.ROOT), id);
            service.text("container_name").ifPresent(h -> hosts.putIfAbsent(h.toLowerCase(Locale.ROOT), id));
            service.text("hostname").ifPresent(h -> hosts.putIfAbsent(h.toLowerCase(Locale.ROOT), id));
            Map<String, Object> extras = new LinkedHashMap<>();
            ComponentKind kind = ComponentKind.SERVICE;
            var image = service.text("image");
            if (image.isPresent()) {
                extras.put("image", image.get());
                ImageKinds.Guess guess = ImageKinds.guess(image.get());
                kind = guess.kind();
                SourceLocation imageAt = service.keyLocation("image");
                String why = guess.product() == null
                        ? "kind service assumed: image " + image.get() + " is no known data store, queue, cache or gateway"
                        : "kind " + kind.id() + " guessed from image " + image.get();
                report.info("guessed-kind", id + ": " + why, imageAt.line(), imageAt.column(), List.of(id));
            } else {
                service.get("build").filter(b -> b instanceof DocNode.Scalar)
                        .ifPresent(b -> extras.put("build", b.asText("build")));
                report.info("guessed-kind", id + ": kind service assumed (built from source, no image)",
                        at.line(), at.column(), List.of(id));
            }
            for (String key : service.values().keySet()) {
                if (!USED.contains(key)) {
                    skippedKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                    skippedAt.putIfAbsent(key, service.keyLocation(key));
                }
            }
            // the compose project (top-level name:) is the services' system on the map
            graph.addComponent(new Component(id, name.equals(id) ? null : name, kind, null,
                    root.text("name").map(String::strip).orElse(null), null, false, null, null, extras));
        }

        private void addDependencies(String name, DocNode node) {
            if (!(node instanceof DocNode.Mapping service)) {
                return;
            }
            String from = ids.existing(name);
            service.get("depends_on").ifPresent(d -> dependsOn(from, d));
            service.get("links").ifPresent(l -> links(from, l.asSequence("'links'")));
            service.get("environment").ifPresent(e -> environment(from, e));
        }

        private void dependsOn(String from, DocNode node) {
            if (node instanceof DocNode.Sequence list) {
                for (DocNode item : list.items()) {
                    explicit(from, item.asText("a depends_on entry"), item.location(), Map.of("via", "depends_on"), null);
                }
                return;
            }
            DocNode.Mapping longSyntax = node.asMapping("'depends_on'");
            longSyntax.values().forEach((target, spec) -> {
                Map<String, Object> extras = new LinkedHashMap<>();
                extras.put("via", "depends_on");
                Strength strength = null;
                if (spec instanceof DocNode.Mapping m) {
                    m.text("condition").ifPresent(c -> extras.put("condition", c));
                    if (m.get("required").map(r -> "false".equals(r.asText("'required'"))).orElse(false)) {
                        strength = Strength.SOFT;
                        SourceLocation at = m.keyLocation("required");
                        report.info("guessed-strength", from + " -> " + ids.existing(target) + ": soft, because"
                                + " required: false lets " + from + " start without it", at.line(), at.column(),
                                List.of(from));
                    }
                } else if (!(spec instanceof DocNode.Scalar s && s.value() == null)) {
                    throw spec.error("a long-syntax depends_on entry must be a mapping (condition: ...)");
                }
                explicit(from, target, longSyntax.keyLocation(target), extras, strength);
            });
        }

        private void links(String from, DocNode.Sequence list) {
            for (DocNode item : list.items()) {
                String link = item.asText("a links entry");
                int colon = link.indexOf(':');
                String target = colon < 0 ? link : link.substring(0, colon);
                if (colon >= 0 && ids.existing(target) != null) {
                    hosts.putIfAbsent(link.substring(colon + 1).toLowerCase(Locale.ROOT), ids.existing(target));
                }
                explicit(from, target, item.location(), Map.of("via", "links"), null);
            }
        }

        private void explicit(String from, String targetName, SourceLocation at, Map<String, Object> extras,
                              Strength strength) {
            String to = ids.existing(targetName);
            if (to == null) {
                report.warning("unresolved-ref", from + " names '" + targetName + "', which is no service in this file;"
                        + " the dependency was skipped", at.line(), at.column(), List.of(from));
                return;
            }
            if (graph.dependency(from, to).isPresent()) {
                return;
            }
            graph.addDependency(new Dependency(from, to, null, strength, extras));
        }

        private void environment(String from, DocNode node) {
            List<String[]> pairs = new ArrayList<>();
            List<SourceLocation> places = new ArrayList<>();
            if (node instanceof DocNode.Sequence list) {
                for (DocNode item : list.items()) {
                    String entry = item.asText("an environment entry");
                    int eq = entry == null ? -1 : entry.indexOf('=');
                    if (eq > 0) {
                        pairs.add(new String[] {entry.substring(0, eq), entry.substring(eq + 1)});
                        places.add(item.location());
                    }
                }
            } else {
                DocNode.Mapping map = node.asMapping("'environment'");
                map.values().forEach((key, value) -> {
                    pairs.add(new String[] {key, value.asText("environment variable " + key)});
                    places.add(map.keyLocation(key));
                });
            }
            for (int i = 0; i < pairs.size(); i++) {
                String key = pairs.get(i)[0];
                for (String host : EnvironmentHosts.hostsIn(key, pairs.get(i)[1])) {
                    String to = hosts.get(host);
                    if (to != null && !to.equals(from) && graph.dependency(from, to).isEmpty()) {
                        graph.addDependency(new Dependency(from, to, null, null, Map.of("inferred", "env:" + key)));
                        SourceLocation at = places.get(i);
                        report.info("inferred-dependency", from + " depends on " + to + ": environment " + key
                                + " names its host '" + host + "'", at.line(), at.column(), List.of(from, to));
                    }
                }
            }
        }
    }
}
