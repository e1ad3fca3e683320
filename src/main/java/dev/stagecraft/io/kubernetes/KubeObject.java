package dev.stagecraft.io.kubernetes;

import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.model.SourceLocation;
import java.util.Map;

/**
 * One Kubernetes object as written in a manifest: its {@code apiVersion}, {@code kind}, {@code metadata.name}
 * and namespace ({@code default} when not given), the whole mapping, and the Helm template it came from.
 *
 * @param source the template path of a {@code # Source: chart/templates/x.yaml} comment before the document
 *               ({@code helm template} writes one), {@code null} when none
 */
record KubeObject(String apiVersion, String kind, String name, String namespace, DocNode.Mapping node,
                  String source) {
    /** The namespace Kubernetes puts an object in when its manifest names none. */
    static final String DEFAULT_NAMESPACE = "default";

    /** The API group: {@code apps} of {@code apps/v1}, {@code ""} for the core group's {@code v1}. */
    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    SourceLocation at() {
        return node.location();
    }

    /** {@code namespace/name}: how objects of one kind refer to each other. */
    String key() {
        return key(namespace, name);
    }

    static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    /** {@code Deployment shop/orders}, for the report. */
    String describe() {
        return kind + " " + key();
    }

    /** The {@code spec} mapping, empty when absent or null. */
    DocNode.Mapping spec() {
        return child(node, "spec", "'spec'");
    }

    /** The mapping under the key; an empty one when absent or null; an error when not a mapping. */
    static DocNode.Mapping child(DocNode.Mapping parent, String key, String what) {
        DocNode value = parent.values().get(key);
        if (value == null || value instanceof DocNode.Scalar s && s.value() == null) {
            return new DocNode.Mapping(Map.of(), Map.of(), parent.keyLocation(key));
        }
        return value.asMapping(what);
    }

    /** The list under the key; an empty one when absent or null; an error when not a list. */
    static java.util.List<DocNode> list(DocNode.Mapping parent, String key, String what) {
        DocNode value = parent.values().get(key);
        if (value == null || value instanceof DocNode.Scalar s && s.value() == null) {
            return java.util.List.of();
        }
        return value.asSequence(what).items();
    }
}
