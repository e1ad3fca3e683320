package dev.stagecraft.io.backstage;

import dev.stagecraft.io.FileText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Backstage catalog files (one or more YAML documents, {@code apiVersion: backstage.io/...}).
 * Components and Resources become components (kind from {@code spec.type}, team from {@code spec.owner});
 * {@code dependsOn} and {@code dependencyOf} become dependencies; a component that {@code consumesApis}
 * depends on the components that {@code providesApis} it (an API nobody in the catalog provides becomes an
 * external component); each System is the system of its components and resources (a hull on the map, not a
 * change group). A Location's relative {@code target}/{@code targets} (globs with {@code *} and {@code **} too)
 * are read as more catalog files, relative to the file that names them, each followed target reported; URLs and
 * targets outside reach are reported and not followed. Entity refs ({@code component:default/foo},
 * {@code resource:foo}, {@code foo}) are resolved; what does not resolve is reported, as is every guess and every
 * entity kind skipped (User, Domain, ...).
 */
public final class BackstageReader implements GraphReader {
    /** At most this many files are read through Locations (a catalog of catalogs, not a crawl). */
    static final int MAX_FILES = 500;
    private final int maxCodePoints;
    private final Path directory;

    public BackstageReader() {
        this(DocumentReader.DEFAULT_MAX_CODE_POINTS, null);
    }

    /** @param maxCodePoints larger files are refused unread */
    public BackstageReader(int maxCodePoints) {
        this(maxCodePoints, null);
    }

    /**
     * @param directory where the file read lies, so its Locations' relative targets can be followed; null when
     *                  reading text alone (then Locations are reported, not followed)
     */
    public BackstageReader(int maxCodePoints, Path directory) {
        this.maxCodePoints = maxCodePoints;
        this.directory = directory;
    }

    @Override
    public ImportResult read(String text, String file) {
        Run run = new Run(new ImportReport.Builder("backstage", file));
        Deque<Path> pending = new ArrayDeque<>();
        Set<Path> seen = new HashSet<>();
        Path self = directory == null ? null : directory.resolve(Path.of(file).getFileName()).normalize();
        if (self != null) {
            seen.add(self);
        }
        readDocuments(run, text, file, directory, pending, seen);
        while (!pending.isEmpty()) {
            Path next = pending.removeFirst();
            String more = FileText.read(next, (long) maxCodePoints * 4, "catalog file");
            readDocuments(run, more, next.toString(), next.getParent(), pending, seen);
        }
        return run.build();
    }

    private void readDocuments(Run run, String text, String file, Path dir, Deque<Path> pending, Set<Path> seen) {
        for (DocNode doc : new DocumentReader(file, maxCodePoints).yaml(text)) {
            // an empty or comment-only document (a catalog ending in "---", a header of comments) holds no entity
            boolean empty = doc instanceof DocNode.Scalar s && (s.value() == null || "".equals(s.value()));
            if (empty) {
                continue;
            }
            DocNode.Mapping entity = doc.asMapping("a catalog entity");
            if ("Location".equalsIgnoreCase(entity.text("kind").orElse(""))
                    && entity.text("apiVersion").orElse("").startsWith("backstage.io/")) {
                follow(run.report, entity, file, dir, pending, seen);
            }
            run.collect(entity);
        }
    }

