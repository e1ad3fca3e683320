package dev.stagecraft.io.kubernetes;

import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The ConfigMaps and Secrets a pod uses: {@code envFrom} ({@code configMapRef}, {@code secretRef}), {@code env}
 * entries' {@code valueFrom} ({@code configMapKeyRef}, {@code secretKeyRef}) in every container and init container,
 * and volumes ({@code configMap}, {@code secret}, and both inside {@code projected.sources}).
 */
final class ConfigRefs {
    /**
     * One use of a ConfigMap or Secret.
     *
     * @param secret   a Secret, else a ConfigMap
     * @param via      {@code envFrom}, {@code env} or {@code volume}
     * @param optional the pod starts without it ({@code optional: true})
     * @param dataKey  the one key read ({@code configMapKeyRef.key}); {@code null} when all keys are
     * @param envName  the variable the key becomes ({@code env}), or the prefix of all of them ({@code envFrom});
     *                 {@code null} for a volume
     */
    record Ref(boolean secret, String name, String via, boolean optional, String dataKey, String envName,
               SourceLocation at) {
    }

    private ConfigRefs() {
    }

    static List<Ref> of(PodTemplate pod) {
        List<Ref> refs = new ArrayList<>();
        for (DocNode.Mapping container : pod.allContainers()) {
            for (DocNode from : KubeObject.list(container, "envFrom", "'envFrom'")) {
                DocNode.Mapping entry = from.asMapping("an envFrom entry");
                String prefix = entry.text("prefix").orElse("");
                add(refs, false, KubeObject.child(entry, "configMapRef", "'configMapRef'"), "name", "envFrom",
                        null, prefix);
                add(refs, true, KubeObject.child(entry, "secretRef", "'secretRef'"), "name", "envFrom", null, prefix);
            }
            for (DocNode env : KubeObject.list(container, "env", "'env'")) {
                DocNode.Mapping entry = env.asMapping("an env entry");
                DocNode.Mapping valueFrom = KubeObject.child(entry, "valueFrom", "'valueFrom'");
                String var = entry.text("name").orElse("");
                DocNode.Mapping cm = KubeObject.child(valueFrom, "configMapKeyRef", "'configMapKeyRef'");
                add(refs, false, cm, "name", "env", cm.text("key").orElse(null), var);
                DocNode.Mapping secret = KubeObject.child(valueFrom, "secretKeyRef", "'secretKeyRef'");
                add(refs, true, secret, "name", "env", secret.text("key").orElse(null), var);
            }
        }
        for (DocNode volume : KubeObject.list(pod.spec(), "volumes", "'volumes'")) {
            DocNode.Mapping v = volume.asMapping("a volume");
            add(refs, false, KubeObject.child(v, "configMap", "'configMap'"), "name", "volume", null, null);
            add(refs, true, KubeObject.child(v, "secret", "'secret'"), "secretName", "volume", null, null);
            DocNode.Mapping projected = KubeObject.child(v, "projected", "'projected'");
            for (DocNode source : KubeObject.list(projected, "sources", "'sources'")) {
                DocNode.Mapping s = source.asMapping("a projected source");
                add(refs, false, KubeObject.child(s, "configMap", "'configMap'"), "name", "volume", null, null);
                add(refs, true, KubeObject.child(s, "secret", "'secret'"), "name", "volume", null, null);
            }
        }
        return refs;
    }

    private static void add(List<Ref> refs, boolean secret, DocNode.Mapping ref, String nameKey, String via,
                            String dataKey, String envName) {
        String name = ref.text(nameKey).orElse(null);
        if (name == null || name.isEmpty()) {
            return;
        }
        boolean optional = "true".equals(ref.text("optional").orElse(null));
        refs.add(new Ref(secret, name, via, optional, dataKey, envName, ref.keyLocation(nameKey)));
    }
}
