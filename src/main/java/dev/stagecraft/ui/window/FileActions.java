package dev.stagecraft.ui.window;

import dev.stagecraft.ui.document.DocumentViewModel;
import dev.stagecraft.ui.document.AnalysisViewModel;
import dev.stagecraft.ui.render.FxTextMeasurer;
import dev.stagecraft.ui.task.TaskExecutor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.stagecraft.ui.document.DocumentFiles;
import dev.stagecraft.diff.GraphChangesText;
import dev.stagecraft.diff.GraphDiff;
import dev.stagecraft.io.GraphFormat;
import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.ImportResult;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.model.Finding;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.ui.file.FileDialogs;
import dev.stagecraft.ui.file.FileDialogs.Purpose;
import dev.stagecraft.ui.file.FileDialogs.SaveChoice;
import dev.stagecraft.ui.file.RecoveryStore;
import dev.stagecraft.diagram.DiagramPlacement;
import dev.stagecraft.diagram.TextMeasurer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The File menu's work: new, open, import, save, compare, drop, recovery, and the question asked before
 * unsaved changes would be lost. A file that fails to read never touches the open document.
 */
final class FileActions {
    private final DocumentViewModel document;
    private final WindowServices services;
    private final TextMeasurer measurer;
    private final Executor indexing;
    /** The document the last recovery copy was written for (its key), so a Save As moves it. */
    private Path recoveryWrittenFor;
    private boolean recoveryWritten;

    FileActions(DocumentViewModel document, WindowServices services, TextMeasurer measurer, Executor indexing) {
        this.indexing = indexing;
        this.document = document;
        this.services = services;
        this.measurer = measurer;
    }

    private FileDialogs dialogs() {
        return services.dialogs();
    }

