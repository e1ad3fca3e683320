package dev.stagecraft.io.kubernetes;

import dev.stagecraft.io.IdAllocator;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.container.EnvironmentHosts;
import dev.stagecraft.io.container.ImageKinds;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.kubernetes.KubeKinds.Role;
import dev.stagecraft.model.Component;
import dev.stagecraft.model.ComponentKind;
import dev.stagecraft.model.Dependency;
import dev.stagecraft.model.DependencyKind;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.model.SourceLocation;
import dev.stagecraft.model.Strength;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import of a set of Kubernetes objects. Components, in this order (which is also who keeps the plain name
 * when two objects of one namespace share it): workloads, Services that select no workload, Ingresses,
 * Gateways, routes attached to no Gateway of the file, ConfigMaps, Secrets. Ids are the objects' names; a name
 * used in more than one namespace is qualified by it everywhere ({@code shop-api}, {@code billing-api}), and a
 * name taken in its own namespace by an object earlier in that order gets the kind ({@code orders-configmap}),
 * every such id reported. Each component keeps {@code namespace}, {@code k8s-kind} and {@code k8s-name} (and
 * {@code image}, {@code k8s-services}, {@code k8s-source}, {@code k8s-external-name} where they apply), so an
 * exporter can name the real object. O(objects + labels + env values).
 */
final class KubernetesImport {
    private final ImportReport.Builder report;
    private final List<KubeObject> objects;
    private final ServiceGraph graph = new ServiceGraph();
    private final IdAllocator ids = new IdAllocator();
    private final Map<Role, List<KubeObject>> byRole = new EnumMap<>(Role.class);
    private final Map<KubeObject, PodTemplate> pods = new IdentityHashMap<>();
    private final Map<KubeObject, String> idOf = new IdentityHashMap<>();
    /** Workload to the names of the Services that select it. */
    private final Map<KubeObject, List<String>> servicesOf = new IdentityHashMap<>();
    /** Service to the workloads it selects (absent: it selects none and is a component itself). */
    private final Map<KubeObject, List<KubeObject>> selected = new IdentityHashMap<>();
    /** {@code namespace/name} of a Service to the components a connection to it reaches. */
    private final Map<String, List<String>> serviceTargets = new HashMap<>();
    private final Map<String, KubeObject> configMaps = new HashMap<>();
    private final Map<String, KubeObject> secrets = new HashMap<>();
    private final Map<String, KubeObject> gateways = new HashMap<>();
    private final Set<String> unresolved = new HashSet<>();
    /** Objects whose id is qualified by their namespace. */
    private final Set<KubeObject> qualified = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    KubernetesImport(ImportReport.Builder report, List<KubeObject> objects) {
        this.report = report;
        this.objects = objects;
        for (Role r : Role.values()) {
            byRole.put(r, new ArrayList<>());
        }
    }

    ImportResult build() {
        sortByRole();
        attachServices();
        List<KubeObject> ownRoutes = new ArrayList<>();
        for (KubeObject route : byRole.get(Role.ROUTE)) {
            if (EntryPoints.routeParents(route).stream().noneMatch(p -> gateways.containsKey(p.key()))) {
                ownRoutes.add(route);
            }
        }
        List<KubeObject> components = new ArrayList<>(byRole.get(Role.WORKLOAD));
        byRole.get(Role.SERVICE).stream().filter(s -> !selected.containsKey(s)).forEach(components::add);
        components.addAll(byRole.get(Role.INGRESS));
        components.addAll(byRole.get(Role.GATEWAY));
        components.addAll(ownRoutes);
        components.addAll(byRole.get(Role.CONFIG_MAP));
        components.addAll(byRole.get(Role.SECRET));
        allocateIds(components);
        components.forEach(this::addComponent);
        byRole.get(Role.SERVICE).forEach(s -> serviceTargets.put(s.key(), selected.containsKey(s)
                ? selected.get(s).stream().map(idOf::get).toList() : List.of(idOf.get(s))));
        byRole.get(Role.WORKLOAD).forEach(this::addWorkloadDependencies);
        byRole.get(Role.INGRESS).forEach(i -> routeTo(List.of(idOf.get(i)), i, EntryPoints.ingressBackends(i)));
        for (KubeObject route : byRole.get(Role.ROUTE)) {
            List<String> owners = idOf.containsKey(route) ? List.of(idOf.get(route))
                    : EntryPoints.routeParents(route).stream().map(p -> gateways.get(p.key())).filter(g -> g != null)
                    .map(idOf::get).distinct().toList();
            routeTo(owners, route, EntryPoints.routeBackends(route));
        }
        reportSkipped();
        namespacesAsSystems();
        return new ImportResult(graph, report.build());
    }

