package dev.stagecraft.ui.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The one way the editor changes a document: commands are executed here and can be undone and redone.
 * Stacks are bounded ({@value #LIMIT} steps). The document is dirty when the undo balance differs from
 * the balance at the last save, so undoing back to the saved state makes it clean again. An edit started
 * while another is being applied is a programming error and fails loudly.
 */
public final class History {
    public static final int LIMIT = 500;

    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    /** Undo-stack position relative to the saved state: +1 per executed or redone step, -1 per undo. */
    private long balance;
    private long savedBalance;
    /** The saved state fell off the bounded stack or was overwritten by a new branch: clean is unreachable. */
    private boolean savedUnreachable;
    private boolean busy;

    /** Applies the command and records it; a command that would change nothing is ignored. */
    public void execute(EditCommand command) {
        if (!command.isExecutable()) {
            return;
        }
        run(command::apply);
        if (!redo.isEmpty() && savedBalance > balance) {
            savedUnreachable = true;
        }
        redo.clear();
        undo.push(command);
        if (undo.size() > LIMIT) {
            undo.removeLast();
            if (savedBalance <= balance - LIMIT) {
                savedUnreachable = true;
            }
        }
        balance++;
        changed();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        EditCommand c = undo.pop();
        run(c::revert);
        redo.push(c);
        balance--;
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        EditCommand c = redo.pop();
        run(c::apply);
        undo.push(c);
        balance++;
        changed();
    }

    /** The document was saved as it is now. */
    public void markSaved() {
        savedBalance = balance;
        savedUnreachable = false;
        changed();
    }

    /** The document differs from every saved file (a recovered document): dirty until the next save. */
    public void markUnsaved() {
        savedUnreachable = true;
        changed();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Unsaved changes exist. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Increases with every execute, undo, redo and save. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void run(Runnable edit) {
        if (busy) {
            throw new IllegalStateException("an edit was started while another edit was being applied");
        }
        busy = true;
        try {
            edit.run();
        } finally {
            busy = false;
        }
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        dirty.set(savedUnreachable || balance != savedBalance);
        revision.set(revision.get() + 1);
    }
}
