package dev.stagecraft.io.kubernetes;

import dev.stagecraft.io.document.DocNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod a workload runs: its labels (what Services select) and its spec (containers, volumes). A Pod is its own
 * template; a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController or Job has one under
 * {@code spec.template}; a CronJob under {@code spec.jobTemplate.spec.template}.
 *
 * @param labels the pod's labels, values as text
 * @param spec   the pod spec, empty when the manifest has none
 */
record PodTemplate(Map<String, String> labels, DocNode.Mapping spec) {
    static PodTemplate of(KubeObject workload) {
        DocNode.Mapping template;
        if (workload.kind().equals("Pod")) {
            template = workload.node();
        } else if (workload.kind().equals("CronJob")) {
            DocNode.Mapping job = KubeObject.child(workload.spec(), "jobTemplate", "'spec.jobTemplate'");
            template = KubeObject.child(KubeObject.child(job, "spec", "'spec.jobTemplate.spec'"), "template",
                    "the pod template");
        } else {
            template = KubeObject.child(workload.spec(), "template", "'spec.template'");
        }
        DocNode.Mapping metadata = KubeObject.child(template, "metadata", "the pod template's 'metadata'");
        return new PodTemplate(labels(metadata), KubeObject.child(template, "spec", "the pod template's 'spec'"));
    }

    /** {@code metadata.labels} as text, in file order; empty when absent. */
    static Map<String, String> labels(DocNode.Mapping metadata) {
        Map<String, String> labels = new LinkedHashMap<>();
        KubeObject.child(metadata, "labels", "'labels'").values().forEach((k, v) -> {
            String value = v.asText("the label " + k);
            labels.put(k, value == null ? "" : value);
        });
        return labels;
    }

    /** The init containers, then the containers, as written. */
    List<DocNode.Mapping> allContainers() {
        List<DocNode.Mapping> all = new ArrayList<>();
        for (DocNode c : KubeObject.list(spec, "initContainers", "'initContainers'")) {
            all.add(c.asMapping("an init container"));
        }
        all.addAll(containers());
        return all;
    }

    /** The (long-running) containers, as written; the first is the workload's main one. */
    List<DocNode.Mapping> containers() {
        List<DocNode.Mapping> all = new ArrayList<>();
        for (DocNode c : KubeObject.list(spec, "containers", "'containers'")) {
            all.add(c.asMapping("a container"));
        }
        return all;
    }

    /** The image of the main container, {@code null} when it names none. */
    String mainImage() {
        List<DocNode.Mapping> containers = containers();
        return containers.isEmpty() ? null : containers.get(0).text("image").orElse(null);
    }

    /** Whether every entry of the selector is one of the pod's labels (an empty selector selects nothing). */
    boolean selectedBy(Map<String, String> selector) {
        if (selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