    /**
     * With objects in two or more namespaces, each namespace is the system of its components (a hull on the map,
     * never a change group); manifests of one namespace get no system, a hull around everything telling nothing.
     */
    private void namespacesAsSystems() {
        java.util.Set<Object> namespaces = new java.util.TreeSet<>();
        graph.components().forEach(c -> namespaces.add(String.valueOf(c.extras().get("namespace"))));
        if (namespaces.size() < 2) {
            return;
        }
        for (Component c : List.copyOf(graph.components())) {
            Object ns = c.extras().get("namespace");
            if (ns != null) {
                graph.replaceComponent(c.id(), c.withSystem(ns.toString()));
            }
        }
        report.info("system", namespaces.size() + " namespaces, each drawn as a system: " + String.join(", ",
                namespaces.stream().map(String::valueOf).toList()), 0, 0, List.of());
    }

    private void sortByRole() {
        Set<String> seen = new HashSet<>();
        for (KubeObject o : objects) {
            Role role = KubeKinds.role(o);
            if (role != Role.SKIPPED && !seen.add(o.kind() + " " + o.key())) {
                report.warning("duplicate", o.describe() + " is defined twice; the first definition is read",
                        o.at().line(), o.at().column(), List.of());
                continue;
            }
            byRole.get(role).add(o);
            switch (role) {
                case WORKLOAD -> pods.put(o, PodTemplate.of(o));
                case CONFIG_MAP -> configMaps.put(o.key(), o);
                case SECRET -> secrets.put(o.key(), o);
                case GATEWAY -> gateways.put(o.key(), o);
                default -> { }
            }
        }
    }

    /** Each Service to the workloads of its namespace whose pod labels include its selector, via a label index. */
    private void attachServices() {
        Map<String, List<KubeObject>> byLabel = new HashMap<>();
        for (KubeObject w : byRole.get(Role.WORKLOAD)) {
            pods.get(w).labels().forEach((k, v) -> byLabel.computeIfAbsent(w.namespace() + "\n" + k + "=" + v,
                    x -> new ArrayList<>()).add(w));
        }
        for (KubeObject service : byRole.get(Role.SERVICE)) {
            DocNode.Mapping spec = service.spec();
            if ("ExternalName".equals(spec.text("type").orElse(null))) {
                continue;
            }
            Map<String, String> selector = new LinkedHashMap<>();
            KubeObject.child(spec, "selector", "'selector'").values().forEach((k, v) -> {
                String value = v.asText("the selector " + k);
                selector.put(k, value == null ? "" : value);
            });
            List<KubeObject> matched = new ArrayList<>();
            if (!selector.isEmpty()) {
                Map.Entry<String, String> first = selector.entrySet().iterator().next();
                for (KubeObject w : byLabel.getOrDefault(service.namespace() + "\n" + first.getKey() + "="
                        + first.getValue(), List.of())) {
                    if (pods.get(w).selectedBy(selector)) {
                        matched.add(w);
                    }
                }
            }
            if (matched.isEmpty()) {
                report.info("unattached-service", service.describe() + (selector.isEmpty() ? " has no selector"
                        : " selects no workload of these manifests") + "; it is a component of its own",
                        service.at().line(), service.at().column(), List.of());
                continue;
            }
            selected.put(service, matched);
            matched.forEach(w -> servicesOf.computeIfAbsent(w, x -> new ArrayList<>()).add(service.name()));
        }
    }

