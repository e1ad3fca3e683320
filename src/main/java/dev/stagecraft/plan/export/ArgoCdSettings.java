package dev.stagecraft.plan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Iterator;
import java.util.List;

/**
 * Where Argo CD finds each component's manifests and how it syncs them. A small file ({@code --argocd-config FILE})
 * holds the same keys as the options:
 *
 * <pre>
 * repoURL: https://git.example.com/shop/deploy.git
 * path: apps/{name}          # per component: {name} its Kubernetes name, {id} its id, {namespace}
 * targetRevision: main
 * project: shop
 * namespace: shop            # destination namespace
 * server: https://kubernetes.default.svc
 * syncPolicy: automated      # or manual
 * </pre>
 *
 * @param repoURL        {@code null} when not given (then the export writes {@code REPLACE-ME} and warns)
 * @param path           template of the path in the repository, {@code {name}} by default
 * @param syncPolicy     {@code automated} (prune and self-heal) or {@code manual}
 */
public record ArgoCdSettings(String repoURL, String path, String targetRevision, String project, String namespace,
                             String server, String syncPolicy) {
    public static final ArgoCdSettings DEFAULTS = new ArgoCdSettings(null, "{name}", "HEAD", "default", null,
            "https://kubernetes.default.svc", "manual");
    private static final List<String> KEYS = List.of("repoURL", "path", "targetRevision", "project", "namespace", "server",
            "syncPolicy");

    public ArgoCdSettings {
        if (!syncPolicy.equals("automated") && !syncPolicy.equals("manual")) {
            throw new IllegalArgumentException("syncPolicy must be automated or manual, not " + syncPolicy);
        }
    }

    /** These settings with every non-null argument in place of the setting. */
    public ArgoCdSettings with(String repoURL, String path, String targetRevision, String namespace, String syncPolicy) {
        return new ArgoCdSettings(or(repoURL, this.repoURL), or(path, this.path), or(targetRevision, this.targetRevision),
                project, or(namespace, this.namespace), server, or(syncPolicy, this.syncPolicy));
    }

    /**
     * Reads a config file's text over the defaults.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static ArgoCdSettings parse(String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return DEFAULTS;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("the file must be a mapping of " + String.join(", ", KEYS.stream().sorted().toList()));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown key '" + k + "'; known: " + String.join(", ", KEYS.stream().sorted().toList()));
            }
            if (!root.get(k).isTextual() || root.get(k).asText().isBlank()) {
                throw new IllegalArgumentException(k + " must be a non-empty string");
            }
        }
        return new ArgoCdSettings(get(root, "repoURL", null), get(root, "path", DEFAULTS.path),
                get(root, "targetRevision", DEFAULTS.targetRevision), get(root, "project", DEFAULTS.project),
                get(root, "namespace", null), get(root, "server", DEFAULTS.server), get(root, "syncPolicy", DEFAULTS.syncPolicy));
    }

    private static String get(JsonNode root, String key, String fallback) {
        return root.has(key) ? root.get(key).asText() : fallback;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
