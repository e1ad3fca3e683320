package dev.stagecraft.io.kubernetes;

import dev.stagecraft.io.GraphReader;
import dev.stagecraft.io.ImportReport;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.document.DocNode;
import dev.stagecraft.io.document.DocumentReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads Kubernetes manifests into a graph: a multi-document YAML stream ({@code ---} between documents, empty
 * and comment-only documents allowed), {@code kind: List} with {@code items}, and what {@code helm template} and
 * {@code kustomize build} print. Workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod)
 * are components, their kind guessed from the main container's image; a Service joins the workloads it selects,
 * or is a component of its own when it selects none (an {@code ExternalName} one is external); Ingresses, Gateways
 * and their routes are gateways depending on their backends; ConfigMaps and Secrets are config components the
 * workloads that use them depend on. Environment values naming a Service ({@code http://orders.shop:8080},
 * {@code DB_HOST=postgres}) are inferred dependencies, resolved in the pod's namespace as cluster DNS does. What
 * is not modelled (RBAC, CRDs, ...) is reported, one line per kind. See {@link KubernetesImport}.
 */
public final class KubernetesReader implements GraphReader {
    private final int maxCodePoints;

    public KubernetesReader() {
        this(DocumentReader.DEFAULT_MAX_CODE_POINTS);
    }

    /** @param maxCodePoints larger files are refused unread */
    public KubernetesReader(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
    }

    @Override
    public ImportResult read(String text, String file) {
        List<DocNode> docs = new DocumentReader(file, maxCodePoints).yaml(text);
        HelmSources sources = HelmSources.scan(text);
        ImportReport.Builder report = new ImportReport.Builder("kubernetes", file);
        List<KubeObject> objects = new ArrayList<>();
        int previousLine = 0;
        for (DocNode doc : docs) {
            int line = doc.location().line();
            // an empty or comment-only document (helm prints one for a template that renders nothing)
            boolean empty = doc instanceof DocNode.Scalar s && (s.value() == null || "".equals(s.value()));
            if (!empty) {
                collect(doc.asMapping("a Kubernetes manifest"), sources.between(previousLine, line), objects, report);
            }
            previousLine = line;
        }
        return new KubernetesImport(report, objects).build();
    }

    /** The objects of one document: itself, or the items of a {@code List} (nested lists too), in file order. */
    private static void collect(DocNode.Mapping document, String source, List<KubeObject> objects,
                                ImportReport.Builder report) {
        Deque<DocNode> work = new ArrayDeque<>();
        work.push(document);
        while (!work.isEmpty()) {
            DocNode.Mapping node = work.pop().asMapping("a Kubernetes object");
            String kind = node.text("kind").orElse(null);
            String apiVersion = node.text("apiVersion").orElse(null);
            if (kind == null || apiVersion == null || kind.isEmpty() || apiVersion.isEmpty()) {
                report.warning("skipped", "a document without apiVersion and kind is no Kubernetes object and was"
                        + " skipped", node.location().line(), node.location().column(), List.of());
                continue;
            }
            if (kind.endsWith("List") && node.values().containsKey("items")) {
                List<DocNode> items = KubeObject.list(node, "items", "'items'");
                for (int i = items.size() - 1; i >= 0; i--) {
                    work.push(items.get(i));
                }
                continue;
            }
            DocNode.Mapping metadata = KubeObject.child(node, "metadata", "'metadata'");
            String name = metadata.text("name").orElse("");
            if (name.isEmpty()) {
                report.warning("skipped", "a " + kind + " without metadata.name was skipped (a generateName object"
                        + " is named when created, so no other manifest can refer to it)", node.location().line(),
                        node.location().column(), List.of());
                continue;
            }
            String namespace = metadata.text("namespace").filter(n -> !n.isEmpty()).orElse(KubeObject.DEFAULT_NAMESPACE);
            objects.add(new KubeObject(apiVersion, kind, name, namespace, node, source));
        }
    }
}