    private void allocateIds(List<KubeObject> components) {
        Map<String, Set<String>> namespacesOf = new HashMap<>();
        for (KubeObject o : components) {
            namespacesOf.computeIfAbsent(o.name(), n -> new java.util.TreeSet<>()).add(o.namespace());
        }
        for (KubeObject o : components) {
            Set<String> spread = namespacesOf.get(o.name());
            boolean qualified = spread.size() > 1;
            String base = IdAllocator.sanitize(qualified ? o.namespace() + "-" + o.name() : o.name());
            String id = base;
            if (!ids.claim(base, o.at().line(), o.at().column())) {
                String withKind = IdAllocator.sanitize(base + "-" + o.kind());
                id = ids.claim(withKind, o.at().line(), o.at().column()) ? withKind : ids.fresh(withKind);
            }
            idOf.put(o, id);
            if (qualified) {
                this.qualified.add(o);
            }
            if (!id.equals(o.name())) {
                String why = !id.equals(base) ? "'" + base + "' is taken by another object of these manifests"
                        : qualified ? "the name " + o.name() + " is used in the namespaces " + String.join(", ", spread)
                        : "'" + o.name() + "' is not a valid id";
                report.info("renamed-id", o.describe() + " has the id '" + id + "': " + why, o.at().line(),
                        o.at().column(), List.of(id));
            }
        }
    }

    private void addComponent(KubeObject o) {
        String id = idOf.get(o);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("namespace", o.namespace());
        extras.put("k8s-kind", o.kind());
        extras.put("k8s-name", o.name());
        ComponentKind kind = switch (KubeKinds.role(o)) {
            case WORKLOAD -> workloadKind(o, id, extras);
            case SERVICE -> {
                String external = o.spec().text("externalName").orElse(null);
                if (external != null) {
                    extras.put("k8s-external-name", external);
                }
                yield "ExternalName".equals(o.spec().text("type").orElse(null)) ? ComponentKind.EXTERNAL
                        : ComponentKind.SERVICE;
            }
            case INGRESS, GATEWAY, ROUTE -> ComponentKind.GATEWAY;
            default -> ComponentKind.CONFIG;
        };
        if (o.source() != null) {
            extras.put("k8s-source", o.source());
        }
        // a qualified id shows its namespace in the name too, so two boxes never read "api" alike
        String name = qualified.contains(o) ? o.name() + " (" + o.namespace() + ")"
                : id.equals(o.name()) ? null : o.name();
        graph.addComponent(new Component(id, name, kind, null, null, false, null, null, extras));
    }

    private ComponentKind workloadKind(KubeObject o, String id, Map<String, Object> extras) {
        PodTemplate pod = pods.get(o);
        String image = pod.mainImage();
        if (image != null) {
            extras.put("image", image);
        }
        List<String> services = servicesOf.get(o);
        if (services != null) {
            extras.put("k8s-services", List.copyOf(services));
        }
        SourceLocation at = o.at();
        if (KubeKinds.runsToCompletion(o.kind())) {
            report.info("guessed-kind", id + ": kind job, as a " + o.kind() + " runs to completion", at.line(),
                    at.column(), List.of(id));
            return ComponentKind.JOB;
        }
        if (image == null) {
            report.info("guessed-kind", id + ": kind service assumed (no container image)", at.line(), at.column(),
                    List.of(id));
            return ComponentKind.SERVICE;
        }
        ImageKinds.Guess guess = ImageKinds.guess(image);
        report.info("guessed-kind", id + ": " + (guess.product() == null ? "kind service assumed: image " + image
                + " is no known data store, queue, cache or gateway" : "kind " + guess.kind().id()
                + " guessed from image " + image), at.line(), at.column(), List.of(id));
        return guess.kind();
    }

    private void addWorkloadDependencies(KubeObject w) {
        String from = idOf.get(w);
        PodTemplate pod = pods.get(w);
        for (ConfigRefs.Ref ref : ConfigRefs.of(pod)) {
            String key = KubeObject.key(w.namespace(), ref.name());
            KubeObject config = (ref.secret() ? secrets : configMaps).get(key);
            String what = (ref.secret() ? "Secret " : "ConfigMap ") + key;
            if (config == null) {
                if (unresolved.add(from + " " + what)) {
                    report.warning("unresolved-ref", w.describe() + " uses " + what + ", which is not in these"
                            + " manifests; the dependency was skipped", ref.at().line(), ref.at().column(),
                            List.of(from));
                }
                continue;
            }
            connect(from, idOf.get(config), DependencyKind.CONFIG, ref.optional() ? Strength.SOFT : null,
                    Map.of("via", ref.via()));
            if (!ref.via().equals("volume")) {
                hostsInConfig(w, from, config, ref);
            }
        }
        for (DocNode.Mapping container : pod.allContainers()) {
            for (DocNode env : KubeObject.list(container, "env", "'env'")) {
                DocNode.Mapping entry = env.asMapping("an env entry");
                String name = entry.text("name").orElse("");
                String value = entry.text("value").orElse(null);
                inferFrom(w, from, name, value, "env:" + name, entry.keyLocation("value"));
            }
        }
    }

