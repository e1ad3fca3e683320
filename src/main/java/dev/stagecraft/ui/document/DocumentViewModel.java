package dev.stagecraft.ui.document;

import dev.stagecraft.model.Finding;
import dev.stagecraft.policy.PolicyEngine;
import dev.stagecraft.policy.PolicyFacts;
import dev.stagecraft.policy.PolicyFinding;
import dev.stagecraft.model.GraphListener;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.revision.Revision;
import dev.stagecraft.revision.RevisionFollower;
import dev.stagecraft.ui.command.History;
import dev.stagecraft.ui.task.SameThreadExecutor;
import dev.stagecraft.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open document: its {@link ServiceGraph} (the single source of truth every view observes), the file
 * it came from, the findings reading it produced, and its latest analysed {@link Revision}: every change is
 * told to a {@link RevisionFollower}, and the analysis executor turns it into the next revision off the UI
 * thread (a newer change cancels the catch-up under way); every view that shows derived facts (highlights,
 * findings, plan, status bar) reads that one revision. Replacing the document is all-or-nothing: a file
 * that fails to load never touches the current one (see {@link DocumentFiles}).
 */
public final class DocumentViewModel {
    public static final String APP_NAME = "Stagecraft";

    private final ReadOnlyObjectWrapper<ServiceGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph", new ServiceGraph());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(this, "findings", List.of());
    private final ReadOnlyObjectWrapper<String> headerComment = new ReadOnlyObjectWrapper<>(this, "headerComment");
    private final ReadOnlyObjectWrapper<Revision> revision = new ReadOnlyObjectWrapper<>(this, "revision");
    private RevisionFollower follower;
    /** Every change goes to the follower; a move changes no analysis, so only other changes ask for a revision. */
    private final GraphListener follow = (g, change) -> {
        follower.changed(change, g.revision());
        if (change.affectsAnalysis()) {
            analyse();
        }
    };
    /** Where revisions are analysed: the window passes a background lane; by default, at once on this thread. */
    private TaskExecutor analysisExecutor = new SameThreadExecutor();
    private List<Finding> readFindings = List.of();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<History> history = new ReadOnlyObjectWrapper<>(this, "history", new History());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public DocumentViewModel() {
        history.addListener((o, was, now) -> follow(now));
        follow(history.get());
        title.bind(Bindings.createStringBinding(() -> (dirty.get() ? "*" : "")
                + documentName() + " \u2014 " + APP_NAME, file, graph, dirty));
        policy.addListener((o, was, now) -> {
            if (revision.get() != null) {
                publish(revision.get());
            }
        });
    }

    /** Makes this the open document, with a fresh undo history. */
    public void setDocument(ServiceGraph value, Path source, List<Finding> readFindings, String header) {
        setDocument(value, source, readFindings, header, null);
    }

    /**
     * As above, with the first revision analysed ahead (on another thread, before the graph was shown); used
     * only if it is of this graph at its current revision.
     */
    public void setDocument(ServiceGraph value, Path source, List<Finding> readFindings, String header,
            Revision ahead) {
        ServiceGraph old = graph.get();
        if (old != null) {
            old.removeListener(follow);
        }
        analysisExecutor.cancel();
        this.readFindings = List.copyOf(readFindings);
        headerComment.set(header);
        file.set(source);
        history.set(new History());
        boolean usable = ahead != null && ahead.number() == value.revision();
        follower = new RevisionFollower(usable ? ahead : new Revision(value.revision(), value.frozenCopy()));
        value.addListener(follow);
        revision.set(null);
        graph.set(value);
        analyse();
    }

    /** Background work for revisions goes here (the window: its own lane, so a newer revision cancels an older). */
    public void useAnalysisExecutor(TaskExecutor value) {
        analysisExecutor = value;
    }

    private void analyse() {
        RevisionFollower f = follower;
        analysisExecutor.submit("Analysis", p -> f.catchUp(p::isCancelled), r -> {
            if (f == follower) {
                publish(r);
            }
        }, TaskExecutor::reportUnexpected);
    }

    /**
     * Findings = what reading the file reported + the validation rules on the revision; with a policy, its
     * findings follow when they are ready (checked in the same lane, after the revision is shown).
     */
    private void publish(Revision r) {
        List<Finding> all = new ArrayList<>(readFindings);
        all.addAll(r.findings());
        revision.set(r);
        findings.set(List.copyOf(all));
        PolicyEngine rules = policy.get();
        if (rules != null) {
            analysisExecutor.submit("Policy", p -> checkPolicy(rules, r), found -> {
                if (revision.get() == r && policy.get() == rules) {
                    List<Finding> with = new ArrayList<>(all);
                    with.addAll(found);
                    findings.set(List.copyOf(with));
                }
            }, TaskExecutor::reportUnexpected);
        }
    }

    private final javafx.beans.property.ObjectProperty<PolicyEngine> policy =
            new javafx.beans.property.SimpleObjectProperty<>(this, "policy");

    /**
     * The policy whose rules are checked on every revision (Analysis → Check policy…), null for none. Its findings
     * join the Findings panel, each saying where its rule is; the plan they see is the default one (relative
     * minutes, no limit).
     */
    public javafx.beans.property.ObjectProperty<PolicyEngine> policyProperty() {
        return policy;
    }

    /** The policy's findings on a revision, each with its rule's place in the message. */
    static List<Finding> checkPolicy(PolicyEngine rules, Revision r) {
        List<Finding> out = new ArrayList<>();
        PolicyFacts facts = new PolicyFacts(r.analysis(), r.plan(dev.stagecraft.plan.PlanOptions.defaults()));
        for (PolicyFinding f : rules.evaluate(facts, dev.stagecraft.io.SourceMap.EMPTY)) {
            Finding x = f.finding();
            out.add(new Finding(x.severity(), x.code(), x.message() + (f.ruleAt() == null ? ""
                    : " (policy rule at " + f.ruleAt() + ")"), x.subjects(), null));
        }
        return out;
    }

    /**
     * The latest analysed revision of the graph: what every view showing derived facts reads. It may lag the
     * graph by the edits made since (about a hundred milliseconds at 20,000 components); null before the first.
     */
    public ReadOnlyObjectProperty<Revision> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Revision revision() {
        return revision.get();
    }

    /** After Save or Save As: the document now lives in {@code target} and is clean. */
    public void saved(Path target) {
        file.set(target);
        history.get().markSaved();
    }

    /** Every edit of this document goes through here. */
    public History history() {
        return history.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void follow(History h) {
        dirty.bind(h.dirtyProperty());
        canUndo.bind(h.canUndoProperty());
        canRedo.bind(h.canRedoProperty());
    }

    /** Unsaved changes exist (the undo balance differs from the saved one). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ServiceGraph graph() {
        return graph.get();
    }

    /** The file the document was read from or last saved to; null for the bundled sample or a new graph. */
    public Path file() {
        return file.get();
    }

    /** Reading findings plus validation findings, updated as the graph is edited. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** The comment block at the top of the file, kept so saving does not drop it; null when none. */
    public String headerComment() {
        return headerComment.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * How the window names the document, in its title and its questions: the file's name, else the graph's name,
     * else "untitled".
     */
    public String documentName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        String name = graph.get() == null ? null : graph.get().metadata().name();
        return name == null || name.isBlank() ? "untitled" : name;
    }
}
