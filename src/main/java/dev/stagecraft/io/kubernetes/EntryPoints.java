package dev.stagecraft.io.kubernetes;

import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * What an entry point routes to: the backend Services of an Ingress ({@code networking.k8s.io/v1}'s
 * {@code backend.service.name} and {@code extensions/v1beta1}'s {@code backend.serviceName}, in rules and the
 * default backend) and of a Gateway API route ({@code rules[].backendRefs}), and the Gateways a route attaches to
 * ({@code parentRefs}).
 */
final class EntryPoints {
    /** A reference to another object by namespace and name, at the place it is written. */
    record Ref(String namespace, String name, SourceLocation at) {
        String key() {
            return KubeObject.key(namespace, name);
        }
    }

    private EntryPoints() {
    }

    static List<Ref> ingressBackends(KubeObject ingress) {
        List<Ref> refs = new ArrayList<>();
        DocNode.Mapping spec = ingress.spec();
        ingressBackend(ingress, KubeObject.child(spec, "defaultBackend", "'defaultBackend'"), refs);
        ingressBackend(ingress, KubeObject.child(spec, "backend", "'backend'"), refs);
        for (DocNode rule : KubeObject.list(spec, "rules", "'rules'")) {
            DocNode.Mapping http = KubeObject.child(rule.asMapping("an Ingress rule"), "http", "'http'");
            for (DocNode path : KubeObject.list(http, "paths", "'paths'")) {
                ingressBackend(ingress, KubeObject.child(path.asMapping("an Ingress path"), "backend", "'backend'"),
                        refs);
            }
        }
        return refs;
    }

    private static void ingressBackend(KubeObject ingress, DocNode.Mapping backend, List<Ref> refs) {
        DocNode.Mapping service = KubeObject.child(backend, "service", "'backend.service'");
        String name = service.text("name").orElse(null);
        SourceLocation at = service.keyLocation("name");
        if (name == null) {
            name = backend.text("serviceName").orElse(null);
            at = backend.keyLocation("serviceName");
        }
        if (name != null && !name.isEmpty()) {
            refs.add(new Ref(ingress.namespace(), name, at));
        }
    }

    /** The Services a route sends traffic to; backends of another kind are left out. */
    static List<Ref> routeBackends(KubeObject route) {
        List<Ref> refs = new ArrayList<>();
        for (DocNode rule : KubeObject.list(route.spec(), "rules", "'rules'")) {
            for (DocNode ref : KubeObject.list(rule.asMapping("a route rule"), "backendRefs", "'backendRefs'")) {
                ref(route, ref.asMapping("a backendRef"), "Service", refs);
            }
        }
        return refs;
    }

    /** The Gateways a route attaches to. */
    static List<Ref> routeParents(KubeObject route) {
        List<Ref> refs = new ArrayList<>();
        for (DocNode ref : KubeObject.list(route.spec(), "parentRefs", "'parentRefs'")) {
            ref(route, ref.asMapping("a parentRef"), "Gateway", refs);
        }
        return refs;
    }

    private static void ref(KubeObject route, DocNode.Mapping ref, String defaultKind, List<Ref> refs) {
        String kind = ref.text("kind").orElse(defaultKind);
        String name = ref.text("name").orElse(null);
        if (kind.equals(defaultKind) && name != null && !name.isEmpty()) {
            String namespace = ref.text("namespace").orElse(route.namespace());
            refs.add(new Ref(namespace, name, ref.keyLocation("name")));
        }
    }
}