    /** Env values that come from a ConfigMap's {@code data} (or a Secret's {@code stringData}) name hosts too. */
    private void hostsInConfig(KubeObject w, String from, KubeObject config, ConfigRefs.Ref ref) {
        DocNode.Mapping data = KubeObject.child(config.node(), ref.secret() ? "stringData" : "data", "'data'");
        String source = (ref.secret() ? "secret:" : "configmap:") + config.name() + "/";
        if (ref.dataKey() != null) {
            DocNode value = data.values().get(ref.dataKey());
            if (value instanceof DocNode.Scalar s) {
                inferFrom(w, from, ref.envName(), s.text(), source + ref.dataKey(), data.keyLocation(ref.dataKey()));
            }
            return;
        }
        data.values().forEach((key, value) -> {
            if (value instanceof DocNode.Scalar s) {
                inferFrom(w, from, ref.envName() + key, s.text(), source + key, data.keyLocation(key));
            }
        });
    }

    private void inferFrom(KubeObject w, String from, String variable, String value, String inferred,
                           SourceLocation at) {
        if (value == null || value.isEmpty()) {
            return;
        }
        for (String host : EnvironmentHosts.hostsIn(variable, value)) {
            for (String key : ServiceDns.candidates(host, w.namespace())) {
                List<String> targets = serviceTargets.get(key);
                if (targets == null) {
                    continue;
                }
                for (String to : targets) {
                    if (!to.equals(from) && graph.dependency(from, to).isEmpty()) {
                        graph.addDependency(new Dependency(from, to, null, null, Map.of("inferred", inferred)));
                        report.info("inferred-dependency", from + " depends on " + to + ": " + variable
                                + " names the Service " + key, at.line(), at.column(), List.of(from, to));
                    }
                }
                break;
            }
        }
    }

    private void routeTo(List<String> owners, KubeObject entry, List<EntryPoints.Ref> backends) {
        String via = entry.kind().toLowerCase(java.util.Locale.ROOT);
        for (EntryPoints.Ref ref : backends) {
            List<String> targets = serviceTargets.get(ref.key());
            if (targets == null) {
                if (unresolved.add(entry.describe() + " " + ref.key())) {
                    report.warning("unresolved-ref", entry.describe() + " routes to Service " + ref.key()
                            + ", which is not in these manifests; the dependency was skipped", ref.at().line(),
                            ref.at().column(), owners);
                }
                continue;
            }
            for (String owner : owners) {
                targets.forEach(t -> connect(owner, t, null, null, Map.of("via", via)));
            }
        }
    }

    private void connect(String from, String to, DependencyKind kind, Strength strength, Map<String, Object> extras) {
        if (!from.equals(to) && graph.dependency(from, to).isEmpty()) {
            graph.addDependency(new Dependency(from, to, kind, strength, extras));
        }
    }

    private void reportSkipped() {
        Map<String, List<KubeObject>> skipped = new LinkedHashMap<>();
        byRole.get(Role.SKIPPED).forEach(o -> skipped.computeIfAbsent(KubeKinds.skippedName(o),
                k -> new ArrayList<>()).add(o));
        skipped.forEach((kind, list) -> {
            SourceLocation at = list.get(0).at();
            report.warning("skipped", list.size() + " " + kind + " object" + (list.size() == 1 ? " is" : "s are")
                    + " not modelled and " + (list.size() == 1 ? "was" : "were") + " skipped (first: "
                    + list.get(0).key() + ")", at.line(), at.column(), List.of());
        });
    }
}
