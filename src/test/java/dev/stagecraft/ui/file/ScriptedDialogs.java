package dev.stagecraft.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link FileDialogs} double: answers from a script and records every question asked. */
public final class ScriptedDialogs implements FileDialogs {
    public final Map<Purpose, Path> files = new EnumMap<>(Purpose.class);
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    public boolean recover = true;
    public int saveQuestions;
    /** The document names the save questions were asked about, in order. */
    public final List<String> savedNamesAsked = new ArrayList<>();
    public int recoverQuestions;
    public final List<String> errors = new ArrayList<>();
    public final List<String> texts = new ArrayList<>();

    @Override
    public Optional<Path> chooseFile(Purpose purpose, Path suggested) {
        return Optional.ofNullable(files.get(purpose));
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        saveQuestions++;
        savedNamesAsked.add(documentName);
        return saveChoice;
    }

    @Override
    public boolean askRecover(String description) {
        recoverQuestions++;
        return recover;
    }

    @Override
    public void showError(String header, String message) {
        errors.add(header + "\n" + message);
    }

    @Override
    public void showText(String title, String text) {
        texts.add(title + "\n" + text);
    }
}