    /** Queues the files a Location names, reporting each target followed or not. */
    private void follow(ImportReport.Builder report, DocNode.Mapping location, String file, Path dir,
                        Deque<Path> pending, Set<Path> seen) {
        DocNode.Mapping spec = location.get("spec").map(s -> s.asMapping("'spec'")).orElse(null);
        if (spec == null) {
            return;
        }
        List<String> targets = new ArrayList<>();
        spec.text("target").ifPresent(targets::add);
        spec.get("targets").ifPresent(t -> t.asSequence("'targets'").items()
                .forEach(i -> targets.add(i.asText("a Location target"))));
        String type = spec.text("type").orElse("url");
        SourceLocation at = location.location();
        for (String target : targets) {
            if (target.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                report.warning("location-not-followed", "Location target " + target + " is a URL; only files"
                        + " beside the catalog are read (import the file it names to add its entities)",
                        at.line(), at.column(), List.of());
                continue;
            }
            if (dir == null) {
                report.warning("location-not-followed", "Location target " + target + " was not followed: the"
                        + " catalog was read as text, with no directory to resolve it in", at.line(), at.column(),
                        List.of());
                continue;
            }
            List<Path> files = expand(dir, target);
            if (files.isEmpty()) {
                report.warning("location-not-followed", "Location target " + target + " (type " + type
                        + ") names no readable file under " + dir, at.line(), at.column(), List.of());
            }
            for (Path f : files) {
                if (!seen.add(f)) {
                    continue;
                }
                if (seen.size() > MAX_FILES) {
                    throw location.error("Locations name more than " + MAX_FILES + " catalog files");
                }
                pending.addLast(f);
                report.info("location-followed", "Location target " + target + " read: " + dir.relativize(f),
                        at.line(), at.column(), List.of());
            }
        }
    }

