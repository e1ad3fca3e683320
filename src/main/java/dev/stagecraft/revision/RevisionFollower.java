package dev.stagecraft.revision;

import dev.stagecraft.analysis.GraphAnalysis;
import dev.stagecraft.model.GraphChange;
import dev.stagecraft.model.ServiceGraph;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Follows an edited graph on a copy of its own, so the analysis of each revision runs off the thread that edits:
 * the editing thread tells each change ({@link #changed}, O(1)); a worker thread {@link #catchUp catches up}
 * (replays every change told so far on the copy, which {@link GraphChange#applyTo} keeps equal to the edited
 * graph), copies it into a new {@link Revision} and computes what every view reads (SCCs, units, waves,
 * critical path, blast-radius index, findings). Edits made in quick succession are caught up at once: one
 * revision, not one per edit. A catch-up that is cancelled (a newer one was asked for) stops between two
 * analyses; the changes it replayed stay replayed, so the next catch-up starts from there.
 */
public final class RevisionFollower {
    private record Told(GraphChange change, long revision) {
    }

    private final Queue<Told> told = new ArrayDeque<>();
    /** The revision following starts from; its graph is never edited. */
    private final Revision base;
    /** Only the catching-up thread touches it, under {@code this}; made from the base's graph on first need. */
    private ServiceGraph replica;
    private long replicaRevision;
    private long lastTold;

    /**
     * @param base the edited graph's revision when following starts (its graph a copy nobody edits, e.g.
     *             {@code new Revision(graph.revision(), graph.copy())}); changes told from now on follow it
     */
    public RevisionFollower(Revision base) {
        this.base = base;
        this.replicaRevision = base.number();
        this.lastTold = base.number();
    }

    /** The edited graph changed; {@code revision} is its revision after the change. Called on the editing thread. */
    public void changed(GraphChange change, long revision) {
        synchronized (told) {
            told.add(new Told(change, revision));
            lastTold = revision;
        }
    }

    /** The revision of the last change told. */
    public long lastTold() {
        synchronized (told) {
            return lastTold;
        }
    }

    /**
     * Replays what was told, then builds the revision as of the last change and computes its common analyses.
     *
     * @throws CancellationException when {@code cancelled} turns true between two analyses
     */
    public synchronized Revision catchUp(BooleanSupplier cancelled) {
        Revision revision = null;
        while (true) {
            Told next;
            synchronized (told) {
                next = told.poll();
            }
            if (next == null) {
                break;
            }
            if (replica == null) {
                replica = base.graph().copy();
            }
            next.change().applyTo(replica);
            replicaRevision = next.revision();
        }
        check(cancelled);
        revision = replica == null ? base : new Revision(replicaRevision, replica.frozenCopy());
        GraphAnalysis a = revision.analysis();
        // the ids in id order (a sort of every id) serve the blast radius the window shows on the JavaFX thread
        a.snapshot().byIdOrder();
        check(cancelled);
        a.waves();
        check(cancelled);
        a.criticalPath();
        check(cancelled);
        a.findings();
        check(cancelled);
        a.blastRadius();
        return revision;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("a newer revision was asked for");
        }
    }
}
