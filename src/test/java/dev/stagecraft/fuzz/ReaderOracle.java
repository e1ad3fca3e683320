package dev.stagecraft.fuzz;

import dev.stagecraft.io.GraphFormatException;
import dev.stagecraft.io.GraphFormats;
import dev.stagecraft.io.nativeyaml.LoadResult;
import dev.stagecraft.io.nativeyaml.NativeGraphReader;
import dev.stagecraft.io.nativeyaml.NativeGraphWriter;
import dev.stagecraft.model.ServiceGraph;
import dev.stagecraft.plan.PlanFormatException;
import dev.stagecraft.plan.PlanReader;
import dev.stagecraft.plan.PlanWriter;
import dev.stagecraft.plan.RolloutPlan;
import dev.stagecraft.plan.export.PlanExports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The law every input must obey. It is read through the target's entry point from a real file and ends in a
 * model or in the import error ({@link GraphFormatException}; {@link PlanFormatException} for plans) whose
 * message has a place (line and column, never "line -1") unless the problem is about the whole file. A graph
 * read is saved with the native writer and the saved file must reopen to an equal model, and saving that
 * gives the same bytes. A plan read is written as YAML and as JSON, each must read back equal (and the YAML
 * write again to the same bytes), and every plan exporter must take it. Anything else is a failure.
 */
final class ReaderOracle {
    /** Problems with no place in the file, so an error without line and column is right for them. */
    private static final Pattern WHOLE_FILE = Pattern.compile("over the limit|larger than the limit|no such file"
            + "|not a regular file");

    private final FuzzTarget target;
    private final Path input;
    private final Path saved;

    /** @param dir a folder of its own for the input and the saved file */
    ReaderOracle(FuzzTarget target, Path dir) {
        this.target = target;
        this.input = dir.resolve(target.fileName());
        this.saved = dir.resolve("saved.yaml");
    }

    Outcome check(byte[] bytes) throws IOException {
        Files.write(input, bytes);
        return target == FuzzTarget.PLAN ? checkPlan() : checkGraph();
    }

    private Outcome checkGraph() throws IOException {
        ServiceGraph graph;
        String header = null;
        try {
            if (target == FuzzTarget.NATIVE) {
                LoadResult loaded = NativeGraphReader.read(input);
                graph = loaded.graph();
                header = loaded.headerComment();
            } else {
                graph = GraphFormats.read(input, target.format()).graph();
            }
        } catch (GraphFormatException e) {
            return importError(e, e.line(), e.sentence(), "");
        }
        return reopen(graph, header);
    }

    private Outcome importError(Exception e, int line, String sentence, String kind) {
        String message = e.getMessage();
        // one signature per kind of message: without what was found, and cut after the first sentence's start
        String shown = Outcome.normalize(sentence.replaceAll("(?s), was .*", ", was …")
                .replaceAll("(?s)(: [^:]{0,40}).*", "$1"));
        if (message.contains("line -1") || message.contains("column -1")) {
            return Outcome.failure(kind + "import error says line -1: " + shown, message, e);
        }
        if (line <= 0 && !WHOLE_FILE.matcher(sentence).find()) {
            return Outcome.failure(kind + "import error without a place: " + shown, message, e);
        }
        return Outcome.IMPORT_ERROR;
    }

    /** Saves with the native writer, reopens, compares, saves again. */
    private Outcome reopen(ServiceGraph graph, String header) throws IOException {
        byte[] first = NativeGraphWriter.writeBytes(graph, header);
        Files.write(saved, first);
        LoadResult back;
        try {
            back = NativeGraphReader.read(saved);
        } catch (GraphFormatException e) {
            return Outcome.failure("saved file does not reopen: " + Outcome.normalize(e.sentence()),
                    e.getMessage() + "\nsaved file:\n" + Reproducer.literal(first, 1500), e);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.thrown("saved file does not reopen: ", e);
        }
        String difference = difference(graph, back.graph());
        if (difference != null) {
            return Outcome.failure("saved file reopens to a different model: " + difference.replaceAll("(?s) .*", ""),
                    difference + "\nsaved file:\n" + Reproducer.literal(first, 1500), null);
        }
        byte[] second = NativeGraphWriter.writeBytes(back.graph(), back.headerComment());
        if (!Arrays.equals(first, second)) {
            return Outcome.failure("save, read, save is not byte-identical", "first save:\n"
                    + Reproducer.literal(first, 1500) + "\nsecond save:\n" + Reproducer.literal(second, 1500), null);
        }
        return Outcome.MODEL;
    }

    /** The first part in which two graphs differ ("components #3 ..."), {@code null} when they are the same. */
    static String difference(ServiceGraph a, ServiceGraph b) {
        if (a.sameContentAs(b)) {
            return null;
        }
        if (!a.metadata().equals(b.metadata())) {
            return "metadata " + a.metadata() + " became " + b.metadata();
        }
        String d = firstDifference("components", List.copyOf(a.components()), List.copyOf(b.components()));
        if (d == null) {
            d = firstDifference("dependencies", List.copyOf(a.dependencies()), List.copyOf(b.dependencies()));
        }
        if (d == null) {
            d = firstDifference("groups", List.copyOf(a.groups()), List.copyOf(b.groups()));
        }
        return d == null ? "unknown difference" : d;
    }

    private static String firstDifference(String what, List<?> a, List<?> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Object x = i < a.size() ? a.get(i) : null;
            Object y = i < b.size() ? b.get(i) : null;
            if (!Objects.equals(x, y)) {
                return what + " #" + i + " " + x + " became " + y;
            }
        }
        return null;
    }

    private Outcome checkPlan() throws IOException {
        RolloutPlan plan;
        try {
            plan = PlanReader.read(input);
        } catch (PlanFormatException e) {
            return importError(e, e.line(), e.getMessage(), "plan ");
        }
        for (PlanExports target : PlanExports.values()) {
            try {
                target.exporter().export(plan);
            } catch (RuntimeException e) {
                return Outcome.thrown("plan export " + target.id() + ": ", e);
            }
        }
        String yaml = PlanWriter.toYaml(plan);
        Object back = rereadPlan(plan, yaml, "yaml");
        if (back instanceof Outcome failure) {
            return failure;
        }
        if (!yaml.equals(PlanWriter.toYaml((RolloutPlan) back))) {
            return Outcome.failure("plan write, read, write is not identical", yaml, null);
        }
        back = rereadPlan(plan, PlanWriter.toJson(plan), "json");
        return back instanceof Outcome failure ? failure : Outcome.MODEL;
    }

    /** The plan read back from what was written, or the failure ({@link Outcome}) if it does not read back equal. */
    private static Object rereadPlan(RolloutPlan plan, String text, String format) {
        RolloutPlan back;
        try {
            back = PlanReader.read(text);
        } catch (PlanFormatException e) {
            return Outcome.failure("written plan (" + format + ") does not reopen: " + Outcome.normalize(e.getMessage()),
                    e.getMessage() + "\nwritten plan:\n" + Reproducer.literal(text, 1500), e);
        } catch (RuntimeException e) {
            return Outcome.thrown("written plan (" + format + ") does not reopen: ", e);
        }
        if (!back.equals(plan)) {
            return Outcome.failure("written plan (" + format + ") reads back different",
                    "read:    " + plan + "\nback:    " + back, null);
        }
        return back;
    }
}