    /** The files a relative target names: one path, or a glob ({@code *}, {@code **}, {@code ?}) under dir. */
    private static List<Path> expand(Path dir, String target) {
        String t = target.startsWith("./") ? target.substring(2) : target;
        if (!t.contains("*") && !t.contains("?")) {
            Path f = dir.resolve(t).normalize();
            return Files.isRegularFile(f) ? List.of(f) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + t);
        try (Stream<Path> walk = Files.walk(dir, 16)) {
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(dir.relativize(p)))
                    .map(Path::normalize).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** One catalog entity as written. */
    private record Entity(EntityRef ref, DocNode.Mapping node, DocNode.Mapping metadata, DocNode.Mapping spec) {
        String key() {
            return ref.toString();
        }

        SourceLocation at() {
            return node.location();
        }
    }

    private static final class Run {
        private final ImportReport.Builder report;
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<String, String> componentIds = new LinkedHashMap<>();
        private final Map<String, List<String>> providers = new LinkedHashMap<>();
        private final IdAllocator ids = new IdAllocator();
        private final ServiceGraph graph = new ServiceGraph();

        Run(ImportReport.Builder report) {
            this.report = report;
        }

        void collect(DocNode.Mapping node) {
            String apiVersion = node.text("apiVersion").orElse("");
            if (!apiVersion.startsWith("backstage.io/")) {
                warn(node.location(), "skipped", "a document with apiVersion '" + apiVersion
                        + "' is not a Backstage entity and was skipped", List.of());
                return;
            }
            String kind = node.text("kind").orElseThrow(() -> node.error("a catalog entity needs a 'kind'"));
            DocNode.Mapping metadata = node.get("metadata").orElseThrow(() -> node.error("a catalog entity needs"
                    + " 'metadata' with a 'name'")).asMapping("'metadata'");
            String name = metadata.text("name").orElseThrow(() -> metadata.error("'metadata' needs a 'name'"));
            String namespace = metadata.text("namespace").orElse(EntityRef.DEFAULT_NAMESPACE);
            DocNode.Mapping spec = node.get("spec").map(s -> s.asMapping("'spec'"))
                    .orElse(new DocNode.Mapping(Map.of(), Map.of(), node.location()));
            EntityRef ref = new EntityRef(kind.toLowerCase(Locale.ROOT), namespace.toLowerCase(Locale.ROOT),
                    name.toLowerCase(Locale.ROOT));
            Entity entity = new Entity(ref, node, metadata, spec);
            if (entities.putIfAbsent(entity.key(), entity) != null) {
                throw node.error("the entity " + ref + " is defined twice");
            }
        }

        ImportResult build() {
            Map<String, Integer> skippedKinds = new LinkedHashMap<>();
            for (Entity e : entities.values()) {
                switch (e.ref().kind()) {
                    case "component", "resource" -> addComponent(e);
                    case "api", "system", "group", "location" -> { }
                    default -> {
                        if (skippedKinds.merge(e.ref().kind(), 1, Integer::sum) == 1) {
                            warn(e.at(), "skipped", "entities of kind " + e.node().text("kind").orElse("")
                                    + " are not modelled and were skipped", List.of());
                        }
                    }
                }
            }
            addApiProviders();
            for (Entity e : entities.values()) {
                String id = componentIds.get(e.key());
                if (id != null) {
                    addDependencies(e, id);
                }
            }
            addSystems();
            return new ImportResult(graph, report.build());
        }

        private void addComponent(Entity e) {
            String name = e.metadata().text("name").orElseThrow();
            String ns = e.ref().namespace();
            String wanted = ns.equals(EntityRef.DEFAULT_NAMESPACE) ? name : ns + "." + name;
            String id = ids.fresh(wanted, e.ref().toString(), e.at().line(), e.at().column(), report);
            if (IdAllocator.sanitize(wanted).equals(id) && !id.equals(wanted)) {
                // not a clash (fresh reports those) but a name that is no valid id as written
                info(e.at(), "renamed-id", e.ref() + " has the id '" + id + "': '" + wanted + "' is not a valid id"
                        + " (lower-case letters, digits, '.', '_', '-')", List.of(id));
            }
            componentIds.put(e.key(), id);
            String type = e.spec().text("type").orElse(null);
            boolean isResource = e.ref().kind().equals("resource");
            ComponentKind kind = isResource ? BackstageKinds.forResource(type) : BackstageKinds.forComponent(type);
            info(e.at(), "guessed-kind", id + ": kind " + kind.id() + " from " + e.ref().kind() + " type '"
                    + (type == null ? "" : type) + "'", List.of(id));
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("backstage", e.key());
            e.spec().text("lifecycle").ifPresent(l -> extras.put("lifecycle", l));
            e.metadata().text("description").ifPresent(d -> extras.put("description", d));
            String team = e.spec().text("owner").map(o -> owner(e, id, o)).orElse(null);
            graph.addComponent(new Component(id, e.metadata().text("title").orElse(null), kind, team, null, false,
                    null, null, extras));
        }

        private String owner(Entity e, String id, String owner) {
            EntityRef ref = EntityRef.parse(owner, "group", e.ref().namespace());
            if (ref.kind().equals("group") && !entities.containsKey(ref.toString())) {
                warn(e.spec().keyLocation("owner"), "unresolved-ref", id + ": owner " + ref
                        + " is not in this catalog; team set to '" + ref.name() + "' anyway", List.of(id));
            } else if (!ref.kind().equals("group")) {
                info(e.spec().keyLocation("owner"), "guessed-team", id + ": owner " + ref
                        + " is not a group; used as the team", List.of(id));
            }
            return ref.name();
        }

        private void addApiProviders() {
            for (Entity e : entities.values()) {
                String id = componentIds.get(e.key());
                if (id != null) {
                    for (EntityRef api : refs(e, "providesApis", "api")) {
                        providers.computeIfAbsent(api.toString(), k -> new ArrayList<>()).add(id);
                    }
                }
            }
            for (Entity api : entities.values()) {
                if (api.ref().kind().equals("api") && !providers.containsKey(api.key())) {
                    String id = ids.fresh(api.ref().name(), api.ref().toString(), api.at().line(), api.at().column(),
                            report);
                    graph.addComponent(new Component(id, api.metadata().text("title").orElse(null),
                            ComponentKind.EXTERNAL, api.spec().text("owner").map(o -> owner(api, id, o)).orElse(null),
                            null, false, null, null, Map.of("backstage", api.key())));
                    providers.put(api.key(), List.of(id));
                    info(api.at(), "guessed-kind", id + ": API " + api.ref() + " has no provider in this catalog,"
                            + " imported as an external component", List.of(id));
                }
            }
        }

        private void addDependencies(Entity e, String id) {
            reportSubcomponent(e, id);
            for (EntityRef target : refs(e, "dependsOn", "component")) {
                resolve(e, "dependsOn", target).ifPresent(to -> connect(id, to, "dependsOn"));
            }
            for (EntityRef source : refs(e, "dependencyOf", "component")) {
                resolve(e, "dependencyOf", source).ifPresent(from -> connect(from, id, "dependencyOf"));
            }
            for (EntityRef api : refs(e, "consumesApis", "api")) {
                if (!api.kind().equals("api")) {
                    // consumesApis: ['component:x'] names the provider itself, as catalogs sometimes write it
                    resolve(e, "consumesApis", api).ifPresent(to -> connect(id, to, "consumesApis"));
                    continue;
                }
                List<String> by = providers.get(api.toString());
                if (by == null) {
                    warn(e.spec().keyLocation("consumesApis"), "unresolved-ref", id + " consumes " + api
                            + ", which is not in this catalog; the dependency was skipped", List.of(id));
                    continue;
                }
                by.forEach(provider -> connect(id, provider, "consumesApis " + api.name()));
            }
        }

        /** A subcomponent is part of its parent, not something it depends on: said, not silently dropped. */
        private void reportSubcomponent(Entity e, String id) {
            e.spec().text("subcomponentOf").ifPresent(parent -> info(e.spec().keyLocation("subcomponentOf"),
                    "skipped", id + " is a subcomponent of " + parent + ": a part-of relation, not a dependency,"
                            + " so no dependency was made for it", List.of(id)));
        }

        private Optional<String> resolve(Entity e, String field, EntityRef ref) {
            String id = componentIds.get(ref.toString());
            if (id == null && ref.kind().equals("component")) {
                id = componentIds.get(ref.withKind("resource").toString());
            }
            if (id == null) {
                warn(e.spec().keyLocation(field), "unresolved-ref", e.ref() + " " + field + " " + ref
                        + ", which is not a component or resource in this catalog; skipped", List.of());
            }
            return Optional.ofNullable(id);
        }

        private void connect(String from, String to, String via) {
            if (!from.equals(to) && graph.dependency(from, to).isEmpty()) {
                graph.addDependency(new Dependency(from, to, null, null, Map.of("via", via)));
            }
        }

        /**
         * A Backstage System is a system of the map (a hull around its members), not a change group: its
         * members still roll out one by one in their dependency order.
         */
        private void addSystems() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Entity e : entities.values()) {
                String id = componentIds.get(e.key());
                Optional<String> system = e.spec().text("system");
                if (id == null || system.isEmpty()) {
                    continue;
                }
                EntityRef ref = EntityRef.parse(system.get(), "system", e.ref().namespace());
                String name = ref.namespace() == null || ref.namespace().equals("default") ? ref.name()
                        : ref.namespace() + "/" + ref.name();
                if (!entities.containsKey(ref.toString())) {
                    info(e.spec().keyLocation("system"), "unresolved-ref", id + " is part of " + ref
                            + ", which is not in this catalog; drawn in system '" + name + "' all the same", List.of(id));
                }
                graph.replaceComponent(id, graph.requireComponent(id).withSystem(name));
                counts.merge(name, 1, Integer::sum);
            }
            for (Entity system : entities.values()) {
                if (system.ref().kind().equals("system") && !counts.containsKey(system.ref().name())
                        && !counts.containsKey(system.ref().namespace() + "/" + system.ref().name())) {
                    info(system.at(), "skipped", "system " + system.ref() + " has no components or resources", List.of());
                }
            }
            counts.forEach((name, n) -> report.info("system", "system '" + name + "': " + n
                    + " component(s), drawn as one hull; they roll out in their own dependency order", 0, 0, List.of()));
        }

        private List<EntityRef> refs(Entity e, String field, String defaultKind) {
            List<EntityRef> out = new ArrayList<>();
            e.spec().get(field).ifPresent(list -> {
                for (DocNode item : list.asSequence("'" + field + "'").items()) {
                    out.add(EntityRef.parse(item.asText("an entry of " + field), defaultKind, e.ref().namespace()));
                }
            });
            return out;
        }

        private void info(SourceLocation at, String code, String message, List<String> subjects) {
            report.info(code, message, at.line(), at.column(), subjects);
        }

        private void warn(SourceLocation at, String code, String message, List<String> subjects) {
            report.warning(code, message, at.line(), at.column(), subjects);
        }
    }
}