    /** Asks Save / Don't Save / Cancel when there are unsaved changes; true when it is fine to go on. */
    boolean confirmDiscard() {
        if (!document.dirtyProperty().get()) {
            return true;
        }
        SaveChoice choice = dialogs().askSaveChanges(document.documentName());
        return switch (choice) {
            case SAVE -> save();
            case DONT_SAVE -> {
                discardRecovery();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    void newDocument() {
        if (confirmDiscard()) {
            discardRecovery();
            document.setDocument(new ServiceGraph(), null, List.of(), null);
        }
    }

    void chooseAndOpen() {
        dialogs().chooseFile(Purpose.OPEN, document.file()).ifPresent(this::openAsked);
    }

    /** Open after asking about unsaved changes. */
    boolean openAsked(Path file) {
        return confirmDiscard() && open(file);
    }

    /** Files at least this large are read and prepared in the background, with progress and Cancel in the status bar. */
    static final long BACKGROUND_OPEN_BYTES = 2L << 20;
    private Supplier<TaskExecutor> background;
    private Consumer<AnalysisViewModel.Prepared> prepared = p -> { };

    /**
     * Large files are read, analysed and drawn off the UI thread through {@code executor}; the window shows the
     * result with {@code usePrepared} (the prepared diagram and first revision) and keeps showing the old document,
     * usable, until then.
     */
    void openLargeFilesThrough(Supplier<TaskExecutor> executor, Consumer<AnalysisViewModel.Prepared> usePrepared) {
        background = executor;
        prepared = usePrepared;
    }

    /**
     * Opens a native file; on failure shows what is wrong and where, and keeps the current document. A large file
     * opens in the background (see {@link #openLargeFilesThrough}); true then means it is being opened.
     */
    boolean open(Path file) {
        if (background != null && size(file) >= BACKGROUND_OPEN_BYTES) {
            openInBackground(file);
            return true;
        }
        if (!isNative(file) && GraphFormats.detect(file, readOrEmpty(file)).isPresent()) {
            // a compose file, a catalog, manifests, a DOT or GraphML file...: opened as File -> Import does (the
            // import report says what was read; saving asks for a native file name)
            return importFile(file);
        }
        LoadResult loaded;
        try {
            loaded = DocumentFiles.read(file);
        } catch (GraphFormatException e) {
            dialogs().showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
        discardRecovery();
        document.setDocument(loaded.graph(), file, loaded.findings(), loaded.headerComment());
        services.recent().add(file);
        return true;
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // the reader says what is wrong with it
        }
    }

    private void openInBackground(Path file) {
        String name = file.getFileName().toString();
        background.get().submit("Opening " + name, progress -> {
            progress.update(-1, "Reading " + name + "\u2026");
            LoadResult loaded = DocumentFiles.read(file);
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            progress.update(-1, "Analysing and drawing " + loaded.graph().componentCount() + " components\u2026");
            // a measurer of its own: the window's is used on the UI thread meanwhile
            return new Opened(loaded, AnalysisViewModel.prepare(loaded.graph(), new FxTextMeasurer(), indexing));
        }, opened -> {
            discardRecovery();
            prepared.accept(opened.view());
            document.setDocument(opened.loaded().graph(), file, opened.loaded().findings(),
                    opened.loaded().headerComment(), opened.view().first());
            services.recent().add(file);
        }, failure -> {
            if (failure instanceof GraphFormatException e) {
                dialogs().showError("Cannot open " + file.getFileName(), e.getMessage());
            } else {
                dialogs().showError("Cannot open " + file.getFileName(), String.valueOf(failure.getMessage()));
                TaskExecutor.reportUnexpected(failure);
            }
        });
    }

    /** A file read and its view prepared, off the UI thread. */
    private record Opened(LoadResult loaded, AnalysisViewModel.Prepared view) {
    }

    void chooseAndImport() {
        dialogs().chooseFile(Purpose.IMPORT, null).ifPresent(f -> {
            if (confirmDiscard()) {
                importFile(f);
            }
        });
    }

    /** Imports any readable format as a new, untitled document, places it, and shows the importer's report. */
    boolean importFile(Path file) {
        ImportResult result;
        try {
            result = GraphFormats.read(file, null);
        } catch (GraphFormatException e) {
            dialogs().showError("Cannot import " + file.getFileName(), e.getMessage());
            return false;
        }
        ServiceGraph g = result.graph();
        DiagramPlacement.placeUnpositioned(g, measurer, indexing);
        discardRecovery();
        document.setDocument(g, null, List.of(), null);
        dialogs().showText("Imported " + file.getFileName() + " (" + result.report().format() + ")",
                report(g, result.report().entries()));
        return true;
    }

    /** A dropped file: native graphs open, anything else is imported; unsaved changes are asked about first. */
    boolean drop(Path file) {
        if (!confirmDiscard()) {
            return false;
        }
        return isNative(file) ? open(file) : importFile(file);
    }

    boolean save() {
        return document.file() == null ? saveAs() : write(document.file());
    }

    boolean saveAs() {
        Optional<Path> target = dialogs().chooseFile(Purpose.SAVE, document.file());
        return target.isPresent() && write(target.get());
    }

    void chooseAndExport(DiagramPictures pictures) {
        dialogs().chooseFile(Purpose.EXPORT, null).ifPresent(f -> {
            try {
                String ext = extension(f);
                if (ext.equals("png") || ext.equals("svg")) {
                    pictures.write(f, ext);
                } else {
                    GraphFormats.write(f, document.graph(), null);
                }
            } catch (IOException | GraphFormatException e) {
                dialogs().showError("Cannot export " + f.getFileName(), String.valueOf(e.getMessage()));
            }
        });
    }

    void chooseAndCompare() {
        dialogs().chooseFile(Purpose.COMPARE, document.file()).ifPresent(f -> {
            ServiceGraph other;
            try {
                other = GraphFormats.read(f, null).graph();
            } catch (GraphFormatException e) {
                dialogs().showError("Cannot compare with " + f.getFileName(), e.getMessage());
                return;
            }
            String text = GraphChangesText.render(new GraphDiff(other, document.graph()).changes());
            dialogs().showText("Changes from " + f.getFileName() + " to this document", text);
        });
    }

    /** Writes the unsaved work to the recovery directory (called by the autosave timer). */
    void writeRecovery() {
        try {
            saveRecovery();
        } catch (IOException e) {
            System.err.println("stagecraft: autosave failed: " + e.getMessage());
        }
    }

    /** Writes the document, saved or not, to the recovery directory now and returns the file written. */
    Path saveRecovery() throws IOException {
        if (recoveryWritten && !java.util.Objects.equals(recoveryWrittenFor, document.file())) {
            services.recovery().delete(recoveryWrittenFor);
        }
        Path written = services.recovery().write(document.file(), document.graph(), document.headerComment());
        recoveryWrittenFor = document.file();
        recoveryWritten = true;
        return written;
    }

    /** Offers every recovery file found at start; a recovered document opens with unsaved changes. */
    void offerRecovery() {
        List<RecoveryStore.Entry> pending;
        try {
            pending = services.recovery().pending();
        } catch (IOException e) {
            return;
        }
        for (RecoveryStore.Entry entry : pending) {
            String of = entry.original() == null ? "an untitled graph" : entry.original().toString();
            if (dialogs().askRecover("Stagecraft found unsaved work on " + of + ".")) {
                try {
                    LoadResult r = NativeGraphReader.read(entry.yaml());
                    document.setDocument(r.graph(), entry.original(), r.findings(), r.headerComment());
                    document.history().markUnsaved();
                    recoveryWrittenFor = entry.original();
                    recoveryWritten = true;
                    return;
                } catch (GraphFormatException e) {
                    dialogs().showError("Cannot recover", e.getMessage());
                }
            } else {
                try {
                    services.recovery().delete(entry);
                } catch (IOException e) {
                    dialogs().showError("Cannot delete the recovery file", e.getMessage());
                }
            }
        }
    }

    /** The window closes for good: nothing left to recover. */
    void discardRecovery() {
        if (!recoveryWritten) {
            return;
        }
        try {
            services.recovery().delete(recoveryWrittenFor);
        } catch (IOException e) {
            System.err.println("stagecraft: cannot delete recovery file: " + e.getMessage());
        }
        recoveryWritten = false;
    }

    private boolean write(Path target) {
        try {
            DocumentFiles.write(document, target);
        } catch (IOException e) {
            dialogs().showError("Cannot save " + target.getFileName(), String.valueOf(e.getMessage()));
            return false;
        }
        discardRecovery();
        document.saved(target);
        services.recent().add(target);
        return true;
    }

    private static String report(ServiceGraph g, List<Finding> entries) {
        String head = g.componentCount() + " components, " + g.dependencyCount() + " dependencies\n\n";
        if (entries.isEmpty()) {
            return head + "Nothing was inferred or skipped.";
        }
        return head + entries.stream().map(f -> {
            String where = f.location() == null ? "" : f.location().line() + ":" + f.location().column() + "  ";
            return where + f.severity().name().toLowerCase(Locale.ROOT) + "  " + f.code() + "  " + f.message();
        }).collect(Collectors.joining("\n"));
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static boolean isNative(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return GraphFormats.detect(file, text).orElse(null) == GraphFormat.NATIVE;
        } catch (IOException e) {
            return extension(file).startsWith("y");
        }
    }

    static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Writes the current drawing as a picture (PNG or SVG). */
    interface DiagramPictures {
        void write(Path file, String extension) throws IOException;
    }
}
