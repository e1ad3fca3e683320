package dev.stagecraft.io.compose;

import dev.stagecraft.io.FileText;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * compose's {@code extends}: a service takes the settings of another, in this file ({@code extends: base} or
 * {@code extends: {service: base}}) or in another ({@code extends: {file: common.yaml, service: base}}, relative to
 * this file's directory), its own keys winning; {@code environment} mappings and {@code depends_on}/{@code links}
 * lists are merged as compose merges them. A service extending itself round a cycle, or a base that does not exist,
 * is refused with its place; a file named without a directory to look in (text read from memory) is reported and
 * its base left out.
 */
final class ComposeExtends {
    /** Files followed from one compose file at most: more is a loop or a mistake. */
    private static final int MAX_FILES = 16;

    private final Path directory;
    private final ComposeVariables variables;
    private final ImportReport.Builder report;
    private final Map<String, DocNode.Mapping> otherFiles = new HashMap<>();

    ComposeExtends(Path directory, ComposeVariables variables, ImportReport.Builder report) {
        this.directory = directory;
        this.variables = variables;
        this.report = report;
    }

    /** The services with every {@code extends} resolved (and the key itself gone). */
    DocNode.Mapping resolve(DocNode.Mapping services, String file) {
        Map<String, DocNode> out = new LinkedHashMap<>();
        Map<String, DocNode.Mapping> done = new HashMap<>();
        for (String name : services.values().keySet()) {
            out.put(name, resolved(services, file, name, done, new LinkedHashSet<>()));
        }
        return new DocNode.Mapping(out, services.keyLocations(), services.location());
    }

    private DocNode resolved(DocNode.Mapping services, String file, String name, Map<String, DocNode.Mapping> done,
                             Set<String> path) {
        DocNode node = services.values().get(name);
        if (!(node instanceof DocNode.Mapping service) || !service.values().containsKey("extends")) {
            return node;
        }
        String key = file + "#" + name;
        if (done.containsKey(key)) {
            return done.get(key);
        }
        if (!path.add(key)) {
            throw service.error("service '" + name + "' extends itself through " + String.join(" -> ", path));
        }
        DocNode ext = service.values().get("extends");
        String baseName;
        String baseFile = null;
        if (ext instanceof DocNode.Scalar s && s.value() instanceof String text) {
            baseName = text;
        } else {
            DocNode.Mapping m = ext.asMapping("'extends'");
            baseName = m.text("service").orElseThrow(() -> m.error("'extends' names no 'service'"));
            baseFile = m.text("file").orElse(null);
        }
        DocNode.Mapping baseServices = services;
        String baseSource = file;
        if (baseFile != null) {
            if (directory == null) {
                var at = service.keyLocation("extends");
                report.warning("skipped", "service '" + name + "' extends '" + baseName + "' in " + baseFile
                        + ", which was not read (no directory to read it from); its own settings were used", at.line(),
                        at.column(), List.of());
                return without(service);
            }
            baseSource = directory.resolve(baseFile).normalize().toString();
            baseServices = otherFile(baseSource, ext);
        }
        DocNode base = baseServices.values().get(baseName);
        if (base == null) {
            throw ext.error("service '" + name + "' extends '" + baseName + "', which is not a service of "
                    + (baseFile == null ? "this file" : baseFile));
        }
        DocNode baseResolved = resolved(baseServices, baseSource, baseName, done, path);
        DocNode.Mapping merged = merge(baseResolved.asMapping("service '" + baseName + "'"), without(service));
        path.remove(key);
        done.put(key, merged);
        return merged;
    }

    private DocNode.Mapping otherFile(String path, DocNode at) {
        DocNode.Mapping cached = otherFiles.get(path);
        if (cached != null) {
            return cached;
        }
        if (otherFiles.size() >= MAX_FILES) {
            throw at.error("'extends' follows more than " + MAX_FILES + " files");
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw at.error("'extends' names the file " + path + ", which does not exist");
        }
        String text = FileText.read(p, 64L << 20, "compose file");
        List<DocNode> docs = new DocumentReader(path).yaml(text);
        if (docs.isEmpty()) {
            throw at.error("'extends' names the file " + path + ", which is empty");
        }
        DocNode.Mapping root = (DocNode.Mapping) variables.substitute(docs.get(0).asMapping("a compose file"), path);
        DocNode.Mapping services = root.get("services").map(s -> s.asMapping("'services'"))
                .orElseThrow(() -> at.error("'extends' names " + path + ", which has no 'services:'"));
        otherFiles.put(path, services);
        return services;
    }

    private static DocNode.Mapping without(DocNode.Mapping service) {
        Map<String, DocNode> values = new LinkedHashMap<>(service.values());
        values.remove("extends");
        return new DocNode.Mapping(values, service.keyLocations(), service.location());
    }

    /** The base's keys, then the service's: own values win; environment, depends_on and links merge. */
    private static DocNode.Mapping merge(DocNode.Mapping base, DocNode.Mapping own) {
        Map<String, DocNode> values = new LinkedHashMap<>(base.values());
        Map<String, dev.stagecraft.model.SourceLocation> keys = new LinkedHashMap<>(base.keyLocations());
        own.values().forEach((k, v) -> {
            DocNode was = values.get(k);
            DocNode now = v;
            if (was != null && (k.equals("environment") || k.equals("depends_on") || k.equals("links"))) {
                now = mergeValues(was, v);
            }
            values.put(k, now);
            keys.put(k, own.keyLocation(k));
        });
        return new DocNode.Mapping(values, keys, own.location());
    }

    private static DocNode mergeValues(DocNode base, DocNode own) {
        if (base instanceof DocNode.Mapping b && own instanceof DocNode.Mapping o) {
            Map<String, DocNode> values = new LinkedHashMap<>(b.values());
            Map<String, dev.stagecraft.model.SourceLocation> keys = new LinkedHashMap<>(b.keyLocations());
            o.values().forEach((k, v) -> {
                values.put(k, v);
                keys.put(k, o.keyLocation(k));
            });
            return new DocNode.Mapping(values, keys, o.location());
        }
        if (base instanceof DocNode.Sequence b && own instanceof DocNode.Sequence o) {
            List<DocNode> items = new ArrayList<>(b.items());
            items.addAll(o.items());
            return new DocNode.Sequence(items, o.location());
        }
        return own; // one written as a list, the other as a mapping: the service's own form wins
    }
}
